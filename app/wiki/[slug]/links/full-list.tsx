import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense, type ReactElement } from 'react';
import NotFound from '@/app/not-found';
import { EntryLinks } from '@/components/entry/entry-link-list';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/layout/pagination';
import { getBacklinks, getEntry, getHubMembers, resolveAlias, type Entry } from '@/lib/content';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { countPages, FULL_LIST_PAGE_SIZE, pagePath, paginate, parsePageParam } from '@/lib/site/paginate';

/**
 * The whole of a list an entry page shows only the start of: `/wiki/<slug>/links/` (every entry
 * linking to it) and `/wiki/<slug>/members/` (every member of a hub), with their `page/N/`.
 *
 * These pages are rendered on first request and kept, not prerendered: there is one per entry,
 * few readers open them, and prerendering them all would add thousands of pages to every build.
 * They are noindex (their content is the entry pages they link to) and not in the sitemap.
 */

export type FullListKind = 'links' | 'members';

interface FullListDefinition {
  /** Null: this entry has no such list (members of an entry that is not a hub). */
  entries: (entry: Entry) => Entry[] | null;
  title: (entry: Entry) => string;
  crumb: string;
  lead: (count: number, entry: Entry) => string;
}

const LISTS: Record<FullListKind, FullListDefinition> = {
  links: {
    entries: (entry) => getBacklinks(entry.slug),
    title: (entry) => `Pages linking to ${entry.title}`,
    crumb: 'Linked from',
    lead: (count, entry) => (count === 0 ? `No entry links to ${entry.title} yet.` : `${count} ${count === 1 ? 'entry links' : 'entries link'} to ${entry.title}, A to Z.`),
  },
  members: {
    entries: (entry) => (entry.hub ? getHubMembers(entry.slug) : null),
    title: (entry) => `In the hub ${entry.title}`,
    crumb: 'All members',
    lead: (count, entry) => `${count} ${count === 1 ? 'entry belongs' : 'entries belong'} to the hub ${entry.title}, A to Z: those it names and those that name it.`,
  },
};

interface ResolvedList {
  entry: Entry;
  entries: Entry[];
  page: number;
  pageCount: number;
  basePath: string;
}

/**
 * The list a request names, or null when it does not exist. `number` is the `page/N/` segment
 * (undefined for page 1). An alias shows its entry's list, whose canonical URL is the entry's own:
 * a redirect rendered on demand is sent with its Location header twice in Next 16.4
 * (vercel/next.js#82117), which a proxy that merges headers turns into an address that 404s.
 */
function resolve(kind: FullListKind, slug: string, number: string | undefined): ResolvedList | null {
  const entry = getEntry(resolveAlias(slug) ?? slug);
  const entries = entry ? LISTS[kind].entries(entry) : null;
  if (!entry || !entries) return null;
  const pageCount = countPages(entries.length, FULL_LIST_PAGE_SIZE);
  const page = number === undefined ? 1 : parsePageParam(number, pageCount);
  return page ? { entry, entries, page, pageCount, basePath: `/wiki/${entry.slug}/${kind}/` } : null;
}

function title(kind: FullListKind, list: ResolvedList): string {
  const base = LISTS[kind].title(list.entry);
  return list.pageCount > 1 ? `${base}, page ${list.page} of ${list.pageCount}` : base;
}

export function fullListMetadata(kind: FullListKind, slug: string, number?: string): Metadata {
  const list = resolve(kind, slug, number);
  // Next adds noindex to a 404 itself.
  if (!list) return { title: 'Page not found' };
  return buildPageMetadata({ title: title(kind, list), description: LISTS[kind].lead(list.entries.length, list.entry), path: pagePath(list.basePath, list.page), noindex: true });
}

interface FullListProps {
  kind: FullListKind;
  slug: string;
  /** The `page/N/` segment; undefined on page 1. */
  number?: string;
}

/**
 * Next 16.4 answers a notFound() thrown while rendering a page on demand with status 404 but an
 * empty document: `<html id="__next_error__">` without `lang`, the 404 page only inside the
 * script payload, so it is blank without JavaScript (vercel/next.js#95613). Thrown inside a
 * Suspense boundary it keeps the root layout and server-renders the boundary's fallback, so the
 * fallback is the 404 page itself. A list that exists renders synchronously and is prerendered
 * whole on its first request, so its HTML never contains the fallback.
 */
export function FullListRoute(props: FullListProps): ReactElement {
  return (
    <Suspense fallback={<NotFound />}>
      <FullListPage {...props} />
    </Suspense>
  );
}

function FullListPage({ kind, slug, number }: FullListProps): ReactElement {
  const list = resolve(kind, slug, number);
  if (!list) notFound();
  const { entry, entries, page, pageCount, basePath } = list;
  const slice = paginate(entries, page, FULL_LIST_PAGE_SIZE);
  const definition = LISTS[kind];
  const crumbs = [
    { label: 'Home', href: '/' },
    { label: 'All entries', href: '/wiki/' },
    { label: entry.title, href: `/wiki/${entry.slug}/` },
    ...(page === 1 ? [{ label: definition.crumb }] : [{ label: definition.crumb, href: basePath }, { label: `Page ${page}` }]),
  ];
  return (
    <div className="page-narrow">
      <Breadcrumbs items={crumbs} />
      <h1>{definition.title(entry)}</h1>
      <p className="lead">
        {definition.lead(entries.length, entry)}
        {pageCount > 1 ? ` Page ${page} of ${pageCount}.` : null}
      </p>
      {slice.items.length > 0 ? <EntryLinks entries={slice.items} /> : null}
      <Pagination page={page} pageCount={pageCount} basePath={basePath} label={`Pages of ${definition.title(entry)}`} />
    </div>
  );
}
