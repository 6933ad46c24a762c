import { JSDOM } from 'jsdom';
import type { RunningServer } from '@/scripts/lib/next-server';
import { startServer } from './server';
import { openBrowser } from './browser';

/**
 * A corpus whose title and description try to break out of every place they are printed. It is
 * valid content, so it is built and served (`npm run test:e2e` builds it into .next-hostile/) and
 * must come out as inert text everywhere.
 */
const PORT = 3211;
const BASE = `http://127.0.0.1:${PORT}`;
const TITLE = '</title><script>alert("title")</script> & "quotes" \'apos\' — مرحبا 🚀';
const DESCRIPTION = '"><script>alert("description")</script><img src=x onerror=alert(2)> — שלום ✨';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ port: PORT, distDir: '.next-hostile', contentDir: '__tests__/fixtures/hostile-corpus' });
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function load(pathname: string) {
  const response = await fetch(`${BASE}${pathname}`);
  const html = await response.text();
  return { status: response.status, html, document: new JSDOM(html).window.document };
}

describe('a hostile title and description', () => {
  it('are plain text in the page, its title and its meta tags', async () => {
    const { status, html, document } = await load('/wiki/hostile-title/');
    expect(status).toBe(200);
    expect(document.title).toBe(`${TITLE} · icp-wiki`);
    expect(document.querySelector('h1')?.textContent).toBe(TITLE);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(DESCRIPTION);
    expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(TITLE);
    expect(document.querySelector('meta[name="twitter:description"]')?.getAttribute('content')).toBe(DESCRIPTION);
    expect(html).not.toMatch(/<script>alert|<img src=x/);
    expect([...document.querySelectorAll('script:not([src])')].every((script) => !/^\s*alert\(/.test(script.textContent ?? ''))).toBe(true);
  });

  it('are escaped inside the JSON-LD and come back intact when parsed', async () => {
    const { document } = await load('/wiki/hostile-title/');
    const script = document.querySelector('script[type="application/ld+json"]')?.textContent ?? '';
    expect(script).not.toMatch(/<\/?script/i);
    const graph = JSON.parse(script)['@graph'] as Array<Record<string, unknown>>;
    expect(graph.find((node) => node['@type'] === 'Article')).toMatchObject({ headline: TITLE, description: DESCRIPTION });
  });

  it('are escaped in the feed, which still parses', async () => {
    const xml = await (await fetch(`${BASE}/feed.xml`)).text();
    const document = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    const titles = [...document.querySelectorAll('entry > title')].map((element) => element.textContent);
    expect(titles).toContain(TITLE);
  });

  it('are drawn into a social card without breaking it', async () => {
    const response = await fetch(`${BASE}/social/hostile-title.png`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('are escaped on the pages that list them and in search results', async () => {
    for (const pathname of ['/wiki/', '/tags/security/', '/wiki/plain-entry/', '/search/?q=quotes']) {
      const { html, document } = await load(pathname);
      expect([pathname, html.includes('<script>alert')]).toEqual([pathname, false]);
      expect(document.body.textContent).toContain('مرحبا 🚀');
    }
  });

  it('never run a script in a real browser', async () => {
    const session = await openBrowser();
    try {
      const page = await session.context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      for (const pathname of ['/wiki/hostile-title/', '/wiki/', '/search/?q=quotes']) await page.goto(`${BASE}${pathname}`, { waitUntil: 'networkidle' });
      expect(dialogs).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('raw HTML in a .md body', () => {
  it('does not reach the page', async () => {
    const { document } = await load('/wiki/hostile-title/');
    const body = document.querySelector('.entry-body');
    expect(body?.querySelector('script, img')).toBeNull();
    expect(body?.textContent).toContain('</script>');
  });
});
