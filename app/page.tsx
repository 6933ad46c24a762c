import Link from 'next/link';
import type { Metadata } from 'next';
import { EntryCard } from '@/components/entry/entry-card';
import { JsonLd } from '@/components/seo/json-ld';
import { FormattedDate } from '@/components/formatted-date';
import { getAllEntries, getAllTags, getHubMembers, getHubs, getLargestHubs, getRecentlyUpdated, lastModified } from '@/lib/content';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site/config';

export const metadata: Metadata = buildPageMetadata({ title: siteConfig.title, description: siteConfig.description, path: '/', absoluteTitle: true });

const HUBS_SHOWN = 12;

export default function HomePage() {
  const hubCount = getHubs().length;
  const hubs = getLargestHubs(HUBS_SHOWN);
  const recent = getRecentlyUpdated(6);
  const tags = getAllTags().slice(0, 16);
  const total = getAllEntries().length;

  return (
    <div className="home">
      <JsonLd data={websiteJsonLd()} />
      <section className="home-hero" aria-labelledby="home-title">
        <h1 id="home-title">The wiki of the Internet Computer</h1>
        <p className="lead">
          {siteConfig.description} {total} entries, written in plain Markdown and reviewed in git.
        </p>
        <p className="home-actions">
          <Link className="button" href="/wiki/">
            Browse all entries
          </Link>
          <Link className="button button-secondary" href="/tags/">
            Browse by tag
          </Link>
        </p>
      </section>

      <section aria-labelledby="hubs-title" className="home-section">
        <h2 id="hubs-title">Start with a hub</h2>
        <p className="section-intro">
          Hubs are overview entries that gather everything on one topic.
          {hubCount > hubs.length ? ` The ${hubs.length} largest of ${hubCount} are below; the others are in the A–Z index.` : null}
        </p>
        <div className="card-grid">
          {hubs.map((hub) => (
            <EntryCard key={hub.slug} entry={hub} note={`${getHubMembers(hub.slug).length} entries in this hub`} />
          ))}
        </div>
      </section>

      <section aria-labelledby="recent-title" className="home-section">
        <h2 id="recent-title">Recently updated</h2>
        <ul className="recent-list">
          {recent.map((entry) => (
            <li key={entry.slug}>
              <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link>
              <span className="recent-date">
                <FormattedDate date={lastModified(entry)} />
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="tags-title" className="home-section">
        <h2 id="tags-title">Popular tags</h2>
        <ul className="tag-cloud">
          {tags.map(({ tag, count }) => (
            <li key={tag}>
              <Link href={`/tags/${tag}/`} className="tag">
                {tag} <span className="tag-count">{count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
