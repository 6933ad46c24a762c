import Link from 'next/link';
import type { ReactElement } from 'react';

/** The site's sections, in the order the header and footer list them. */
export const SITE_SECTIONS = [
  { href: '/wiki/', label: 'All entries', shortLabel: 'All entries' },
  { href: '/tags/', label: 'Tags', shortLabel: 'Tags' },
  { href: '/document-library/', label: 'Document library', shortLabel: 'Library' },
] as const;

export function SiteLinks({ short = false }: { short?: boolean }): ReactElement {
  return (
    <ul>
      {SITE_SECTIONS.map((section) => (
        <li key={section.href}>
          <Link href={section.href}>{short ? section.shortLabel : section.label}</Link>
        </li>
      ))}
    </ul>
  );
}
