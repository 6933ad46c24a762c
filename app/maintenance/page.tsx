import Link from 'next/link';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getMaintenanceReport, type Entry } from '@/lib/content';
import { STALE_AFTER_DAYS } from '@/lib/content/maintenance';
import { buildPageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = buildPageMetadata({
  title: 'Maintenance',
  description: 'Lists for editors: wanted entries, orphans, dead ends, untagged entries, entries no hub reaches, one-way related pairs and stale entries.',
  path: '/maintenance/',
  noindex: true,
});

function Report({ id, title, explanation, count, children }: { id: string; title: string; explanation: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="maintenance-section">
      <h2 id={id}>
        {title} <span className="tag-count">{count}</span>
      </h2>
      <p className="section-intro">{explanation}</p>
      {count === 0 ? <p>Nothing to do.</p> : children}
    </section>
  );
}

function EntryList({ entries }: { entries: readonly Entry[] }) {
  return (
    <ul className="entry-link-list">
      {entries.map((entry) => (
        <li key={entry.slug}>
          <Link href={`/wiki/${entry.slug}/`}>{entry.title}</Link> <code>{entry.file}</code>
        </li>
      ))}
    </ul>
  );
}

/** The same lists as `npm run report`, for editors browsing the site. */
export default function MaintenancePage() {
  const report = getMaintenanceReport();
  return (
    <div className="page-narrow">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Maintenance' }]} />
      <h1>Maintenance</h1>
      <p className="lead">What editors could improve next. The same lists come from <code>npm run report</code>.</p>
      <Report id="wanted" title="Wanted entries" explanation="Linked to or listed as related, but not published (missing, or still a draft)." count={report.wanted.length}>
        <ul>
          {report.wanted.map((item) => (
            <li key={item.slug}>
              <code>{item.slug}</code>, wanted by {item.wantedBy.join(', ')}
            </li>
          ))}
        </ul>
      </Report>
      <Report id="orphans" title="Orphans" explanation="No entry links to them or lists them as related." count={report.orphans.length}>
        <EntryList entries={report.orphans} />
      </Report>
      <Report id="dead-ends" title="Dead ends" explanation="They link to no other entry." count={report.deadEnds.length}>
        <EntryList entries={report.deadEnds} />
      </Report>
      <Report id="untagged" title="Untagged entries" explanation="Tags are how readers browse by topic." count={report.untagged.length}>
        <EntryList entries={report.untagged} />
      </Report>
      <Report id="unreachable" title="Entries no hub reaches" explanation="Following links and related lists from every hub never arrives here." count={report.unreachable.length}>
        <EntryList entries={report.unreachable} />
      </Report>
      <Report id="one-way" title="One-way related pairs" explanation="The first lists the second as related, but not the other way round." count={report.oneWayRelated.length}>
        <ul>
          {report.oneWayRelated.map(({ from, to }) => (
            <li key={`${from.slug}-${to.slug}`}>
              <Link href={`/wiki/${from.slug}/`}>{from.title}</Link> → <Link href={`/wiki/${to.slug}/`}>{to.title}</Link>
            </li>
          ))}
        </ul>
      </Report>
      <Report id="stale" title="Not updated in a year" explanation={`No change for more than ${STALE_AFTER_DAYS} days.`} count={report.stale.length}>
        <EntryList entries={report.stale} />
      </Report>
    </div>
  );
}
