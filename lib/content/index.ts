import fs from 'node:fs';
import path from 'node:path';
import type { InternalTarget } from '@/lib/markdown/internal-href';
import { closestMatches } from './closest';
import { ContentError, formatProblem } from './errors';
import { readLastCommitDates } from './git-history';
import { buildMaintenanceReport, type MaintenanceReport } from './maintenance';
import { buildBacklinks, buildHubMembers, buildRelated, buildReverseRelated, buildTagIndex, sortByRecency, summarizeTags, type GraphIndexes } from './indexes';
import { loadContent, type LoadOptions } from './load';
import type { Entry, Page, RelatedEntry, TagSummary } from './types';
import { processSlot } from '@/lib/site/process-slot';

export type { Entry, Page, RelatedEntry, TagSummary, WikiDocument, HeadingInfo, RelatedReason, VideoInfo } from './types';
export { lastModified } from './types';
export { ContentError, formatProblem } from './errors';

/**
 * `CONTENT_DIR` (relative to the working directory) or `content/`. The ignore comments tell
 * Turbopack's file tracer that this runtime path is not a module graph to follow; without them
 * it would copy the whole project into the server output.
 */
export function getContentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || 'content');
}

export function getLoadOptions(): LoadOptions {
  const production = process.env.NODE_ENV === 'production';
  return {
    contentDir: getContentDir(),
    publicDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'public'),
    includeDrafts: !production,
    missingLinks: production ? 'error' : 'warning',
    today: new Date().toISOString().slice(0, 10),
  };
}

interface Snapshot {
  entries: Entry[];
  /** Entries without drafts: one array per load, so callers can cache work keyed on it. */
  listed: Entry[];
  pages: Page[];
  bySlug: Map<string, Entry>;
  pagesBySlug: Map<string, Page>;
  aliases: Map<string, string>;
  indexes: GraphIndexes;
  tagSummaries: TagSummary[];
  /** Filled on first use: only pages that show related entries or hub members pay for them. */
  related: Map<string, RelatedEntry[]>;
  hubMembers: Map<string, Entry[]>;
  /** Member slug → the hubs that gather it, A–Z; built once, on the first entry page that asks. */
  hubsOf: Map<string, Entry[]> | null;
  /** Hubs with the most members first; built on first use (home page, 404 page). */
  hubsBySize: Entry[] | null;
  /** Last commit date of each file (absolute path), when full git history is available. */
  commitDates: Map<string, string>;
}

/** Loaded once per process and shared by both of Next's bundles of this module (see processSlot). */
const cache = processSlot<{ signature: string; checkedAt: number; snapshot: Snapshot }>('content');

/** A page render asks many questions; in dev the disk is looked at once per burst, not per question. */
const DEV_RECHECK_MS = 500;

/**
 * Loads and indexes the content once per process. A dev server re-reads when a file is added,
 * removed or saved (the signature is a listing with mtimes, far cheaper than a re-read), so edits
 * show on the next refresh; a production server never looks at the disk again.
 */
function getSnapshot(): Snapshot {
  const now = Date.now();
  const cached = cache.current;
  if (cached && (process.env.NODE_ENV === 'production' || now - cached.checkedAt < DEV_RECHECK_MS)) return cached.snapshot;
  const options = getLoadOptions();
  const signature = directorySignature(options.contentDir);
  if (cached && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.snapshot;
  }

  const loaded = loadContent(options);
  const errors = loaded.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new ContentError(loaded.problems);
  for (const warning of loaded.problems) console.warn(`warning: ${formatProblem(warning)}`);

  const bySlug = new Map(loaded.entries.map((entry) => [entry.slug, entry]));
  const tags = buildTagIndex(loaded.entries);
  const snapshot: Snapshot = {
    entries: loaded.entries,
    listed: loaded.entries.filter((entry) => !entry.draft),
    pages: loaded.pages,
    bySlug,
    pagesBySlug: new Map(loaded.pages.map((page) => [page.slug, page])),
    aliases: new Map(loaded.entries.flatMap((entry) => entry.aliases.map((alias) => [alias, entry.slug] as const))),
    indexes: { bySlug, tags, backlinks: buildBacklinks(loaded.entries), reverseRelated: buildReverseRelated(loaded.entries) },
    tagSummaries: summarizeTags(tags),
    related: new Map(),
    hubMembers: new Map(),
    hubsOf: null,
    hubsBySize: null,
    commitDates: readLastCommitDates(options.contentDir),
  };
  cache.current = { signature, checkedAt: now, snapshot };
  return snapshot;
}

function directorySignature(contentDir: string): string {
  const parts: string[] = [];
  for (const folder of ['', 'wiki', 'pages']) {
    const folderPath = path.join(/*turbopackIgnore: true*/ contentDir, folder);
    if (!fs.existsSync(folderPath)) continue;
    for (const name of fs.readdirSync(folderPath).sort()) {
      const stat = fs.statSync(path.join(/*turbopackIgnore: true*/ folderPath, name), { throwIfNoEntry: false });
      parts.push(`${folder}/${name}:${stat?.mtimeMs ?? 0}:${stat?.size ?? 0}`);
    }
  }
  return `${contentDir}|${parts.join('|')}`;
}

/** Every listed entry, A–Z by title (drafts only outside production). */
export function getAllEntries(): Entry[] {
  return getSnapshot().listed;
}

/** The entry for a slug, drafts included in dev; null when there is none (the route then 404s). */
export function getEntry(slug: string): Entry | null {
  return getSnapshot().bySlug.get(slug) ?? null;
}

/** Every slug an entry route must answer: entries (drafts in dev) and aliases. */
export function getEntryRouteSlugs(): string[] {
  const snapshot = getSnapshot();
  return [...snapshot.bySlug.keys(), ...snapshot.aliases.keys()];
}

/** The canonical slug an old slug redirects to, or null. */
export function resolveAlias(slug: string): string | null {
  return getSnapshot().aliases.get(slug) ?? null;
}

export function getEntriesByTag(tag: string): Entry[] {
  return (getSnapshot().indexes.tags.get(tag) ?? []).filter((entry) => !entry.draft);
}

/** Tag → its listed entries, for pages that need every tag at once (the sitemap). */
export function getTagIndex(): Map<string, Entry[]> {
  return new Map(getAllTags().map(({ tag }) => [tag, getEntriesByTag(tag)]));
}

export function getAllTags(): TagSummary[] {
  return getSnapshot().tagSummaries;
}

export function getRelatedEntries(slug: string): RelatedEntry[] {
  const snapshot = getSnapshot();
  const entry = snapshot.bySlug.get(slug);
  if (!entry) return [];
  let related = snapshot.related.get(slug);
  if (!related) {
    related = buildRelated(entry, snapshot.indexes).filter((item) => !item.entry.draft);
    snapshot.related.set(slug, related);
  }
  return related;
}

/** Entries whose body links here, A–Z. */
export function getBacklinks(slug: string): Entry[] {
  const snapshot = getSnapshot();
  return (snapshot.indexes.backlinks.get(slug) ?? [])
    .flatMap((source) => snapshot.bySlug.get(source) ?? [])
    .filter((entry) => !entry.draft)
    .sort((a, b) => a.title.localeCompare(b.title));
}

export function getHubs(): Entry[] {
  return getAllEntries().filter((entry) => entry.hub);
}

/** The hubs gathering the most entries, largest first: at 10,000 entries there are hundreds. */
export function getLargestHubs(limit: number): Entry[] {
  const snapshot = getSnapshot();
  snapshot.hubsBySize ??= [...getHubs()].sort((a, b) => getHubMembers(b.slug).length - getHubMembers(a.slug).length);
  return snapshot.hubsBySize.slice(0, limit);
}

export function getHubMembers(slug: string): Entry[] {
  const snapshot = getSnapshot();
  const hub = snapshot.bySlug.get(slug);
  if (!hub?.hub) return [];
  let members = snapshot.hubMembers.get(slug);
  if (!members) {
    members = buildHubMembers(hub, snapshot.indexes).filter((entry) => !entry.draft);
    snapshot.hubMembers.set(slug, members);
  }
  return members;
}

/** Hubs that gather this entry, for "part of" links. */
export function getHubsFor(slug: string): Entry[] {
  const snapshot = getSnapshot();
  if (!snapshot.hubsOf) {
    // One pass over every hub's members, instead of every entry page scanning every hub.
    const hubsOf = new Map<string, Entry[]>();
    for (const hub of getHubs()) {
      for (const member of getHubMembers(hub.slug)) {
        const hubs = hubsOf.get(member.slug);
        if (hubs) hubs.push(hub);
        else hubsOf.set(member.slug, [hub]);
      }
    }
    snapshot.hubsOf = hubsOf;
  }
  return snapshot.hubsOf.get(slug) ?? [];
}

export function getRecentlyUpdated(limit: number): Entry[] {
  return sortByRecency(getAllEntries()).slice(0, limit);
}

export function getAllPages(): Page[] {
  return getSnapshot().pages;
}

export function getPage(slug: string): Page | null {
  return getSnapshot().pagesBySlug.get(slug) ?? null;
}

/**
 * The date of the entry file's last commit, typo fixes included, or null without git history (a
 * shallow clone, an exported tarball). It is the file's history, shown beside the links to edit
 * it; `updated` is the editor's own date of the last meaningful change, and is what the page
 * header, the metadata, the feed and the sitemap say.
 */
export function getLastEdited(entry: Pick<Entry, 'file'>): string | null {
  return getSnapshot().commitDates.get(path.resolve(/*turbopackIgnore: true*/ process.cwd(), entry.file)) ?? null;
}

/** Maintenance lists for editors over the published entries. */
export function getMaintenanceReport(): MaintenanceReport {
  const snapshot = getSnapshot();
  return buildMaintenanceReport(snapshot.listed, new Date().toISOString().slice(0, 10), snapshot.entries);
}

/** Whether an internal link leads somewhere; used to mark broken links in dev. */
export function linkTargetExists(target: InternalTarget): boolean {
  const snapshot = getSnapshot();
  switch (target.kind) {
    case 'entry':
      return snapshot.bySlug.has(target.slug);
    case 'page':
      return snapshot.pagesBySlug.has(target.slug);
    case 'tag':
      return snapshot.indexes.tags.has(target.tag);
    case 'unknown':
      return false;
    default:
      return true;
  }
}

/** Entries whose slug, or one of whose old slugs (aliases), is closest to what someone typed or mistyped. */
export function suggestEntries(input: string, limit = 5): Entry[] {
  const snapshot = getSnapshot();
  const normalized = input.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!normalized) return [];
  // Slugs and old slugs alike, each read as the entry it names (no alias is also a slug).
  const entryOf = (name: string) => snapshot.aliases.get(name) ?? name;
  const published = (name: string) => snapshot.bySlug.get(entryOf(name))?.draft === false;
  const candidates = [...snapshot.bySlug.keys(), ...snapshot.aliases.keys()].filter(published);
  // An alias and its entry may both be close: twice the candidates, so deduplicating still leaves `limit`.
  const close = closestMatches(normalized, candidates, limit * 2);
  const exact = published(normalized) && snapshot.aliases.has(normalized) ? [normalized] : [];
  return [...new Set([...exact, ...close].map(entryOf))].flatMap((slug) => snapshot.bySlug.get(slug) ?? []).slice(0, limit);
}
