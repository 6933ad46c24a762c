import { JSDOM } from 'jsdom';
import { BASE_URL } from './server';

/**
 * A crawler's view of the production build: start from /sitemap.xml, fetch every URL, and hold
 * each page to what search engines need. URLs in the sitemap use the site URL the build was made
 * with; they are fetched from the test server at the same path.
 */

interface CrawledPage {
  url: string;
  path: string;
  status: number;
  document: Document;
}

const siteOrigin = (url: string) => new URL(url).origin;
const local = (url: string) => `${BASE_URL}${new URL(url).pathname}${new URL(url).search}`;

async function fetchText(url: string): Promise<{ status: number; text: string; type: string | null }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') };
}

function expectedTypes(path: string): string[] {
  if (path === '/') return ['WebSite'];
  if (path === '/wiki/' || path.startsWith('/wiki/page/') || path === '/tags/' || path.startsWith('/tags/')) return ['CollectionPage', 'BreadcrumbList'];
  if (path.startsWith('/wiki/')) return ['Article', 'BreadcrumbList'];
  return ['WebPage', 'BreadcrumbList'];
}

function jsonLdTypes(document: Document): string[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const data = JSON.parse(script.textContent ?? '') as { '@type'?: string; '@graph'?: Array<{ '@type': string }> };
    return data['@graph'] ? data['@graph'].map((node) => node['@type']) : [data['@type'] ?? ''];
  });
}

let sitemapUrls: string[] = [];
const pages: CrawledPage[] = [];

beforeAll(async () => {
  const sitemap = await fetchText(`${BASE_URL}/sitemap.xml`);
  expect(sitemap.status).toBe(200);
  expect(sitemap.type).toContain('application/xml');
  sitemapUrls = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);
  for (const url of sitemapUrls) {
    const { status, text } = await fetchText(local(url));
    pages.push({ url, path: new URL(url).pathname, status, document: new JSDOM(text).window.document });
  }
}, 120_000);

describe('the sitemap', () => {
  it('lists the home page, the indexes, every entry, tag and page', () => {
    const paths = sitemapUrls.map((url) => new URL(url).pathname);
    expect(paths).toEqual(expect.arrayContaining(['/', '/wiki/', '/tags/', '/wiki/internet-computer-protocol/', '/wiki/chain-key-cryptography/', '/tags/governance/', '/document-library/']));
    expect(new Set(paths).size).toBe(paths.length);
    expect(sitemapUrls.every((url) => siteOrigin(url) === siteOrigin(sitemapUrls[0] as string))).toBe(true);
  });

  it('is referenced by robots.txt, which keeps crawlers out of search results', async () => {
    const robots = await fetchText(`${BASE_URL}/robots.txt`);
    expect(robots.text).toContain(`Sitemap: ${siteOrigin(sitemapUrls[0] as string)}/sitemap.xml`);
    expect(robots.text).toContain('Disallow: /search/');
  });
});

describe('every page in the sitemap', () => {
  it('answers 200', () => {
    expect(pages.filter((page) => page.status !== 200).map((page) => `${page.path} ${page.status}`)).toEqual([]);
  });

  it('has exactly one canonical URL, equal to its own', () => {
    const wrong = pages.flatMap((page) => {
      const canonicals = [...page.document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href'));
      return canonicals.length === 1 && canonicals[0] === page.url ? [] : [`${page.path}: ${JSON.stringify(canonicals)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('has a title, a description, an Open Graph title and image, and a feed link', () => {
    const missing = pages.flatMap((page) => {
      const d = page.document;
      const problems = [
        d.title.trim() ? '' : 'title',
        d.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ? '' : 'description',
        d.querySelector('meta[property="og:title"]')?.getAttribute('content') ? '' : 'og:title',
        d.querySelector('meta[property="og:image"]')?.getAttribute('content')?.startsWith('http') ? '' : 'og:image',
        d.querySelector('link[rel="alternate"][type="application/atom+xml"]') ? '' : 'feed link',
        d.documentElement.lang === 'en' ? '' : 'lang',
      ].filter(Boolean);
      return problems.length ? [`${page.path}: ${problems.join(', ')}`] : [];
    });
    expect(missing).toEqual([]);
  });

  it('has structured data that parses and has the expected types', () => {
    const wrong = pages.flatMap((page) => {
      const types = jsonLdTypes(page.document);
      const absent = expectedTypes(page.path).filter((type) => !types.includes(type));
      return absent.length ? [`${page.path}: missing ${absent.join(', ')} in ${JSON.stringify(types)}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('is indexable', () => {
    expect(pages.filter((page) => page.document.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')).map((page) => page.path)).toEqual([]);
  });

  it('links only to pages and files that exist', async () => {
    const targets = new Set<string>();
    for (const page of pages) {
      for (const anchor of page.document.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href') as string;
        if (href.startsWith('/') && !href.startsWith('//')) targets.add(href.split('#')[0] as string);
      }
      for (const meta of page.document.querySelectorAll('meta[property="og:image"], link[rel="alternate"]')) {
        const url = meta.getAttribute('content') ?? meta.getAttribute('href') ?? '';
        if (url.startsWith(siteOrigin(page.url))) targets.add(new URL(url).pathname);
        else if (url.startsWith('/')) targets.add(url);
      }
    }
    const broken: string[] = [];
    for (const target of targets) {
      const { status } = await fetchText(`${BASE_URL}${target}`);
      if (status !== 200) broken.push(`${target} ${status}`);
    }
    expect(broken).toEqual([]);
    expect(targets.size).toBeGreaterThan(pages.length);
  }, 120_000);
});

describe('the seed entry', () => {
  it('has an Article, a BreadcrumbList matching the visible breadcrumbs, and a VideoObject', () => {
    const page = pages.find((candidate) => candidate.path === '/wiki/internet-computer-protocol/') as CrawledPage;
    expect(jsonLdTypes(page.document)).toEqual(expect.arrayContaining(['Article', 'BreadcrumbList', 'VideoObject']));
    const graph = JSON.parse(page.document.querySelector('script[type="application/ld+json"]')?.textContent ?? '')['@graph'] as Array<Record<string, unknown>>;
    const breadcrumbs = graph.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: Array<{ name: string }> };
    const visible = [...page.document.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((item) => item.textContent);
    expect(breadcrumbs.itemListElement.map((item) => item.name)).toEqual(visible);
    expect(graph.find((node) => node['@type'] === 'VideoObject')).toMatchObject({ contentUrl: 'https://www.youtube.com/watch?v=fUfbWAHSygo', thumbnailUrl: 'https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg' });
  });
});

describe('the Atom feed', () => {
  it('parses as XML and lists entries newest first', async () => {
    const feed = await fetchText(`${BASE_URL}/feed.xml`);
    expect(feed.type).toContain('application/atom+xml');
    const document = new JSDOM(feed.text, { contentType: 'application/xml' }).window.document;
    const updated = [...document.querySelectorAll('entry > updated')].map((element) => element.textContent ?? '');
    expect(updated.length).toBeGreaterThanOrEqual(10);
    expect([...updated].sort().reverse()).toEqual(updated);
  });
});

describe('pages that must not be indexed', () => {
  it('marks the 404 page noindex', async () => {
    const { status, text } = await fetchText(`${BASE_URL}/wiki/no-such-entry/`);
    expect(status).toBe(404);
    expect(new JSDOM(text).window.document.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('answers aliases with a permanent redirect to the canonical URL', async () => {
    const response = await fetch(`${BASE_URL}/wiki/nns/`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/wiki/network-nervous-system/');
  });
});
