import { JSDOM } from 'jsdom';
import { BASE_URL } from './server';

/**
 * The real content fits on one page everywhere, so these check the addresses around the pages:
 * page 1 has one address, every other page/N/ is a real 404, and the on-demand full lists answer
 * for entries that exist and 404 (with the site's 404 page, not an empty document) for the rest.
 */

async function get(pathname: string) {
  const response = await fetch(`${BASE_URL}${pathname}`, { redirect: 'manual' });
  const document = new JSDOM(await response.text()).window.document;
  return { status: response.status, document };
}

describe('paginated listings', () => {
  it.each(['/wiki/page/1/', '/wiki/page/2/', '/wiki/page/0/', '/wiki/page/abc/', '/wiki/page/999/', '/wiki/page/', '/tags/governance/page/1/', '/tags/governance/page/2/', '/tags/no-such-tag/page/2/'])(
    '%s is a 404',
    async (pathname) => {
      const { status, document } = await get(pathname);
      expect(status).toBe(404);
      expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    },
  );

  it('shows no page navigation when everything fits on page 1', async () => {
    for (const pathname of ['/wiki/', '/tags/governance/']) {
      const { status, document } = await get(pathname);
      expect(status).toBe(200);
      expect(document.querySelector('nav.pagination')).toBeNull();
    }
  });
});

describe('the full backlink and hub member lists', () => {
  it('answer for an entry, noindex, with their own canonical URL', async () => {
    const lists: Array<[string, string]> = [
      ['/wiki/canisters/links/', 'Pages linking to Canisters'],
      ['/wiki/network-nervous-system/members/', 'In the hub Network Nervous System'],
    ];
    for (const [pathname, heading] of lists) {
      const { status, document } = await get(pathname);
      expect(status).toBe(200);
      expect(document.querySelector('h1')?.textContent).toBe(heading);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${pathname}$`));
      expect(document.querySelectorAll('.entry-link-list li').length).toBeGreaterThan(0);
    }
  });

  it.each(['/wiki/no-such-entry/links/', '/wiki/no-such-entry/members/', '/wiki/canisters/members/', '/wiki/canisters/links/page/1/', '/wiki/canisters/links/page/2/'])(
    '%s is a 404 with the site layout, readable without JavaScript',
    async (pathname) => {
      const { status, document } = await get(pathname);
      expect(status).toBe(404);
      expect(document.documentElement.lang).toBe('en');
      expect(document.querySelector('h1')?.textContent).toBe('Page not found');
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    },
  );

  it('show an alias the list of its entry, under the canonical URL of the entry', async () => {
    // Not a redirect: Next 16.4 sends the Location header of a redirect rendered on demand twice.
    const { status, document } = await get('/wiki/nns/links/');
    expect(status).toBe(200);
    expect(document.querySelector('h1')?.textContent).toBe('Pages linking to Network Nervous System');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/wiki\/network-nervous-system\/links\/$/);
  });
});
