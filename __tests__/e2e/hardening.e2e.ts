import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { getEntry } from '@/lib/content';
import { checkBuildHealth } from '@/lib/site/health';
import { openBrowser, visit } from './browser';
import { BASE_URL } from './server';

const REQUIRED_HEADERS = ['content-security-policy', 'strict-transport-security', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

describe('security headers', () => {
  const staticAsset = () => {
    const chunk = fs.readdirSync(path.join(process.cwd(), '.next/static/chunks')).find((name) => name.endsWith('.js'));
    return `/_next/static/chunks/${chunk}`;
  };

  it.each([
    ['an entry page', '/wiki/canisters/', 200],
    ['the home page', '/', 200],
    ['a 404', '/wiki/no-such-entry/', 404],
    ['a 400 for a malformed address', '/wiki/%ZZ/', 400],
    ['the search page', '/search/?q=cycles', 200],
    ['the search API', '/api/search/?q=cycles', 200],
    ['the feed', '/feed.xml', 200],
    ['a public image', '/img/static/home-share.jpg', 200],
    ['a social card', '/social/site.png', 200],
    ['an alias redirect', '/wiki/nns/', 308],
  ])('are sent with %s', async (_, pathname, status) => {
    const response = await fetch(`${BASE_URL}${pathname}`, { redirect: 'manual' });
    expect(response.status).toBe(status);
    for (const header of REQUIRED_HEADERS) expect([header, response.headers.get(header) !== null]).toEqual([header, true]);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('are sent with static build files', async () => {
    const response = await fetch(`${BASE_URL}${staticAsset()}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lock down framing, plugins, base and forms, and allow only the YouTube nocookie player', async () => {
    const csp = (await fetch(`${BASE_URL}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com');
    expect(csp).not.toContain('unsafe-eval');
    expect((await fetch(`${BASE_URL}/`)).headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('the Content Security Policy in a real browser', () => {
  it('is never violated on the key pages, the video player included', async () => {
    const session = await openBrowser();
    try {
      await session.context.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = violations;
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      for (const pathname of ['/', '/wiki/', '/tags/', '/tags/governance/', '/search/?q=chain+key', '/document-library/', '/wiki/no-such-entry/', '/wiki/internet-computer-protocol/']) {
        const { page, problems } = await visit(session, pathname);
        if (pathname === '/wiki/internet-computer-protocol/') {
          await page.getByRole('link', { name: 'Play video: See it in motion' }).click();
          await page.locator('iframe[title="See it in motion"]').waitFor();
          await page.waitForLoadState('networkidle');
        }
        const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
        expect([pathname, violations, problems.filter((problem) => !problem.includes('404'))]).toEqual([pathname, [], []]);
        await page.close();
      }
    } finally {
      await session.close();
    }
  }, 60_000);
});

describe('hostile requests get a 4xx, never a 500', () => {
  it.each([
    ['/wiki/..%2F..%2Fetc%2Fpasswd/', 404],
    ['/wiki/%2e%2e%2f%2e%2e%2fetc%2fpasswd/', 404],
    ['/wiki/%252F/', 404],
    ['/wiki/entry-0%00/', 404],
    ['/wiki/canisters/extra/', 404],
    ['/wiki/%ZZ/', 400],
    ['/tags/%ZZ/', 400],
    ['/%ZZ/', 400],
    ['/wiki/<5,000-character slug>/', 404],
    ['/WIKI/canisters/', 404],
    ['/wiki/canisters.html', 404],
    ['/wiki/no-such-entry/', 404],
    ['/tags/no-such-tag/', 404],
    ['/search/?q=%ZZ', 200],
  ])('%s → %i', async (pathname, status) => {
    const address = pathname.replace('<5,000-character slug>', 'a'.repeat(5_000));
    expect((await fetch(`${BASE_URL}${address}`)).status).toBe(status);
  });

  it('answers a 20 KB address with 431', async () => {
    expect((await fetch(`${BASE_URL}/search/?q=${'a'.repeat(20_000)}`)).status).toBe(431);
  });

  it('serves encoded forms of a slug as the same page, whose canonical URL names the one true address', async () => {
    for (const pathname of ['/wiki/canister%73/', '/wiki/%63anisters/']) {
      const response = await fetch(`${BASE_URL}${pathname}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<link rel="canonical" href="http://localhost:3000/wiki/canisters/"/>');
    }
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('answers %s to a page without a server error', async (method) => {
    // node:http, because fetch refuses to send TRACE at all.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${BASE_URL}/wiki/canisters/`, { method }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.end();
    });
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);
  });
});

describe('the API', () => {
  it('answers an address it does not have with a JSON 404', async () => {
    for (const pathname of ['/api/nope/', '/api/search/extra/']) {
      const response = await fetch(`${BASE_URL}${pathname}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toMatchObject({ error: 'not found' });
    }
  });

  it('answers a write with 405 and the methods it allows', async () => {
    const response = await fetch(`${BASE_URL}/api/search/?q=cycles`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('the health check', () => {
  it('reports a healthy build', async () => {
    const response = await fetch(`${BASE_URL}/api/health/`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('reports a truncated page or a missing script in a damaged copy of the build', () => {
    const entry = getEntry('internet-computer-protocol');
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-build-'));
    try {
      fs.cpSync(path.join(process.cwd(), '.next/server/app/wiki'), path.join(copy, 'server/app/wiki'), { recursive: true });
      fs.cpSync(path.join(process.cwd(), '.next/static'), path.join(copy, 'static'), { recursive: true });
      expect(checkBuildHealth(copy, entry).healthy).toBe(true);

      const page = path.join(copy, 'server/app/wiki/internet-computer-protocol.html');
      const html = fs.readFileSync(page, 'utf8');
      fs.writeFileSync(page, html.slice(0, Math.floor(html.length / 2)));
      const truncated = checkBuildHealth(copy, entry);
      expect(truncated.healthy).toBe(false);
      expect(truncated.checks.filter((check) => !check.ok).map((check) => check.name)).toContain('page-complete');

      fs.writeFileSync(page, html);
      const script = /src="\/_next\/static\/([^"]+\.js)"/.exec(html)?.[1] as string;
      fs.rmSync(path.join(copy, 'static', script));
      expect(checkBuildHealth(copy, entry).checks.find((check) => check.name === 'assets')).toMatchObject({ ok: false });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
