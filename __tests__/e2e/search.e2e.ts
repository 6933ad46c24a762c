import { JSDOM } from 'jsdom';
import { openBrowser, visit, type Session } from './browser';
import { BASE_URL } from './server';

let session: Session;

beforeAll(async () => {
  session = await openBrowser();
});

afterAll(async () => {
  await session.close();
});

describe('search with JavaScript', () => {
  it('suggests "Chain-key cryptography" first for "chain key" and opens it from the keyboard', async () => {
    const { page, problems } = await visit(session, '/');
    const box = page.getByRole('combobox', { name: 'Search the wiki' });
    await box.fill('chain key');
    const first = page.getByRole('option').first();
    await first.waitFor();
    expect(await first.locator('.search-suggestion-title').textContent()).toBe('Chain-key cryptography');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('ArrowDown');
    expect(await first.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(`${BASE_URL}/wiki/chain-key-cryptography/`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('submits to the results page when no suggestion is chosen', async () => {
    const { page } = await visit(session, '/wiki/');
    const box = page.getByRole('combobox', { name: 'Search the wiki' });
    await box.fill('chain key');
    await box.press('Enter');
    await page.waitForURL(`${BASE_URL}/search/?q=chain+key`);
    expect(await page.locator('.search-hit-title').first().textContent()).toBe('Chain-key cryptography');
    await page.close();
  });
});

describe('search without JavaScript', () => {
  it('finds "chain key" through the plain form and highlights the matches', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false });
    try {
      const { page } = await visit(noScript, '/');
      await page.getByRole('combobox', { name: 'Search the wiki' }).fill('chain key');
      await page.getByRole('button', { name: 'Search' }).first().click();
      await page.waitForURL(`${BASE_URL}/search/?q=chain+key`);
      const titles = await page.locator('.search-hit-title').allTextContents();
      expect(titles[0]).toBe('Chain-key cryptography');
      expect(await page.locator('.search-hit-title').first().locator('mark').allTextContents()).toEqual(['Chain', 'key']);
      expect(await page.getByRole('status').textContent()).toMatch(/^\d+ entries match “chain key”/);
    } finally {
      await noScript.close();
    }
  });
});

describe('the results page', () => {
  it('is not indexed and pages through results', async () => {
    const { page, status } = await visit(session, '/search/?q=canister');
    expect(status).toBe(200);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    const pagination = page.getByRole('navigation', { name: 'Pages of results' });
    await pagination.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL(`${BASE_URL}/search/?q=canister&page=2`);
    expect(await page.locator('ol.search-hits').getAttribute('start')).toBe('11');
    await page.close();
  });

  it('offers a correction for a query with no hits, and the correction finds entries', async () => {
    const { page } = await visit(session, '/search/?q=gsa');
    expect(await page.getByRole('status').textContent()).toBe('No entries match “gsa”.');
    await page.locator('.search-suggestion a').click();
    await page.waitForURL((url) => url.searchParams.get('q') !== 'gsa');
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ entr(y matches|ies match)/);
    await page.close();
  });

  it('narrows by tag', async () => {
    const { page } = await visit(session, '/search/?q=tag%3Agovernance');
    const titles = await page.locator('.search-hit-title').allTextContents();
    expect(titles).toContain('Network Nervous System');
    expect(titles).not.toContain('Motoko');
    await page.close();
  });
});

describe('bad queries get a proper page, never a 500', () => {
  it.each([
    ['empty', '/search/?q='],
    ['no parameter', '/search/'],
    ['whitespace', '/search/?q=%20%20%20'],
    ['regex metacharacters', '/search/?q=.*(%5B%5C'],
    ['q given twice', '/search/?q=cycles&q=subnets'],
    ['emoji', '/search/?q=%F0%9F%98%80%F0%9F%9A%80'],
    ['right-to-left text', '/search/?q=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7'],
    ['a 10 KB query', `/search/?q=${'chain%20'.repeat(1_400)}`],
    ['markup', '/search/?q=%3C%2Ftitle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
    ['a page number that is not one', '/search/?q=cycles&page=abc'],
  ])('%s', async (_, path) => {
    const response = await fetch(`${BASE_URL}${path}`);
    expect(response.status).toBe(200);
    const document = new JSDOM(await response.text()).window.document;
    expect(document.querySelector('h1')?.textContent).toBe('Search');
    expect([...document.querySelectorAll('main script')]).toEqual([]);
  });

  it('says when a long query was shortened', async () => {
    const document = new JSDOM(await (await fetch(`${BASE_URL}/search/?q=${'chain%20'.repeat(1_400)}`)).text()).window.document;
    expect(document.querySelector('.notice')?.textContent).toBe('Your search was longer than 200 characters, so only the first 200 were used.');
  });

  it('uses the first of two q parameters', async () => {
    const document = new JSDOM(await (await fetch(`${BASE_URL}/search/?q=cycles&q=subnets`)).text()).window.document;
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/match “cycles”/);
  });
});
