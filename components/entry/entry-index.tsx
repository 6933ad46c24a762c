import Link from 'next/link';
import type { ReactElement } from 'react';
import type { Entry } from '@/lib/content';
import { pagePath } from '@/lib/site/paginate';

type Titled = Pick<Entry, 'title'>;

/**
 * The letter an entry is filed under. Entries are sorted ignoring accents, so `Élan` sits among
 * the E's: NFD splits off the accent to file it there too, instead of under `#` in the middle of
 * them. Anything that is not a Latin letter is filed under `#`.
 */
export function initialOf(title: string): string {
  const first = (title.charCodeAt(0) < 128 ? title : title.normalize('NFD'))[0] ?? '';
  return /[a-z]/i.test(first) ? first.toUpperCase() : '#';
}

/** Entries by initial, in the order of their first appearance; one pass, each entry pushed once. */
export function groupByInitial<T extends Titled>(entries: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const initial = initialOf(entry.title);
    const group = groups.get(initial);
    if (group) group.push(entry);
    else groups.set(initial, [entry]);
  }
  return [...groups];
}

export interface LetterStart {
  letter: string;
  /** The page of the whole index where the letter's first entry is. */
  page: number;
}

/** Where each letter starts in the whole sorted index, so the letter bar can reach every page. */
export function letterStarts(entries: readonly Titled[], pageSize: number): LetterStart[] {
  const starts = new Map<string, number>();
  entries.forEach((entry, index) => {
    const initial = initialOf(entry.title);
    if (!starts.has(initial)) starts.set(initial, Math.floor(index / pageSize) + 1);
  });
  return [...starts].map(([letter, page]) => ({ letter, page }));
}

export interface EntryIndexProps {
  /** This page's entries, A–Z. */
  entries: readonly Pick<Entry, 'slug' | 'title' | 'description' | 'hub'>[];
  /** Every letter of the whole index and the page it starts on. */
  letters: readonly LetterStart[];
  page: number;
  /** The index's page 1, ending in `/`. */
  basePath: string;
}

/**
 * One page of the A–Z index: a bar of every letter (each leading to the page where it starts),
 * then this page's entries under letter headings. A page may begin in the middle of a letter, so
 * its first heading repeats that letter and says it continues.
 */
export function EntryIndex({ entries, letters, page, basePath }: EntryIndexProps): ReactElement {
  const groups = groupByInitial(entries);
  const startsHere = new Set(letters.filter((start) => start.page === page).map((start) => start.letter));
  return (
    <>
      <nav aria-label="Jump to letter" className="letter-nav">
        <ul>
          {letters.map(({ letter, page: letterPage }) => (
            <li key={letter}>
              <a href={`${letterPage === page ? '' : pagePath(basePath, letterPage)}#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="letter-group">
          <h2 id={`letter-${letter}`}>
            {letter}
            {startsHere.has(letter) ? null : <span className="letter-continued"> (continued)</span>}
          </h2>
          <dl className="entry-index">
            {group.map((entry) => (
              <div key={entry.slug}>
                <dt>
                  <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link>
                  {entry.hub ? <span className="badge">Hub</span> : null}
                </dt>
                <dd>{entry.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
