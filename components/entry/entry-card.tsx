import Link from 'next/link';
import type { ReactElement, ReactNode } from 'react';
import type { Entry } from '@/lib/content';

export interface EntryCardProps {
  entry: Pick<Entry, 'slug' | 'title' | 'description'>;
  headingLevel?: 'h2' | 'h3';
  /** A line under the description, such as why the card is shown. */
  note?: ReactNode;
}

/** An entry as a card: the whole card is one link target through its title. */
export function EntryCard({ entry, headingLevel: Heading = 'h3', note }: EntryCardProps): ReactElement {
  return (
    <article className="entry-card">
      <Heading className="entry-card-title">
        <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link>
      </Heading>
      <p className="entry-card-description">{entry.description}</p>
      {note ? <p className="entry-card-note">{note}</p> : null}
    </article>
  );
}
