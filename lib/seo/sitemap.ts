import type { Entry, Page } from '@/lib/content';
import { lastModified } from '@/lib/content/types';
import { absoluteUrl } from '@/lib/site/config';
import { countPages, INDEX_PAGE_SIZE, pagePath, TAG_PAGE_SIZE } from '@/lib/site/paginate';
import { escapeXml, toTimestamp } from './xml';

/** The sitemap protocol's limit per file; beyond it /sitemap.xml becomes an index of parts. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapUrl {
  path: string;
  /** YYYY-MM-DD */
  lastModified: string;
}

interface SitemapSource {
  entries: readonly Entry[];
  pages: readonly Page[];
  tags: ReadonlyMap<string, readonly Entry[]>;
}

function newest(entries: readonly Entry[]): string {
  return entries.reduce((latest, entry) => (lastModified(entry) > latest ? lastModified(entry) : latest), '1970-01-01');
}

/**
 * Every page of a paginated listing. They share one date: adding an entry shifts every page after
 * its place, so the listing's newest change is the honest date for each of them.
 */
function listingPages(basePath: string, count: number, pageSize: number, lastModifiedDate: string): SitemapUrl[] {
  return Array.from({ length: countPages(count, pageSize) }, (_, index) => ({ path: pagePath(basePath, index + 1), lastModified: lastModifiedDate }));
}

/**
 * Every indexable URL: home, the A–Z index and its pages, entries (hubs among them), tags and
 * their pages, and standalone pages. An entry's full backlink and member lists are left out:
 * they are noindex and rendered on request.
 */
export function buildSitemapUrls({ entries, pages, tags }: SitemapSource): SitemapUrl[] {
  const latest = newest(entries);
  return [
    { path: '/', lastModified: latest },
    ...listingPages('/wiki/', entries.length, INDEX_PAGE_SIZE, latest),
    ...entries.map((entry) => ({ path: `/wiki/${entry.slug}/`, lastModified: lastModified(entry) })),
    { path: '/tags/', lastModified: latest },
    ...[...tags].flatMap(([tag, tagged]) => listingPages(`/tags/${tag}/`, tagged.length, TAG_PAGE_SIZE, newest(tagged))),
    ...pages.map((page) => ({ path: `/${page.slug}/`, lastModified: lastModified(page) })),
  ];
}

export function chunkSitemap(urls: readonly SitemapUrl[], limit = SITEMAP_LIMIT): SitemapUrl[][] {
  const chunks: SitemapUrl[][] = [];
  for (let index = 0; index < urls.length; index += limit) chunks.push(urls.slice(index, index + limit));
  return chunks;
}

export function sitemapPartPath(index: number): string {
  return `/sitemaps/${index}.xml`;
}

export function renderUrlSet(urls: readonly SitemapUrl[]): string {
  const body = urls.map((url) => `  <url>\n    <loc>${escapeXml(absoluteUrl(url.path))}</loc>\n    <lastmod>${url.lastModified}</lastmod>\n  </url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, '</urlset>', ''].join('\n');
}

export function renderSitemapIndex(chunks: readonly SitemapUrl[][]): string {
  const body = chunks.map((chunk, index) => {
    const latest = chunk.reduce((max, url) => (url.lastModified > max ? url.lastModified : max), '1970-01-01');
    return `  <sitemap>\n    <loc>${escapeXml(absoluteUrl(sitemapPartPath(index)))}</loc>\n    <lastmod>${toTimestamp(latest)}</lastmod>\n  </sitemap>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...body, '</sitemapindex>', ''].join('\n');
}
