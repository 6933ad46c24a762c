/**
 * `npm run screenshots`: PNG screenshots of the key pages at desktop and phone widths, in light and
 * dark mode, written to screenshots/ (git-ignored) from the production build, for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/chromium';
import { startNextServer } from './lib/next-server';

const PAGES: Record<string, string> = {
  home: '/',
  index: '/wiki/',
  'entry-seed': '/wiki/internet-computer-protocol/',
  'entry-code-table': '/wiki/building-on-icp/',
  tags: '/tags/',
  tag: '/tags/governance/',
  search: '/search/?q=chain+key',
  'not-found': '/wiki/chain-key-cryptograpy/',
  maintenance: '/maintenance/',
};
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const OUTPUT = path.join(process.cwd(), 'screenshots');

async function main() {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const server = await startNextServer({ port: 3400 });
  try {
    for (const [device, viewport] of Object.entries(VIEWPORTS)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const browser = await launchChromium({ viewport, colorScheme, isMobile: device === 'phone', hasTouch: device === 'phone' });
        // Screenshots stay on this machine: YouTube's thumbnail host is not reached.
        await browser.context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
        try {
          for (const [name, pathname] of Object.entries(PAGES)) {
            const page = await browser.context.newPage();
            await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' });
            const file = path.join(OUTPUT, `${name}-${device}-${colorScheme}.png`);
            await page.screenshot({ path: file, fullPage: true });
            console.log(path.relative(process.cwd(), file));
            await page.close();
          }
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
