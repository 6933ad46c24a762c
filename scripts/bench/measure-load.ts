/**
 * Child process of `npm run bench`: loads, validates and indexes one content directory in a fresh
 * heap and prints the time and memory as JSON.
 */
import path from 'node:path';
import { buildBacklinks, buildReverseRelated, buildTagIndex } from '@/lib/content/indexes';
import { loadContent } from '@/lib/content/load';

const contentDir = path.resolve(process.argv[2] ?? 'content');
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const loaded = loadContent({ contentDir, publicDir: path.resolve('public'), includeDrafts: false, missingLinks: 'error', today: new Date().toISOString().slice(0, 10) });
const loadedAt = performance.now();
buildTagIndex(loaded.entries);
buildBacklinks(loaded.entries);
buildReverseRelated(loaded.entries);
const finished = performance.now();
global.gc?.();
console.log(
  JSON.stringify({
    entries: loaded.entries.length,
    problems: loaded.problems.length,
    loadMs: Math.round(loadedAt - started),
    indexMs: Math.round(finished - loadedAt),
    totalMs: Math.round(finished - started),
    heapMB: Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20),
  }),
);
