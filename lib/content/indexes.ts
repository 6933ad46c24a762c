import type { Entry, RelatedEntry, TagSummary } from './types';
import { lastModified } from './types';

export const MAX_RELATED = 6;

/** Tag → entries carrying it, entries in the order given (callers pass them sorted by title). */
export function buildTagIndex(entries: readonly Entry[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const list = index.get(tag);
      if (list) list.push(entry);
      else index.set(tag, [entry]);
    }
  }
  return index;
}

/** Most used first, then alphabetical. */
export function summarizeTags(tagIndex: ReadonlyMap<string, readonly Entry[]>): TagSummary[] {
  return [...tagIndex]
    .map(([tag, entries]) => ({ tag, count: entries.length }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Slug → slugs of the entries whose body links to it (each linking entry once, self-links ignored). */
export function buildBacklinks(entries: readonly Entry[]): Map<string, string[]> {
  const backlinks = new Map<string, string[]>();
  // Reused across entries: at 10,000 entries a new Set per entry is most of this function's cost.
  const seen = new Set<string>();
  for (const entry of entries) {
    seen.clear();
    for (const { target } of entry.links) {
      if (target.kind !== 'entry' || target.slug === entry.slug || seen.has(target.slug)) continue;
      seen.add(target.slug);
      const list = backlinks.get(target.slug);
      if (list) list.push(entry.slug);
      else backlinks.set(target.slug, [entry.slug]);
    }
  }
  return backlinks;
}

/** Slug → slugs of the entries that list it in their `related`. */
export function buildReverseRelated(entries: readonly Entry[]): Map<string, string[]> {
  const reverse = new Map<string, string[]>();
  for (const entry of entries) {
    for (const slug of entry.related) {
      const list = reverse.get(slug);
      if (list) list.push(entry.slug);
      else reverse.set(slug, [entry.slug]);
    }
  }
  return reverse;
}

export interface GraphIndexes {
  bySlug: ReadonlyMap<string, Entry>;
  tags: ReadonlyMap<string, readonly Entry[]>;
  backlinks: ReadonlyMap<string, readonly string[]>;
  reverseRelated: ReadonlyMap<string, readonly string[]>;
}

/**
 * Up to six entries to read next, each with why: the entry's own `related` list first, then
 * entries that list it, then entries sharing the most tags (ties: most recently updated). The
 * shared-tag pass walks only the entries of this entry's tags, so it costs no more than they hold.
 */
export function buildRelated(entry: Entry, indexes: GraphIndexes, limit = MAX_RELATED): RelatedEntry[] {
  const chosen = new Map<string, RelatedEntry>();
  const take = (slug: string, reason: RelatedEntry['reason']) => {
    const candidate = indexes.bySlug.get(slug);
    if (!candidate || candidate.slug === entry.slug || chosen.has(slug) || chosen.size >= limit) return;
    chosen.set(slug, { entry: candidate, reason });
  };

  entry.related.forEach((slug) => take(slug, { kind: 'listed' }));
  (indexes.reverseRelated.get(entry.slug) ?? []).forEach((slug) => take(slug, { kind: 'lists-this' }));
  if (chosen.size >= limit) return [...chosen.values()];

  // A popular tag holds thousands of entries at 10,000; the page needs the best few of them. So the
  // shared tags are counted, and the best kept in a short list, instead of sorting every candidate
  // on every entry page (which made building all pages grow with the square of the wiki).
  const sharedCount = new Map<string, number>();
  for (const tag of entry.tags) {
    for (const other of indexes.tags.get(tag) ?? []) {
      if (other.slug === entry.slug || chosen.has(other.slug)) continue;
      sharedCount.set(other.slug, (sharedCount.get(other.slug) ?? 0) + 1);
    }
  }
  const best = bestCandidates(sharedCount, limit - chosen.size, (a, b) => compareRecency(indexes.bySlug.get(a), indexes.bySlug.get(b)) || a.localeCompare(b));
  for (const slug of best) {
    const other = indexes.bySlug.get(slug);
    take(slug, { kind: 'shared-tags', tags: entry.tags.filter((tag) => other?.tags.includes(tag)) });
  }
  return [...chosen.values()];
}

/**
 * The `wanted` keys with the highest counts, best first, ties broken by `compareTies` and then by
 * the map's order: what a stable sort of every key would start with.
 */
function bestCandidates(counts: ReadonlyMap<string, number>, wanted: number, compareTies: (a: string, b: string) => number): string[] {
  const best: Array<[string, number]> = [];
  const ranksBefore = ([a, aCount]: [string, number], [b, bCount]: [string, number]) => aCount > bCount || (aCount === bCount && compareTies(a, b) < 0);
  if (wanted <= 0) return [];
  for (const candidate of counts) {
    if (best.length === wanted && !ranksBefore(candidate, best[wanted - 1] as [string, number])) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1] as [string, number])) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > wanted) best.pop();
  }
  return best.map(([slug]) => slug);
}

function compareRecency(a: Entry | undefined, b: Entry | undefined): number {
  return (b ? lastModified(b) : '').localeCompare(a ? lastModified(a) : '');
}

/**
 * A hub's members: the entries it relates to or links to, and those that relate or link to it,
 * sorted by title. A hub gathers a topic in both directions, so an entry joins by pointing at it.
 */
export function buildHubMembers(hub: Entry, indexes: GraphIndexes): Entry[] {
  const slugs = new Set<string>([
    ...hub.related,
    ...hub.links.flatMap((link) => (link.target.kind === 'entry' ? [link.target.slug] : [])),
    ...(indexes.reverseRelated.get(hub.slug) ?? []),
    ...(indexes.backlinks.get(hub.slug) ?? []),
  ]);
  slugs.delete(hub.slug);
  return [...slugs]
    .flatMap((slug) => {
      const member = indexes.bySlug.get(slug);
      return member ? [member] : [];
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** Newest first by `updated` (else `date`). */
export function sortByRecency(entries: readonly Entry[]): Entry[] {
  return [...entries].sort((a, b) => compareRecency(a, b) || a.title.localeCompare(b.title));
}
