import { buildSitemapUrls, chunkSitemap, renderSitemapIndex, renderUrlSet } from '@/lib/seo/sitemap';
import { makeEntry } from '../../support/entries';
import type { Page } from '@/lib/content/types';

describe('sitemap', () => {
  const a = makeEntry('a', { date: '2026-01-01', updated: '2026-02-01', tags: ['x'] });
  const b = makeEntry('b', { date: '2026-03-01', tags: ['x', 'y'], hub: true });
  const page = { kind: 'page', slug: 'about', date: '2025-05-05', updated: null } as Page;
  const urls = buildSitemapUrls({ entries: [a, b], pages: [page], tags: new Map([['x', [a, b]], ['y', [b]]]) });

  it('lists home, indexes, entries, tags and pages with their last modification', () => {
    expect(urls).toEqual([
      { path: '/', lastModified: '2026-03-01' },
      { path: '/wiki/', lastModified: '2026-03-01' },
      { path: '/wiki/a/', lastModified: '2026-02-01' },
      { path: '/wiki/b/', lastModified: '2026-03-01' },
      { path: '/tags/', lastModified: '2026-03-01' },
      { path: '/tags/x/', lastModified: '2026-03-01' },
      { path: '/tags/y/', lastModified: '2026-03-01' },
      { path: '/about/', lastModified: '2025-05-05' },
    ]);
  });

  it('renders absolute URLs', () => {
    expect(renderUrlSet(urls.slice(0, 1))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url>\n    <loc>http://localhost:3000/</loc>\n    <lastmod>2026-03-01</lastmod>\n  </url>\n</urlset>\n',
    );
  });

  it('splits into parts behind an index past the limit', () => {
    const chunks = chunkSitemap(urls, 3);
    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 2]);
    const index = renderSitemapIndex(chunks);
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(index.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      '<loc>http://localhost:3000/sitemaps/0.xml</loc>',
      '<loc>http://localhost:3000/sitemaps/1.xml</loc>',
      '<loc>http://localhost:3000/sitemaps/2.xml</loc>',
    ]);
  });
});
