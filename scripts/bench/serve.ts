/**
 * `npm run bench:serve [-- --duration 10]`: throughput and latency of an entry page through the
 * whole production layout (nginx cache in front of the replicas) against nginx serving the same
 * HTML file straight from disk, in one run, on loopback. Needs a running `npm run serve:prod`.
 * Target: the layout at 80 % or more of the direct figure, with no error.
 */
import autocannon, { type Result } from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { NGINX_DIR, readState, releaseDir } from '../serve/layout';

function cannon(url: string, duration: number): Promise<Result> {
  return new Promise((resolve, reject) => autocannon({ url, duration, connections: 50, pipelining: 1 }, (error, result) => (error ? reject(error) : resolve(result))));
}

async function main() {
  const state = readState();
  if (!state) throw new Error('No running layout: start one with npm run serve:prod.');
  const durationIndex = process.argv.indexOf('--duration');
  const duration = durationIndex === -1 ? 10 : Number(process.argv[durationIndex + 1]) || 10;
  const base = `http://127.0.0.1:${state.port}`;
  const slug = 'canisters';
  const prerendered = path.join(releaseDir(state.release), '.next', 'server', 'app', 'wiki', `${slug}.html`);
  fs.mkdirSync(path.join(NGINX_DIR, '__bench'), { recursive: true });
  fs.copyFileSync(prerendered, path.join(NGINX_DIR, '__bench', 'static-entry.html'));

  const page = `${base}/wiki/${slug}/`;
  await cannon(page, 2);
  const layout = await cannon(page, duration);
  const direct = await cannon(`${base}/__bench/static-entry.html`, duration);
  const ratio = layout.requests.average / direct.requests.average;
  const report = {
    date: new Date().toISOString(),
    duration,
    layout: { rps: Math.round(layout.requests.average), p50: layout.latency.p50, p99: layout.latency.p99, errors: layout.errors + layout.non2xx + layout.timeouts },
    direct: { rps: Math.round(direct.requests.average), p50: direct.latency.p50, p99: direct.latency.p99, errors: direct.errors + direct.non2xx + direct.timeouts },
    ratio: Math.round(ratio * 1000) / 10,
  };
  console.table({ 'through the layout': report.layout, 'nginx, same HTML from disk': report.direct });
  fs.mkdirSync('bench-results', { recursive: true });
  fs.writeFileSync(path.join('bench-results', 'serve.json'), `${JSON.stringify(report, null, 2)}\n`);
  const ok = ratio >= 0.8 && report.layout.errors === 0;
  console.log(`${ok ? '✓' : '✗'} the layout serves ${report.ratio} % of nginx's direct throughput (target 80 %), ${report.layout.errors} errors`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
