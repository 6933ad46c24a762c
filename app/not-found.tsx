import Link from 'next/link';
import type { Metadata } from 'next';
import { EntryCard } from '@/components/entry/entry-card';
import { ClosestEntries } from '@/components/not-found/closest-entries';
import { getLargestHubs } from '@/lib/content';

/** Every 404 renders on request: it names a few hubs, not all of them (hundreds at 10,000 entries). */
const HUBS_SHOWN = 6;

// Next.js marks not-found responses noindex itself; a second robots tag would contradict it.
export const metadata: Metadata = {
  title: 'Page not found',
};

export default function NotFound() {
  const hubs = getLargestHubs(HUBS_SHOWN);
  return (
    <div className="page-narrow not-found">
      <p className="entry-kicker">Error 404</p>
      <h1>Page not found</h1>
      <p className="lead">
        There is no page at this address. It may have been renamed, or the link that led here has a typo.
      </p>
      <ClosestEntries />
      <p>
        Try <Link href="/wiki/">all entries, A to Z</Link>, browse the <Link href="/tags/">tags</Link>, or start from a hub.
      </p>
      <section aria-labelledby="hubs-title">
        <h2 id="hubs-title">Hubs</h2>
        <div className="card-grid">
          {hubs.map((hub) => (
            <EntryCard key={hub.slug} entry={hub} />
          ))}
        </div>
      </section>
    </div>
  );
}
