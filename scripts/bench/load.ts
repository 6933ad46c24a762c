/**
 * `npm run bench:load [-- --duration 60 --connections 20]`: a bounded load test of the production
 * build on loopback. A warm-up, then a full-speed run over a mix of entry, hub, tag, search, API and
 * 404 addresses; it fails unless every response was expected (no errors, no 5xx, no timeouts) and
 * the server's memory after the run is within 20 % of its memory after the warm-up.
 */
import autocannon, { type Result } from 'autocannon';
import fs from 'node:fs';
import path from 'node:path';
import { getAllEntries, getAllTags, getHubs } from '@/lib/content';
import { processTreeRss, startNextServer } from '../lib/next-server';

const PORT = 3300;
const MEMORY_GROWTH_LIMIT = 0.2;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? Number.NaN : Number(process.argv[index + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Paths readers and crawlers really ask for, in the proportions of a wiki's traffic. */
function requestMix(): Array<{ path: string; expect: number }> {
  const entries = getAllEntries().slice(0, 12).map((entry) => ({ path: `/wiki/${entry.slug}/`, expect: 200 }));
  const hubs = getHubs().map((hub) => ({ path: `/wiki/${hub.slug}/`, expect: 200 }));
  const tags = getAllTags().slice(0, 4).map(({ tag }) => ({ path: `/tags/${tag}/`, expect: 200 }));
  return [
    ...entries,
    ...hubs,
    ...tags,
    { path: '/', expect: 200 },
    { path: '/wiki/', expect: 200 },
    { path: '/search/?q=chain+key', expect: 200 },
    { path: '/search/?q=cycels', expect: 200 },
    { path: '/api/search/?q=canister&limit=6', expect: 200 },
    { path: '/wiki/no-such-entry/', expect: 404 },
    { path: '/wiki/%ZZ/', expect: 400 },
  ];
}

function run(url: string, requests: Array<{ path: string }>, duration: number, connections: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url, duration, connections, timeout: 10, requests: requests.map((request) => ({ method: 'GET', path: request.path })) }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

async function main() {
  const duration = option('duration', 60);
  const connections = option('connections', 20);
  const mix = requestMix();
  const server = await startNextServer({ port: PORT });
  const pid = server.process.pid as number;
  try {
    // Every path once, so the statuses are checked one by one before the load blurs them.
    for (const request of mix) {
      const status = (await fetch(`${server.url}${request.path}`)).status;
      if (status !== request.expect) throw new Error(`${request.path} answered ${status}, expected ${request.expect}`);
    }
    // Long enough for the heap to reach its working size, so growth after it means a leak.
    await run(server.url, mix, Math.min(20, duration), connections);
    const warm = processTreeRss(pid);
    const result = await run(server.url, mix, duration, connections);
    const after = processTreeRss(pid);

    const expected404 = mix.filter((request) => request.expect === 404).length;
    const expected400 = mix.filter((request) => request.expect === 400).length;
    const growth = (after - warm) / warm;
    const report = {
      date: new Date().toISOString(),
      duration,
      connections,
      paths: mix.length,
      requests: result.requests.total,
      throughput: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      status4xx: result['4xx'],
      expected4xxShare: (expected404 + expected400) / mix.length,
      memoryMB: { afterWarmUp: Math.round(warm / 2 ** 20), afterRun: Math.round(after / 2 ** 20), growthPercent: Math.round(growth * 1000) / 10 },
    };
    console.table({
      requests: report.requests,
      'requests/s': report.throughput,
      'p50 ms': report.latencyMs.p50,
      'p99 ms': report.latencyMs.p99,
      errors: report.errors,
      timeouts: report.timeouts,
      '5xx': report.status5xx,
      'memory after warm-up (MB)': report.memoryMB.afterWarmUp,
      'memory after run (MB)': report.memoryMB.afterRun,
      'memory growth %': report.memoryMB.growthPercent,
    });
    fs.mkdirSync('bench-results', { recursive: true });
    fs.writeFileSync(path.join('bench-results', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);

    const failures = [
      report.errors > 0 && `${report.errors} connection errors`,
      report.timeouts > 0 && `${report.timeouts} timeouts`,
      report.status5xx > 0 && `${report.status5xx} responses with a 5xx status`,
      // 4xx must come only from the addresses that should get one.
      Math.abs(report.status4xx / report.requests - report.expected4xxShare) > 0.05 && `unexpected share of 4xx responses (${report.status4xx} of ${report.requests})`,
      growth > MEMORY_GROWTH_LIMIT && `memory grew ${report.memoryMB.growthPercent} % (limit ${MEMORY_GROWTH_LIMIT * 100} %)`,
    ].filter(Boolean);
    if (failures.length > 0) {
      console.error(`✗ load test failed: ${failures.join('; ')}`);
      process.exitCode = 1;
    } else {
      console.log(`✓ ${report.requests} requests in ${duration} s: no errors, no 5xx, p99 ${report.latencyMs.p99} ms, memory ${report.memoryMB.growthPercent >= 0 ? '+' : ''}${report.memoryMB.growthPercent} %`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
