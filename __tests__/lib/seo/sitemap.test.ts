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

  it('lists every page of the A–Z index and of each tag, page 1 at the listing path', () => {
    const many = Array.from({ length: 450 }, (_, index) => makeEntry(`e${String(index).padStart(3, '0')}`, { date: '2026-01-01', updated: index === 7 ? '2026-05-05' : null }));
    const paged = buildSitemapUrls({ entries: many, pages: [], tags: new Map([['big', many.slice(0, 130)], ['small', many.slice(0, 60)]]) });
    const paths = paged.map((url) => url.path);
    expect(paths.filter((path) => path.startsWith('/wiki/') && !path.startsWith('/wiki/e'))).toEqual(['/wiki/', '/wiki/page/2/', '/wiki/page/3/']);
    expect(paths.filter((path) => path.startsWith('/tags/'))).toEqual(['/tags/', '/tags/big/', '/tags/big/page/2/', '/tags/big/page/3/', '/tags/small/']);
    expect(paged.find((url) => url.path === '/wiki/page/3/')?.lastModified).toBe('2026-05-05');
    expect(paged.find((url) => url.path === '/tags/big/page/3/')?.lastModified).toBe('2026-05-05');
    expect(paths.some((path) => /\/(links|members)\//.test(path))).toBe(false);
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
