/**
 * `npm run bench [-- --large]`: the performance figures and budgets of the wiki, on generated
 * corpora shaped like the real entries. Prints one table and writes bench-results/bench.json.
 *
 * 1. content load + validate + index, 1,000 and 10,000 entries (fresh process each, median of 3)
 * 2. `next build` of 1,000 entries (10,000 with --large): wall time and peak memory of the process tree
 * 3. page weight: HTML raw/gzip and first-load JavaScript (gzip of the scripts the page loads),
 *    beside the framework floor: a minimal App Router page built by the same `next` (floor-app/)
 * 4. `next start` throughput and latency on an entry page, against a plain static file server
 * 5. `npm run check` on 1,000 entries, and the search index on 10,000
 * 6. Lighthouse on an entry page with a video card, mobile and desktop (median of 3 runs), and
 *    on the floor page, mobile, as the yardstick for what this machine gives any Next.js page
 */
import autocannon, { type Result } from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { generateCorpus } from './generate-corpus';
import { runLighthouse, type FormFactor, type LighthouseFigures } from './lighthouse';
import { NEXT_BIN, processTreeRss, startNextServer, type RunningServer } from '../lib/next-server';

const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const LARGE = process.argv.includes('--large');
const FLOOR_APP = path.join(ROOT, 'scripts/bench/floor-app');
const SEED = 42;

const figures: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, large: LARGE };
const rows: Array<[string, string, string]> = [];
const verdicts: Array<[string, boolean]> = [];

function record(name: string, value: string, budget = '') {
  rows.push([name, value, budget]);
  console.log(`  ${name}: ${value}${budget ? `   (budget ${budget})` : ''}`);
}

function judge(name: string, ok: boolean) {
  verdicts.push([name, ok]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// A change to the generator makes a new corpus, never a stale one reused from an earlier run.
const GENERATOR_VERSION = createHash('sha256').update(fs.readFileSync(path.join(ROOT, 'scripts/bench/generate-corpus.ts'))).digest('hex').slice(0, 8);

function corpus(entries: number): string {
  const dir = path.join(os.tmpdir(), 'icp-wiki-bench', `corpus-${entries}-seed${SEED}-${GENERATOR_VERSION}`);
  if (!fs.existsSync(path.join(dir, 'wiki'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    generateCorpus(dir, { entries, seed: SEED });
  }
  return dir;
}

function child<T>(script: string, args: string[], env: Record<string, string> = {}): T {
  // tsx's CLI runs the script in a process of its own, which would not get --expose-gc: without a
  // collection before and after, heap figures count garbage. Loading tsx as a hook keeps one process.
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${script} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as T;
}

async function timedBuild(contentDir: string, distDir: string): Promise<{ seconds: number; peakMB: number; ok: boolean }> {
  fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  const started = performance.now();
  // The build as `npm run build` runs it, minus the content check (measured on its own below).
  const build = spawn('npm', ['run', '--silent', 'build:next'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  build.stdout.on('data', (chunk) => (output += chunk));
  build.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, processTreeRss(build.pid as number));
  }, 200);
  const code = await new Promise<number>((resolve) => build.on('exit', (exit) => resolve(exit ?? 1)));
  clearInterval(sampler);
  if (code !== 0) console.error(output.slice(-3000));
  return { seconds: Math.round((performance.now() - started) / 100) / 10, peakMB: Math.round(peak / 2 ** 20), ok: code === 0 };
}

/** Builds and starts the framework-floor page (see floor-app/next.config.ts). */
async function startFloorApp(): Promise<RunningServer> {
  const build = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: FLOOR_APP, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the framework-floor page did not build:\n${build.stdout.slice(-2000)}${build.stderr.slice(-2000)}`);
  return startNextServer({ port: 3502, cwd: FLOOR_APP });
}

async function pageWeight(url: string, scriptCache: Map<string, number>) {
  const html = await (await fetch(url)).text();
  // noModule scripts are polyfills that browsers with ES modules (all current ones) never load.
  const scripts = [...html.matchAll(/<script([^>]+)src="([^"]+)"([^>]*)>/g)].filter((match) => !/noModule/i.test(`${match[1]}${match[3]}`)).map((match) => match[2] as string);
  let js = 0;
  for (const src of new Set(scripts)) {
    if (!scriptCache.has(src)) scriptCache.set(src, zlib.gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer()), { level: 9 }).length);
    js += scriptCache.get(src) ?? 0;
  }
  return { html, weight: { htmlKB: Math.round(Buffer.byteLength(html) / 102.4) / 10, htmlGzipKB: Math.round(zlib.gzipSync(html, { level: 9 }).length / 102.4) / 10, jsGzipKB: Math.round(js / 102.4) / 10 } };
}

function cannon(url: string, seconds = 10): Promise<Result> {
  return new Promise((resolve, reject) => autocannon({ url, duration: seconds, connections: 20 }, (error, result) => (error ? reject(error) : resolve(result))));
}

async function main() {
  console.log('1. content load + validate + index');
  for (const size of [1_000, 10_000]) {
    const dir = corpus(size);
    const runs = [0, 1, 2].map(() => child<{ totalMs: number; heapMB: number; problems: number }>('scripts/bench/measure-load.ts', [dir]));
    const ms = median(runs.map((run) => run.totalMs));
    const heap = median(runs.map((run) => run.heapMB));
    figures[`load${size}`] = { ms, heapMB: heap, problems: runs[0]?.problems };
    record(`load+index ${size.toLocaleString('en')} entries`, `${ms} ms, ${heap} MB heap`, size === 10_000 ? '1,500 ms' : '');
    if (size === 10_000) judge('load+index of 10,000 entries under 1.5 s', ms < 1_500);
  }

  console.log('2. next build');
  const buildSizes = LARGE ? [1_000, 10_000] : [1_000];
  for (const size of buildSizes) {
    const result = await timedBuild(corpus(size), `.next-bench-${size}`);
    figures[`build${size}`] = result;
    const budget = size === 1_000 ? '35 s, 1,536 MB' : '360 s, 6,144 MB';
    record(`next build ${size.toLocaleString('en')} entries`, result.ok ? `${result.seconds} s, peak ${result.peakMB} MB` : 'FAILED', budget);
    judge(`build of ${size} entries within budget`, result.ok && (size === 1_000 ? result.seconds < 35 && result.peakMB < 1_536 : result.seconds < 360 && result.peakMB < 6_144));
  }

  console.log('3. page weight and 4. serving');
  const size = buildSizes[buildSizes.length - 1] as number;
  const dir = corpus(size);
  const server = await startNextServer({ port: 3500, distDir: `.next-bench-${size}`, contentDir: dir });
  let floor: RunningServer | undefined;
  try {
    floor = await startFloorApp();
    const floorUrl = floor.url;
    const slugs = fs.readdirSync(path.join(dir, 'wiki')).map((file) => file.replace(/\.md$/, ''));
    const hub = slugs.find((slug) => fs.readFileSync(path.join(dir, 'wiki', `${slug}.md`), 'utf8').includes('\nhub: true')) as string;
    const entry = slugs.find((slug) => slug !== hub) as string;
    // The richest kind of entry page: a video card on top of callouts, tables and code.
    const videoEntry = slugs.find((slug) => slug !== hub && fs.readFileSync(path.join(dir, 'wiki', `${slug}.md`), 'utf8').includes('youtube.com/watch')) ?? entry;
    const tag = /tags:\n {2}- ([a-z0-9-]+)/.exec(fs.readFileSync(path.join(dir, 'wiki', `${entry}.md`), 'utf8'))?.[1] ?? 'protocol';
    const scriptCache = new Map<string, number>();
    const weights: Record<string, { htmlKB: number; htmlGzipKB: number; jsGzipKB: number }> = {};
    let entryHtml = '';
    for (const [name, pathname] of Object.entries({ entry: `/wiki/${entry}/`, home: '/', tag: `/tags/${tag}/`, hub: `/wiki/${hub}/` })) {
      const { html, weight } = await pageWeight(`${server.url}${pathname}`, scriptCache);
      if (name === 'entry') entryHtml = html;
      weights[name] = weight;
      record(`${name} page`, `HTML ${weight.htmlKB} KB (${weight.htmlGzipKB} KB gzip), first-load JS ${weight.jsGzipKB} KB gzip`, name === 'entry' ? 'HTML 40 KB gzip; JS the floor + 10 KB gzip' : '');
    }
    const { weight: floorWeight } = await pageWeight(`${floorUrl}/`, scriptCache);
    weights.floor = floorWeight;
    const jsBudget = Math.round((floorWeight.jsGzipKB + 10) * 10) / 10;
    record('framework floor page (a minimal App Router page)', `HTML ${floorWeight.htmlKB} KB (${floorWeight.htmlGzipKB} KB gzip), first-load JS ${floorWeight.jsGzipKB} KB gzip`);
    figures.pages = weights;
    judge('entry page HTML under 40 KB gzip', (weights.entry?.htmlGzipKB ?? Infinity) < 40);
    judge(`first-load JS within 10 KB of the framework floor (${jsBudget} KB)`, (weights.entry?.jsGzipKB ?? Infinity) <= jsBudget);

    const dynamic = await cannon(`${server.url}/wiki/${entry}/`);
    const staticServer = http.createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(entryHtml);
    });
    await new Promise<void>((resolve) => staticServer.listen(3501, '127.0.0.1', resolve));
    const direct = await cannon('http://127.0.0.1:3501/');
    staticServer.close();
    figures.serving = { nextStart: { rps: Math.round(dynamic.requests.average), p50: dynamic.latency.p50, p99: dynamic.latency.p99, errors: dynamic.errors + dynamic.non2xx }, staticFile: { rps: Math.round(direct.requests.average), p50: direct.latency.p50, p99: direct.latency.p99 } };
    record('next start, entry page', `${Math.round(dynamic.requests.average)} req/s, p50 ${dynamic.latency.p50} ms, p99 ${dynamic.latency.p99} ms, ${dynamic.errors + dynamic.non2xx} errors`);
    record('static file server, same HTML', `${Math.round(direct.requests.average)} req/s, p50 ${direct.latency.p50} ms, p99 ${direct.latency.p99} ms`);

    console.log('6. Lighthouse');
    const lighthouse: Partial<Record<FormFactor, LighthouseFigures>> = {};
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs = [0, 1, 2].map(() => runLighthouse(`${server.url}/wiki/${videoEntry}/`, formFactor)).sort((a, b) => a.scores.performance - b.scores.performance);
      const run = runs[1] as LighthouseFigures;
      lighthouse[formFactor] = run;
      const { scores, metrics } = run;
      record(`Lighthouse ${formFactor}, entry page`, `${scores.performance} / ${scores.accessibility} / ${scores['best-practices']} / ${scores.seo} (LCP ${metrics.lcpMs} ms, TBT ${metrics.tbtMs} ms, CLS ${metrics.cls})${run.failing.length ? `; below full marks: ${run.failing.join(', ')}` : ''}`, '100 / 100 / 100 / 100');
      judge(`Lighthouse ${formFactor} scores 100 in all four categories`, Object.values(scores).every((score) => score === 100));
    }
    // Not a budget: what the same machine and flags give a page that is nothing but the framework.
    const floorRuns = [0, 1, 2].map(() => runLighthouse(`${floorUrl}/`, 'mobile')).sort((a, b) => a.scores.performance - b.scores.performance);
    const floorRun = floorRuns[1] as LighthouseFigures;
    record('Lighthouse mobile, framework floor page', `${floorRun.scores.performance} (runs ${floorRuns.map((run) => run.scores.performance).join(', ')}; LCP ${floorRun.metrics.lcpMs} ms, TBT ${floorRun.metrics.tbtMs} ms)`);
    figures.lighthouse = { ...lighthouse, floorMobile: floorRun };
  } finally {
    await Promise.all([server.stop(), floor?.stop()]);
  }

  console.log('5. check and search');
  const checkRuns = [0, 1, 2].map(() => {
    const started = performance.now();
    spawnSync(process.execPath, [TSX, 'scripts/check-content.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: corpus(1_000) }, encoding: 'utf8' });
    return performance.now() - started;
  });
  const checkMs = Math.round(median(checkRuns));
  figures.check1000 = { ms: checkMs };
  record('npm run check, 1,000 entries', `${checkMs} ms (whole command)`, '2,000 ms');
  judge('check of 1,000 entries under 2 s', checkMs < 2_000);

  const searchFigures = child<{ buildMs: number; heapMB: number; queries: number; p50: number; p95: number; p99: number; broad: { words: number; minEntries: number; p50: number; max: number } }>('scripts/bench/measure-search.ts', [corpus(10_000)]);
  figures.search10000 = searchFigures;
  record('search index, 10,000 entries', `built in ${searchFigures.buildMs} ms, ${searchFigures.heapMB} MB`, '3,000 ms, 300 MB');
  record('search queries', `${searchFigures.queries} queries: p50 ${searchFigures.p50} ms, p95 ${searchFigures.p95} ms, p99 ${searchFigures.p99} ms`, 'p95 5 ms');
  record('search, the most common words', `${searchFigures.broad.words} words each in ≥ ${searchFigures.broad.minEntries.toLocaleString('en')} entries: p50 ${searchFigures.broad.p50} ms, max ${searchFigures.broad.max} ms`);
  judge('search index under 3 s and 300 MB, p95 under 5 ms', searchFigures.buildMs < 3_000 && searchFigures.heapMB < 300 && searchFigures.p95 < 5);

  figures.budgets = Object.fromEntries(verdicts);
  fs.mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench-results', 'bench.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\n| measure | result | budget |\n| --- | --- | --- |');
  for (const [name, value, budget] of rows) console.log(`| ${name} | ${value} | ${budget} |`);
  console.log('');
  for (const [name, ok] of verdicts) console.log(`${ok ? '✓' : '✗'} ${name}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
