import { spawnSync } from 'node:child_process';
import { formatDate } from '@/lib/site/format-date';
import { openBrowser, visit, type Session } from './browser';
import { BASE_URL } from './server';

/** The file's last commit date, or null in a shallow clone (where the page shows none). */
function lastCommitDate(file: string): string | null {
  if (spawnSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).stdout.trim() !== 'false') return null;
  return spawnSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).stdout.trim() || null;
}

let session: Session;

beforeAll(async () => {
  session = await openBrowser();
});

afterAll(async () => {
  await session.close();
});

const SEED = '/wiki/internet-computer-protocol/';

describe('the seed entry', () => {
  it('shows every part of the entry as its author wrote it', async () => {
    const { page, status, problems } = await visit(session, SEED);
    expect(status).toBe(200);
    expect(await page.title()).toBe('Internet Computer Protocol · icp-wiki');
    expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual(['Internet Computer Protocol']);

    const note = page.getByRole('note', { name: 'Note' });
    await expect(note.innerText()).resolves.toContain('Canisters are sometimes called “smart contracts” in blockchain literature');
    const article = await page.locator('.entry-body').innerText();
    expect(article).toContain('the platform’s evolution');
    expect(article).not.toMatch(/&[a-z]+;|\[!NOTE\]/);

    // The editor's dates under the title, as the metadata, feed and sitemap give them; the file's
    // last commit (the import, or a later typo fix) only at the foot, beside the edit link.
    await expect(page.locator('.entry-dates').innerText()).resolves.toBe('Published 12 April 2026 · Updated 30 April 2026');
    const committed = lastCommitDate('content/wiki/internet-computer-protocol.md');
    const source = await page.getByRole('complementary', { name: 'About this page' }).innerText();
    if (committed) expect(source).toContain(`Last edited ${formatDate(committed)}`);
    else expect(source).not.toContain('Last edited');

    const tags = await page.getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents();
    expect(tags).toEqual(['protocol', 'architecture', 'core-concept']);

    const related = page.getByRole('region', { name: 'Related entries' });
    await expect(related.getByRole('link', { name: 'Chain-key cryptography' }).getAttribute('href')).resolves.toBe('/wiki/chain-key-cryptography/');
    await expect(related.getByRole('link', { name: 'Cloud engines' }).getAttribute('href')).resolves.toBe('/wiki/cloud-engines/');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads nothing from YouTube but the thumbnail until the reader clicks play, then the nocookie player', async () => {
    // A fresh profile, so the thumbnail cannot come from an earlier test's cache.
    const fresh = await openBrowser();
    try {
      const { page } = await visit(fresh, SEED);
      const play = page.getByRole('link', { name: 'Play video: See it in motion' });
      expect(await play.getAttribute('href')).toBe('https://www.youtube.com/watch?v=fUfbWAHSygo');
      // The thumbnail loads lazily: nothing at all goes to YouTube until the card nears the viewport.
      expect(fresh.offsite).toEqual([]);
      const thumbnail = page.waitForResponse('https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg');
      await play.scrollIntoViewIfNeeded();
      await thumbnail;
      expect(fresh.offsite).toEqual(['https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg']);

      const player = page.waitForResponse('https://www.youtube-nocookie.com/embed/fUfbWAHSygo?autoplay=1&rel=0');
      await play.click();
      const frame = page.locator('iframe[title="See it in motion"]');
      await frame.waitFor();
      expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/fUfbWAHSygo?autoplay=1&rel=0');
      expect(await frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin');
      await player;
      expect(fresh.offsite).toEqual(['https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg', 'https://www.youtube-nocookie.com/embed/fUfbWAHSygo?autoplay=1&rel=0']);
    } finally {
      await fresh.close();
    }
  });

  it('plays the video from the keyboard', async () => {
    const { page } = await visit(session, SEED);
    await page.getByRole('link', { name: 'Play video: See it in motion' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('iframe[title="See it in motion"]').waitFor();
    await page.close();
  });

  it('jumps to a section from the table of contents', async () => {
    const { page } = await visit(session, SEED);
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Subnets' }).click();
    await page.waitForFunction(() => window.location.hash === '#subnets');
    // Scrolling is smooth: wait until the heading has arrived near the top of the viewport.
    await page.waitForFunction(() => {
      const top = document.getElementById('subnets')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < 200;
    });
    await page.close();
  });
});

describe('reading journeys', () => {
  it('goes home → hub → entry → tag → entry through a related card and a backlink', async () => {
    const { page } = await visit(session, '/');
    await page.getByRole('region', { name: 'Start with a hub' }).getByRole('link', { name: 'Network Nervous System' }).click();
    await page.waitForURL(`${BASE_URL}/wiki/network-nervous-system/`);
    await page.getByRole('region', { name: /In this hub/ }).getByRole('link', { name: 'Neurons' }).click();
    await page.waitForURL(`${BASE_URL}/wiki/neurons/`);
    await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'governance' }).click();
    await page.waitForURL(`${BASE_URL}/tags/governance/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('governance');
    await page.getByRole('link', { name: 'Service Nervous System' }).click();
    await page.waitForURL(`${BASE_URL}/wiki/service-nervous-system/`);
    const firstRelated = page.getByRole('region', { name: 'Related entries' }).getByRole('article').first().getByRole('link');
    const relatedTitle = await firstRelated.textContent();
    await firstRelated.click();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, relatedTitle);
    const backlink = page.getByRole('region', { name: 'Linked from' }).getByRole('link').first();
    const backlinkTitle = await backlink.textContent();
    await backlink.click();
    await page.waitForFunction((title) => document.querySelector('h1')?.textContent === title, backlinkTitle);
    await page.close();
  });

  it('lists every entry A-Z', async () => {
    const { page } = await visit(session, '/wiki/');
    const titles = await page.locator('.entry-index dt a').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(10);
    expect([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(titles);
    await page.close();
  });

  it('redirects an alias permanently to its entry', async () => {
    const response = await fetch(`${BASE_URL}/wiki/chain-key/`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/wiki/chain-key-cryptography/');
    const { page } = await visit(session, '/wiki/chain-key/');
    expect(page.url()).toBe(`${BASE_URL}/wiki/chain-key-cryptography/`);
    await page.close();
  });

  it('answers an unknown slug with a real 404 that suggests the closest entries', async () => {
    const { page, status } = await visit(session, '/wiki/chain-key-cryptograpy/');
    expect(status).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    const suggestions = page.getByRole('region', { name: 'Did you mean' });
    await suggestions.waitFor();
    expect(await suggestions.getByRole('link').first().textContent()).toBe('Chain-key cryptography');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows the full entry, working links and the video as a link', async () => {
    const noScript = await openBrowser({ javaScriptEnabled: false });
    try {
      const { page } = await visit(noScript, SEED);
      await expect(page.getByRole('note', { name: 'Note' }).isVisible()).resolves.toBe(true);
      expect(await page.getByRole('link', { name: 'Play video: See it in motion' }).getAttribute('href')).toBe('https://www.youtube.com/watch?v=fUfbWAHSygo');
      await page.getByRole('region', { name: 'Related entries' }).getByRole('link', { name: 'Cloud engines' }).click();
      await page.waitForURL(`${BASE_URL}/wiki/cloud-engines/`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Cloud engines');
    } finally {
      await noScript.close();
    }
  });
});

describe('on a phone', () => {
  it.each(['/', SEED, '/wiki/', '/tags/', '/wiki/cycles/'])('%s fits the screen without horizontal scrolling', async (pathname) => {
    const phone = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      const { page } = await visit(phone, pathname);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  });
});
