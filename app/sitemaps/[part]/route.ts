import { getAllEntries, getAllPages, getTagIndex } from '@/lib/content';
import { buildSitemapUrls, chunkSitemap, renderUrlSet } from '@/lib/seo/sitemap';

export const dynamic = 'force-static';
export const dynamicParams = false;

function chunks() {
  return chunkSitemap(buildSitemapUrls({ entries: getAllEntries(), pages: getAllPages(), tags: getTagIndex() }));
}

/** Parts exist only when the site outgrows one sitemap file. */
export function generateStaticParams() {
  const parts = chunks();
  return parts.length > 1 ? parts.map((_, index) => ({ part: `${index}.xml` })) : [];
}

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[part]'>): Promise<Response> {
  const { part } = await params;
  const chunk = chunks()[Number(part.replace(/\.xml$/, ''))];
  if (!chunk) return new Response('Not found', { status: 404 });
  return new Response(renderUrlSet(chunk), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
