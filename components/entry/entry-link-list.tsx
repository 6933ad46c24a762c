import Link from 'next/link';
import type { ReactElement } from 'react';
import type { Entry } from '@/lib/content';

export interface EntryLinkListProps {
  id: string;
  title: string;
  entries: readonly Pick<Entry, 'slug' | 'title' | 'description'>[];
}

/** A titled list of entry links with their descriptions: "Linked from", hub members. */
export function EntryLinkList({ id, title, entries }: EntryLinkListProps): ReactElement | null {
  if (entries.length === 0) return null;
  return (
    <section className="entry-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="entry-link-list">
        {entries.map((entry) => (
          <li key={entry.slug}>
            <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link>
            <span className="entry-link-description"> — {entry.description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
