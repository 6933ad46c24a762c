import Link from 'next/link';
import type { ReactElement } from 'react';
import type { Entry } from '@/lib/content';

export interface EntryLinkListProps {
  id: string;
  title: string;
  entries: readonly Pick<Entry, 'slug' | 'title' | 'description'>[];
  /** A link under the list to where the rest of it is, when `entries` shows only part of it. */
  more?: { href: string; label: string };
}

/** A titled list of entry links with their descriptions: "Linked from", hub members. */
export function EntryLinkList({ id, title, entries, more }: EntryLinkListProps): ReactElement | null {
  if (entries.length === 0) return null;
  return (
    <section className="entry-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <EntryLinks entries={entries} />
      {more ? (
        <p className="entry-section-more">
          {/* The full list is rendered on first request; prefetching it from every entry page would render them all. */}
          <Link href={more.href} prefetch={false}>
            {more.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** The bare list, for pages whose heading is their own (the full backlink and hub member lists). */
export function EntryLinks({ entries }: { entries: readonly Pick<Entry, 'slug' | 'title' | 'description'>[] }): ReactElement {
  return (
    <ul className="entry-link-list">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link>
          <span className="entry-link-description"> — {entry.description}</span>
        </li>
      ))}
    </ul>
  );
}
