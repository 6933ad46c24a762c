import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '@/scripts/lib/chromium';
import { BASE_URL } from './server';

export interface Session {
  context: BrowserContext;
  /** Requests that tried to leave the machine; each was answered locally or refused. */
  offsite: string[];
  close(): Promise<void>;
}

/** A 1×1 transparent GIF to stand in for the video thumbnail. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function openBrowser(options: BrowserContextOptions = {}): Promise<Session> {
  const { context, close } = await launchChromium(options);
  const offsite: string[] = [];
  await context.route(
    // Servers under test listen on loopback; everything else would leave the machine.
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      const url = route.request().url();
      offsite.push(url);
      if (url.startsWith('https://i.ytimg.com/')) return route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
      if (url.startsWith('https://www.youtube-nocookie.com/embed/')) return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>player</title><p>player</p>' });
      return route.abort();
    },
  );
  return { context, offsite, close };
}

/** Opens a path and collects console errors and failed same-site requests while the page lives. */
export async function visit(session: Session, pathname: string): Promise<{ page: Page; status: number | undefined; problems: string[] }> {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(BASE_URL)) problems.push(`request failed: ${request.url()}`);
  });
  const response = await page.goto(`${BASE_URL}${pathname}`, { waitUntil: 'networkidle' });
  return { page, status: response?.status(), problems };
}
