import { buildBacklinks, buildReverseRelated } from './indexes';
import type { Entry } from './types';
import { lastModified } from './types';

export const STALE_AFTER_DAYS = 365;

export interface MaintenanceReport {
  /** Slugs that links or `related` lists point to but no published entry has, with who points there. */
  wanted: Array<{ slug: string; wantedBy: string[] }>;
  /** Entries nothing links to or lists as related: readers only find them through lists and search. */
  orphans: Entry[];
  /** Entries whose body links to no other entry. */
  deadEnds: Entry[];
  untagged: Entry[];
  /** Entries no hub leads to, following links and related lists from every hub. */
  unreachable: Entry[];
  /** `related` pointing one way only: B is related to A, but A is not listed on B. */
  oneWayRelated: Array<{ from: Entry; to: Entry }>;
  /** Not updated for more than a year. */
  stale: Entry[];
}

function entryTargets(entry: Entry): string[] {
  return entry.links.flatMap((link) => (link.target.kind === 'entry' ? [link.target.slug] : []));
}

/**
 * MediaWiki-style maintenance lists over the entry graph. `entries` are the published entries;
 * `sources` are all entries whose links count as wanting something (drafts included in dev).
 */
export function buildMaintenanceReport(entries: readonly Entry[], today: string, sources: readonly Entry[] = entries): MaintenanceReport {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const backlinks = buildBacklinks(entries);
  const reverseRelated = buildReverseRelated(entries);

  const wanted = new Map<string, Set<string>>();
  for (const source of sources) {
    for (const target of [...entryTargets(source), ...source.related]) {
      if (bySlug.has(target) || target === source.slug) continue;
      wanted.set(target, (wanted.get(target) ?? new Set()).add(source.slug));
    }
  }

  const reached = new Set<string>();
  const queue = entries.filter((entry) => entry.hub).map((entry) => entry.slug);
  queue.forEach((slug) => reached.add(slug));
  while (queue.length > 0) {
    const entry = bySlug.get(queue.shift() as string);
    if (!entry) continue;
    for (const next of [...entryTargets(entry), ...entry.related]) {
      if (!reached.has(next) && bySlug.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }

  const staleBefore = new Date(Date.parse(`${today}T00:00:00Z`) - STALE_AFTER_DAYS * 86_400_000).toISOString().slice(0, 10);
  const oneWayRelated = entries.flatMap((from) =>
    from.related.flatMap((slug) => {
      const to = bySlug.get(slug);
      return to && !to.related.includes(from.slug) ? [{ from, to }] : [];
    }),
  );

  return {
    wanted: [...wanted].map(([slug, by]) => ({ slug, wantedBy: [...by].sort() })).sort((a, b) => b.wantedBy.length - a.wantedBy.length || a.slug.localeCompare(b.slug)),
    orphans: entries.filter((entry) => !backlinks.has(entry.slug) && !reverseRelated.has(entry.slug)),
    deadEnds: entries.filter((entry) => !entryTargets(entry).some((slug) => slug !== entry.slug && bySlug.has(slug))),
    untagged: entries.filter((entry) => entry.tags.length === 0),
    unreachable: entries.filter((entry) => !reached.has(entry.slug)),
    oneWayRelated,
    stale: entries.filter((entry) => lastModified(entry) < staleBefore),
  };
}

