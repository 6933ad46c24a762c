import { buildBacklinks, buildHubMembers, buildRelated, buildReverseRelated, buildTagIndex, sortByRecency, summarizeTags, type GraphIndexes } from '@/lib/content/indexes';
import type { Entry } from '@/lib/content/types';
import { makeEntry } from '../../support/entries';

const entry = makeEntry;

function indexesOf(entries: Entry[]): GraphIndexes {
  return {
    bySlug: new Map(entries.map((e) => [e.slug, e])),
    tags: buildTagIndex(entries),
    backlinks: buildBacklinks(entries),
    reverseRelated: buildReverseRelated(entries),
  };
}

describe('tag index', () => {
  it('maps each tag to its entries and counts them, most used first', () => {
    const entries = [entry('a', { tags: ['x', 'y'] }), entry('b', { tags: ['x'] }), entry('c', { tags: ['z'] })];
    const index = buildTagIndex(entries);
    expect(index.get('x')?.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(summarizeTags(index)).toEqual([
      { tag: 'x', count: 2 },
      { tag: 'y', count: 1 },
      { tag: 'z', count: 1 },
    ]);
  });
});

describe('backlinks', () => {
  it('lists each linking entry once and ignores self-links', () => {
    const entries = [entry('a', { linksTo: ['b', 'b', 'a'] }), entry('b', { linksTo: ['a'] }), entry('c', { linksTo: ['b'] })];
    const backlinks = buildBacklinks(entries);
    expect(backlinks.get('b')).toEqual(['a', 'c']);
    expect(backlinks.get('a')).toEqual(['b']);
    expect(backlinks.has('c')).toBe(false);
  });
});

describe('related entries', () => {
  const entries = [
    entry('subject', { tags: ['t1', 't2', 't3'], related: ['listed'] }),
    entry('listed'),
    entry('lister', { related: ['subject'] }),
    entry('two-tags', { tags: ['t1', 't2'] }),
    entry('one-tag-old', { tags: ['t3'], date: '2020-01-01' }),
    entry('one-tag-new', { tags: ['t3'], date: '2026-06-01' }),
    entry('unrelated', { tags: ['other'] }),
  ];
  const indexes = indexesOf(entries);

  it('puts the entry’s own list first, then entries that list it, then shared tags by count and recency', () => {
    const related = buildRelated(entries[0] as Entry, indexes);
    expect(related.map(({ entry: e, reason }) => [e.slug, reason])).toEqual([
      ['listed', { kind: 'listed' }],
      ['lister', { kind: 'lists-this' }],
      ['two-tags', { kind: 'shared-tags', tags: ['t1', 't2'] }],
      ['one-tag-new', { kind: 'shared-tags', tags: ['t3'] }],
      ['one-tag-old', { kind: 'shared-tags', tags: ['t3'] }],
    ]);
  });

  it('stops at the limit and never includes the entry itself', () => {
    const related = buildRelated(entries[0] as Entry, indexes, 2);
    expect(related.map((item) => item.entry.slug)).toEqual(['listed', 'lister']);
    expect(buildRelated(entries[6] as Entry, indexes)).toEqual([]);
  });

  it('picks the same entries, in the same order, as sorting every entry that shares a tag', () => {
    // Few tags and dates, so counts and dates tie often and the slug order decides.
    let seed = 11;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const tags = ['t0', 't1', 't2', 't3', 't4', 't5'];
    const crowd = Array.from({ length: 400 }, (_, i) =>
      entry(`e-${random(50)}-${i}`, { tags: [...new Set(Array.from({ length: 1 + random(4) }, () => tags[random(tags.length)] as string))], date: `2026-0${1 + random(3)}-01`, related: random(20) === 0 ? [`e-0-${random(400)}`] : [] }),
    );
    const crowdIndexes = indexesOf(crowd);
    /** Sort every candidate: by shared tags, then newest, then slug (the order readers see). */
    const reference = (subject: Entry, limit: number): string[] => {
      const first = buildRelated(subject, crowdIndexes, limit).filter((item) => item.reason.kind !== 'shared-tags');
      const candidates = crowd.filter((other) => other.slug !== subject.slug && !first.some((item) => item.entry.slug === other.slug) && other.tags.some((tag) => subject.tags.includes(tag)));
      const shared = (other: Entry) => subject.tags.filter((tag) => other.tags.includes(tag));
      candidates.sort((a, b) => shared(b).length - shared(a).length || (b.updated ?? b.date).localeCompare(a.updated ?? a.date) || a.slug.localeCompare(b.slug));
      return [...first.map((item) => item.entry.slug), ...candidates.map((other) => other.slug)].slice(0, limit);
    };
    for (const subject of crowd.slice(0, 60)) {
      for (const limit of [1, 6, 12]) expect(buildRelated(subject, crowdIndexes, limit).map((item) => item.entry.slug)).toEqual(reference(subject, limit));
    }
    const withTags = buildRelated(crowd[0] as Entry, crowdIndexes).find((item) => item.reason.kind === 'shared-tags');
    expect(withTags?.reason).toEqual({ kind: 'shared-tags', tags: (crowd[0] as Entry).tags.filter((tag) => withTags?.entry.tags.includes(tag)) });
  });

  it('handles cycles without recursion', () => {
    const cycle = [entry('a', { related: ['b'] }), entry('b', { related: ['c'] }), entry('c', { related: ['a'] })];
    const cycleIndexes = indexesOf(cycle);
    expect(buildRelated(cycle[0] as Entry, cycleIndexes).map((item) => [item.entry.slug, item.reason.kind])).toEqual([
      ['b', 'listed'],
      ['c', 'lists-this'],
    ]);
  });
});

describe('hub members', () => {
  it('gathers what the hub relates or links to and what relates or links to it, A-Z', () => {
    const entries = [
      entry('hub', { hub: true, related: ['r'], linksTo: ['l', 'hub'] }),
      entry('r'),
      entry('l'),
      entry('points-back', { related: ['hub'] }),
      entry('links-back', { linksTo: ['hub'] }),
      entry('stranger'),
    ];
    expect(buildHubMembers(entries[0] as Entry, indexesOf(entries)).map((e) => e.slug)).toEqual(['l', 'links-back', 'points-back', 'r']);
  });
});

describe('recency', () => {
  it('sorts by updated, else date, newest first', () => {
    const entries = [entry('old', { date: '2025-01-01' }), entry('updated', { date: '2024-01-01', updated: '2026-02-01' }), entry('new', { date: '2026-01-01' })];
    expect(sortByRecency(entries).map((e) => e.slug)).toEqual(['updated', 'new', 'old']);
  });
});
