import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readState } from '@/scripts/serve/layout';

/**
 * The production layout: nginx in front of two standalone replicas (`npm run serve:prod`), and a
 * content deploy (`npm run deploy`) under load. Needs nginx (CI installs Debian's nginx-light).
 */
const PORT = 8090;
const BASE = `http://127.0.0.1:${PORT}`;
const TSX = path.join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');

let layout: ChildProcess;
let contentDir: string;

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} did not answer`);
}

beforeAll(async () => {
  // The deploy test edits an entry; it does so in a copy, never in content/.
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-content-'));
  fs.cpSync(path.join(process.cwd(), 'content'), contentDir, { recursive: true });
  layout = spawn(process.execPath, [TSX, 'scripts/serve/prod.ts', '--port', String(PORT), '--replicas', '2'], { cwd: process.cwd(), env: { ...process.env, CONTENT_DIR: contentDir }, stdio: 'ignore', detached: true });
  await waitFor(`${BASE}/api/health/`, 180_000);
}, 200_000);

afterAll(async () => {
  if (layout?.pid) process.kill(-layout.pid, 'SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  fs.rmSync(contentDir, { recursive: true, force: true });
});

describe('nginx in front of the replicas', () => {
  it('serves pages from its cache, build files as immutable, and refuses writes', async () => {
    const first = await fetch(`${BASE}/wiki/canisters/`);
    // Read the body: nginx stores a page once it has sent all of it.
    await first.text();
    const second = await fetch(`${BASE}/wiki/canisters/`);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(['HIT', 'UPDATING', 'STALE']).toContain(second.headers.get('x-cache'));
    expect(second.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=86400');
    expect(second.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await second.text())?.[1] as string;
    const asset = await fetch(`${BASE}${script}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const post = await fetch(`${BASE}/wiki/canisters/`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    // nginx refuses this before its rewrite phase, where a `set` variable would not exist yet.
    const malformed = await fetch(`${BASE}/wiki/%ZZ/`);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('sends one set of security headers on every response, redirects and replicas\' pages alike', async () => {
    // Next sends no security headers with its trailing-slash redirect; nginx adds them.
    const redirect = await fetch(`${BASE}/wiki/canisters`, { redirect: 'manual' });
    const page = await fetch(`${BASE}/wiki/canisters/`);
    const search = await fetch(`${BASE}/search/?q=cycles`);
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1] as string;
    const asset = await fetch(`${BASE}${script}`);
    expect([redirect.status, redirect.headers.get('location')]).toEqual([308, '/wiki/canisters/']);
    for (const response of [redirect, page, search, asset]) {
      // A header sent twice would read "DENY, DENY".
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';[^,]*frame-ancestors 'none'/);
      expect(response.headers.get('permissions-policy')).toContain('autoplay=(self "https://www.youtube-nocookie.com")');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
  });

  it('passes search through uncached and keeps HTML and RSC requests apart', async () => {
    const search = await fetch(`${BASE}/search/?q=cycles`);
    expect(search.status).toBe(200);
    expect(search.headers.get('x-cache')).toBe('BYPASS');
    const rsc = await fetch(`${BASE}/wiki/cycles/`, { headers: { RSC: '1' } });
    expect(rsc.headers.get('content-type')).toContain('text/x-component');
    expect((await fetch(`${BASE}/wiki/cycles/`)).headers.get('content-type')).toContain('text/html');
  });

  it('has replicas that share nothing but the build: they answer byte for byte alike', async () => {
    const state = readState();
    expect(state?.replicas).toHaveLength(2);
    for (const pathname of ['/', '/wiki/canisters/', '/tags/governance/', '/feed.xml', '/sitemap.xml', '/api/search/?q=chain+key', '/search/?q=subnet']) {
      const [a, b] = await Promise.all(state!.replicas.map(async (replica) => (await fetch(`http://127.0.0.1:${replica.port}${pathname}`)).text()));
      expect([pathname, a === b]).toEqual([pathname, true]);
    }
  });
});

describe('a content deploy', () => {
  it('goes live with the new content while the site answers every request', async () => {
    const entry = path.join(contentDir, 'wiki', 'cycles.md');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/^title: Cycles$/m, 'title: Cycles (deployed)'));
    const before = readState();
    let stop = () => {};
    const load = new Promise<Result>((resolve, reject) => {
      const instance = autocannon({ url: BASE, duration: 200, connections: 10, requests: [{ path: '/wiki/canisters/' }, { path: '/search/?q=cycles' }, { path: '/wiki/cycles/' }, { path: '/tags/governance/' }] }, (error, result) => (error ? reject(error) : resolve(result)));
      stop = () => instance.stop();
    });
    const deploy = await new Promise<number>((resolve) => spawn(process.execPath, [TSX, 'scripts/serve/deploy.ts'], { cwd: process.cwd(), env: { ...process.env, CONTENT_DIR: contentDir }, stdio: 'ignore' }).on('exit', (code) => resolve(code ?? 1)));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    stop();
    expect(deploy).toBe(0);
    const result = await load;
    expect(result.requests.total).toBeGreaterThan(1_000);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    const after = readState();
    expect(after?.release).not.toBe(before?.release);
    expect(after?.replicas.map((replica) => replica.port)).not.toEqual(before?.replicas.map((replica) => replica.port));
    // Cached pages are refreshed within seconds of a deploy.
    let html = '';
    for (let attempt = 0; attempt < 30 && !html.includes('Cycles (deployed)'); attempt += 1) {
      html = await (await fetch(`${BASE}/wiki/cycles/`)).text();
      if (!html.includes('Cycles (deployed)')) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(html).toContain('<h1 id="entry-title">Cycles (deployed)</h1>');
  }, 240_000);

  it('leaves the running site untouched when the new build fails', async () => {
    const entry = path.join(contentDir, 'wiki', 'canisters.md');
    fs.writeFileSync(entry, fs.readFileSync(entry, 'utf8').replace(/^date: .*$/m, 'date: 2026-02-30'));
    const before = readState();
    const deploy = spawnSync(process.execPath, [TSX, 'scripts/serve/deploy.ts'], { cwd: process.cwd(), env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
    expect(deploy.status).toBe(1);
    expect(deploy.stderr).toContain('deploy failed, the running site is unchanged');
    expect(readState()).toEqual(before);
    expect((await fetch(`${BASE}/wiki/canisters/`)).status).toBe(200);
  }, 120_000);
});
