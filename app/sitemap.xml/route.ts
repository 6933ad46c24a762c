import { getAllEntries, getAllPages, getTagIndex } from '@/lib/content';
import { buildSitemapUrls, chunkSitemap, renderSitemapIndex, renderUrlSet } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';

/** Every indexable URL; past 50,000 URLs it becomes an index of /sitemaps/<n>.xml parts. */
export function GET(): Response {
  const chunks = chunkSitemap(buildSitemapUrls({ entries: getAllEntries(), pages: getAllPages(), tags: getTagIndex() }));
  const xml = chunks.length > 1 ? renderSitemapIndex(chunks) : renderUrlSet(chunks[0] ?? []);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
