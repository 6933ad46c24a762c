import Link from 'next/link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { getAllEntries, type Entry } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';

const TITLE = 'All entries';
const DESCRIPTION = 'Every entry of the Internet Computer wiki, A to Z, with a one-line description of each.';
const CRUMBS: Crumb[] = [{ label: 'Home', href: '/' }, { label: TITLE }];

export const metadata: Metadata = buildPageMetadata({ title: TITLE, description: DESCRIPTION, path: '/wiki/' });

function groupByInitial(entries: readonly Entry[]): Array<[string, Entry[]]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const initial = /[a-z]/i.test(entry.title[0] ?? '') ? (entry.title[0] as string).toUpperCase() : '#';
    groups.set(initial, [...(groups.get(initial) ?? []), entry]);
  }
  return [...groups];
}

export default function WikiIndexPage() {
  const entries = getAllEntries();
  const groups = groupByInitial(entries);
  return (
    <div className="page-narrow">
      <JsonLd data={[collectionPageJsonLd({ name: TITLE, description: DESCRIPTION, path: '/wiki/', entries }), breadcrumbJsonLd(CRUMBS, '/wiki/')]} />
      <Breadcrumbs items={CRUMBS} />
      <h1>{TITLE}</h1>
      <p className="lead">{entries.length} entries, A to Z.</p>
      <nav aria-label="Jump to letter" className="letter-nav">
        <ul>
          {groups.map(([letter]) => (
            <li key={letter}>
              <a href={`#letter-${letter}`}>{letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([letter, group]) => (
        <section key={letter} aria-labelledby={`letter-${letter}`} className="letter-group">
          <h2 id={`letter-${letter}`}>{letter}</h2>
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
    </div>
  );
}
