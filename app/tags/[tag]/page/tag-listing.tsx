import type { Metadata } from 'next';
import type { ReactElement } from 'react';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { Pagination } from '@/components/layout/pagination';
import { JsonLd } from '@/components/seo/json-ld';
import { getEntriesByTag } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { countPages, pagePath, paginate, TAG_PAGE_SIZE } from '@/lib/site/paginate';

// Shared by `/tags/<tag>/` (page 1) and `/tags/<tag>/page/N/`, which differ only in the page they show.

export function tagBasePath(tag: string): string {
  return `/tags/${tag}/`;
}

/** 0 for a tag no listed entry carries: the routes answer 404. */
export function countTagPages(tag: string): number {
  const count = getEntriesByTag(tag).length;
  return count === 0 ? 0 : countPages(count, TAG_PAGE_SIZE);
}

function pageTitle(tag: string, page: number, pageCount: number): string {
  return pageCount > 1 ? `Tag: ${tag}, page ${page} of ${pageCount}` : `Tag: ${tag}`;
}

function describeTag(tag: string, count: number, page: number, pageCount: number): string {
  const all = `${count} ${count === 1 ? 'entry' : 'entries'} of the Internet Computer wiki tagged ${tag}`;
  return pageCount > 1 ? `${all}, page ${page} of ${pageCount}.` : `${all}.`;
}

export function tagMetadata(tag: string, page: number): Metadata {
  const entries = getEntriesByTag(tag);
  if (entries.length === 0) return {};
  const pageCount = countPages(entries.length, TAG_PAGE_SIZE);
  return buildPageMetadata({ title: pageTitle(tag, page, pageCount), description: describeTag(tag, entries.length, page, pageCount), path: pagePath(tagBasePath(tag), page) });
}

/** `page` must already be a page that exists for a tag that exists (the routes 404 anything else). */
export function TagListing({ tag, page }: { tag: string; page: number }): ReactElement {
  const entries = getEntriesByTag(tag);
  const slice = paginate(entries, page, TAG_PAGE_SIZE);
  const basePath = tagBasePath(tag);
  const path = pagePath(basePath, slice.page);
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }, { label: 'Tags', href: '/tags/' }, ...(slice.page === 1 ? [{ label: tag }] : [{ label: tag, href: basePath }, { label: `Page ${slice.page}` }])];
  return (
    <div className="page-narrow">
      <JsonLd
        data={[
          collectionPageJsonLd({ name: pageTitle(tag, slice.page, slice.pageCount), description: describeTag(tag, entries.length, slice.page, slice.pageCount), path, entries: slice.items }),
          breadcrumbJsonLd(crumbs, path),
        ]}
      />
      <Breadcrumbs items={crumbs} />
      <p className="entry-kicker">Tag</p>
      <h1>{tag}</h1>
      <p className="lead">
        {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
        {slice.pageCount > 1 ? `, ${slice.offset + 1}–${slice.offset + slice.items.length} on page ${slice.page} of ${slice.pageCount}` : null}
      </p>
      <div className="card-grid">
        {slice.items.map((entry) => (
          <EntryCard key={entry.slug} entry={entry} headingLevel="h2" />
        ))}
      </div>
      <Pagination page={slice.page} pageCount={slice.pageCount} basePath={basePath} label={`Pages of the tag ${tag}`} />
    </div>
  );
}
