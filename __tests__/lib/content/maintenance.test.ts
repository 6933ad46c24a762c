import { buildMaintenanceReport } from '@/lib/content/maintenance';
import { makeEntry } from '../../support/entries';

describe('buildMaintenanceReport', () => {
  const hub = makeEntry('hub', { hub: true, tags: ['t'], related: ['member'], linksTo: ['linked'] });
  const member = makeEntry('member', { tags: ['t'], related: ['hub'], linksTo: ['hub', 'missing-page'] });
  const linked = makeEntry('linked', { tags: ['t'], linksTo: ['deep'] });
  const deep = makeEntry('deep', { tags: ['t'], related: ['draft-one'], linksTo: ['hub'] });
  const island = makeEntry('island', { tags: [], updated: '2025-01-01', date: '2024-06-01', linksTo: ['island'] });
  const oneWay = makeEntry('one-way', { tags: ['t'], related: ['linked'], linksTo: ['hub'] });
  const draft = makeEntry('draft-one', { draft: true, linksTo: ['also-missing'] });
  const published = [hub, member, linked, deep, island, oneWay];
  const report = buildMaintenanceReport(published, '2026-11-25', [...published, draft]);
  const slugs = (entries: Array<{ slug: string }>) => entries.map((entry) => entry.slug);

  it('lists wanted entries with who wants them, drafts counting as missing', () => {
    expect(report.wanted).toEqual([
      { slug: 'also-missing', wantedBy: ['draft-one'] },
      { slug: 'draft-one', wantedBy: ['deep'] },
      { slug: 'missing-page', wantedBy: ['member'] },
    ]);
  });

  it('finds orphans, dead ends and untagged entries', () => {
    expect(slugs(report.orphans)).toEqual(['island', 'one-way']);
    expect(slugs(report.deadEnds)).toEqual(['island']);
    expect(slugs(report.untagged)).toEqual(['island']);
  });

  it('follows links and related lists from every hub to find what no hub reaches', () => {
    expect(slugs(report.unreachable)).toEqual(['island', 'one-way']);
  });

  it('finds one-way related pairs and stale entries', () => {
    expect(report.oneWayRelated.map((pair) => `${pair.from.slug}→${pair.to.slug}`)).toEqual(['one-way→linked']);
    expect(slugs(report.stale)).toEqual(['island']);
  });
});
