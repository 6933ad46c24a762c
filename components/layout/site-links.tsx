import Link from 'next/link';
import type { ReactElement } from 'react';
import { getPage } from '@/lib/content';

interface Section {
  href: string;
  label: string;
  shortLabel: string;
  /** A standalone page from content/pages: linked only when the content has it. */
  page?: string;
}

/** The site's sections, in the order the header and footer list them. */
export const SITE_SECTIONS: readonly Section[] = [
  { href: '/wiki/', label: 'All entries', shortLabel: 'All entries' },
  { href: '/tags/', label: 'Tags', shortLabel: 'Tags' },
  { href: '/document-library/', label: 'Document library', shortLabel: 'Library', page: 'document-library' },
];

export function SiteLinks({ short = false }: { short?: boolean }): ReactElement {
  return (
    <ul>
      {SITE_SECTIONS.filter((section) => !section.page || getPage(section.page)).map((section) => (
        <li key={section.href}>
          <Link href={section.href}>{short ? section.shortLabel : section.label}</Link>
        </li>
      ))}
    </ul>
  );
}
