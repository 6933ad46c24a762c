/**
 * Lighthouse on one page, mobile and desktop: the four category scores and every audit that
 * costs points. Lighthouse is not a dependency (one of its dependencies is pinned to "latest"
 * and breaks `npm ci`): it runs through npx, on Debian's Chromium.
 *
 *   npx tsx scripts/bench/lighthouse.ts <url>
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseFigures {
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits below full marks, as `id (displayed value)`. */
  failing: string[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number };
}

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number }>;
}

export function runLighthouse(url: string, formFactor: FormFactor): LighthouseFigures {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'icp-wiki-lighthouse-')), 'report.json');
  const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  const args = [
    '--yes',
    LIGHTHOUSE,
    url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--quiet',
    // The video card's thumbnail comes from YouTube's CDN, which this offline machine cannot resolve:
    // a DNS failure would be logged as a console error that no reader sees. Blocked through
    // Lighthouse, the request is left out instead (it is lazy and below the fold either way).
    '--blocked-url-patterns=https://i.ytimg.com/*',
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const lighthouse = () => spawnSync('npx', args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, encoding: 'utf8', timeout: 180_000 });
  let result = lighthouse();
  // Headless Chromium now and then loses the trace (NO_NAVSTART); one more try settles it.
  if (result.status !== 0) result = lighthouse();
  if (result.status !== 0 || !fs.existsSync(output)) throw new Error(`lighthouse failed (${result.status}):\n${result.stderr}`);
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
  fs.rmSync(path.dirname(output), { recursive: true, force: true });

  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])) as LighthouseFigures['scores'];
  const failing = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
  const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  return {
    scores,
    failing,
    metrics: { fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'), tbtMs: metric('total-blocking-time'), cls: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN) * 1000) / 1000 },
  };
}

if (require.main === module) {
  const url = process.argv[2];
  if (!url) {
    console.error('usage: npx tsx scripts/bench/lighthouse.ts <url>');
    process.exit(2);
  }
  for (const formFactor of ['mobile', 'desktop'] as const) console.log(formFactor, JSON.stringify(runLighthouse(url, formFactor)));
}
