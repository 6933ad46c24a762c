import type { Page } from 'playwright-core';
import { openBrowser, visit, type Session } from './browser';

/**
 * WCAG 2.2 AA, checked by axe-core inside the page, in light and dark mode, on every kind of page
 * a reader meets; plus what axe cannot see: keyboard use, focus visibility and heading order.
 */
const KEY_PAGES = [
  '/',
  '/wiki/',
  '/wiki/internet-computer-protocol/',
  '/wiki/building-on-icp/',
  '/wiki/motoko/',
  '/tags/',
  '/tags/governance/',
  '/document-library/',
  '/search/?q=chain+key',
  '/maintenance/',
  '/wiki/no-such-entry/',
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  }, AXE_TAGS);
  return violations;
}

describe.each(['light', 'dark'] as const)('axe in %s mode', (colorScheme) => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser({ colorScheme });
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(KEY_PAGES)('finds no WCAG 2.2 AA violation on %s', async (pathname) => {
    const { page } = await visit(session, pathname);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds none with the search suggestions open or the video playing', async () => {
    const { page } = await visit(session, '/wiki/internet-computer-protocol/');
    await page.getByRole('combobox', { name: 'Search the wiki' }).fill('canister');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Play video: See it in motion' }).click();
    await page.locator('iframe[title="See it in motion"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('keyboard', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session.close();
  });

  it('starts with a visible skip link that moves focus to the content', async () => {
    const { page } = await visit(session, '/wiki/canisters/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  it.each(['/', '/wiki/internet-computer-protocol/', '/search/?q=cycles'])('reaches every control on %s, each with a visible focus indicator', async (pathname) => {
    const { page } = await visit(session, pathname);
    const controls = await page.evaluate(() => document.querySelectorAll('a[href], button, input, [tabindex="0"]').length);
    const reached = new Set<string>();
    const unmarked: string[] = [];
    for (let step = 0; step < controls + 5; step += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const marked = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        const index = [...document.querySelectorAll('a[href], button, input, [tabindex="0"]')].indexOf(element);
        return { index, marked, label: `${element.tagName.toLowerCase()} ${element.textContent?.trim().slice(0, 30) ?? ''}` };
      });
      if (!focus) continue;
      reached.add(String(focus.index));
      if (!focus.marked) unmarked.push(focus.label);
    }
    expect(unmarked).toEqual([]);
    expect(reached.size).toBe(controls);
    await page.close();
  });
});

describe('document structure', () => {
  it.each(KEY_PAGES)('has one h1 and no skipped heading level on %s', async (pathname) => {
    const session = await openBrowser();
    try {
      const { page } = await visit(session, pathname);
      const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])));
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      const skips = levels.flatMap((level, index) => (index > 0 && level > (levels[index - 1] as number) + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
      expect(skips).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('on a phone', () => {
  let session: Session;

  beforeAll(async () => {
    session = await openBrowser({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });

  afterAll(async () => {
    await session.close();
  });

  it.each(['/wiki/building-on-icp/', '/wiki/motoko/', '/wiki/subnets/', '/search/?q=canister', '/maintenance/'])('keeps wide tables and code inside their own scrolling box on %s', async (pathname) => {
    const { page } = await visit(session, pathname);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('offers the navigation and search as targets of at least 24 by 24 pixels', async () => {
    const { page } = await visit(session, '/');
    const targets = await page.evaluate(() =>
      [...document.querySelectorAll('header a, header button, header input')].map((element) => {
        const box = element.getBoundingClientRect();
        return { label: element.textContent?.trim() || element.getAttribute('aria-label') || element.tagName, width: Math.round(box.width), height: Math.round(box.height), inside: box.right <= window.innerWidth };
      }),
    );
    const small = targets.filter((target) => target.label !== 'Skip to content' && (target.width < 24 || target.height < 24 || !target.inside));
    expect(small).toEqual([]);
    await page.close();
  });
});
