import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { EntryIndex, letterStarts } from '@/components/entry/entry-index';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/layout/pagination';
import { JsonLd } from '@/components/seo/json-ld';
import { getAllEntries } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { countPages, INDEX_PAGE_SIZE, pagePath, paginate } from '@/lib/site/paginate';

// Shared by `/wiki/` (page 1) and `/wiki/page/N/`, which differ only in the page they show.

const TITLE = 'All entries';
const BASE_PATH = '/wiki/';
const DESCRIPTION = 'Every entry of the Internet Computer wiki, A to Z, with a one-line description of each.';

export function countIndexPages(): number {
  return countPages(getAllEntries().length, INDEX_PAGE_SIZE);
}

function pageTitle(page: number, pageCount: number): string {
  return pageCount > 1 ? `${TITLE}, page ${page} of ${pageCount}` : TITLE;
}

function describeIndexPage(page: number, pageCount: number): string {
  if (pageCount === 1) return DESCRIPTION;
  const { items } = paginate(getAllEntries(), page, INDEX_PAGE_SIZE);
  return `Page ${page} of ${pageCount} of every entry of the Internet Computer wiki, A to Z: ${items[0]?.title ?? ''} to ${items.at(-1)?.title ?? ''}, with a one-line description of each.`;
}

export function aToZMetadata(page: number): Metadata {
  const pageCount = countIndexPages();
  return buildPageMetadata({ title: pageTitle(page, pageCount), description: describeIndexPage(page, pageCount), path: pagePath(BASE_PATH, page) });
}

/** `page` must already be a page that exists (the routes 404 anything else). */
export function AToZPage({ page }: { page: number }): ReactElement {
  const entries = getAllEntries();
  const slice = paginate(entries, page, INDEX_PAGE_SIZE);
  const path = pagePath(BASE_PATH, slice.page);
  const title = pageTitle(slice.page, slice.pageCount);
  const crumbs: Crumb[] = slice.page === 1 ? [{ label: 'Home', href: '/' }, { label: TITLE }] : [{ label: 'Home', href: '/' }, { label: TITLE, href: BASE_PATH }, { label: `Page ${slice.page}` }];
  return (
    <div className="page-narrow">
      <JsonLd data={[collectionPageJsonLd({ name: title, description: describeIndexPage(slice.page, slice.pageCount), path, entries: slice.items }), breadcrumbJsonLd(crumbs, path)]} />
      <Breadcrumbs items={crumbs} />
      <h1>{TITLE}</h1>
      <p className="lead">
        {entries.length} entries, A to Z.
        {slice.pageCount > 1 ? ` Page ${slice.page} of ${slice.pageCount}: ${slice.items[0]?.title ?? ''} to ${slice.items.at(-1)?.title ?? ''}.` : null}
      </p>
      <EntryIndex entries={slice.items} letters={letterStarts(entries, INDEX_PAGE_SIZE)} page={slice.page} basePath={BASE_PATH} />
      <Pagination page={slice.page} pageCount={slice.pageCount} basePath={BASE_PATH} label="Pages of the index" />
    </div>
  );
}
