/**
 * Child process of `npm run bench`: builds the search index over one content directory in a fresh
 * heap and times a fixed list of queries (words, prefixes, typos, phrases, tag filters).
 */
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { createMiniSearchEngine } from '@/lib/search/minisearch-engine';
import { parseQuery } from '@/lib/search/query';

const contentDir = path.resolve(process.argv[2] ?? 'content');
const { entries } = loadContent({ contentDir, publicDir: path.resolve('public'), includeDrafts: false, missingLinks: 'warning', today: '2099-01-01' });

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const engine = createMiniSearchEngine(entries);
const buildMs = performance.now() - started;
global.gc?.();
const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

// A few hundred queries shaped like readers' ones, drawn from the corpus's own vocabulary.
const words = [...new Set(entries.slice(0, 200).flatMap((entry) => entry.title.toLowerCase().split(/[^a-z]+/).filter((word) => word.length > 3)))];
const typo = (word: string) => (word.length > 4 ? word.slice(0, 2) + (word[3] ?? '') + (word[2] ?? '') + word.slice(4) : word);
const queries = words.slice(0, 60).flatMap((word, index) => [
  word,
  word.slice(0, Math.max(2, Math.ceil(word.length / 2))),
  typo(word),
  `${word} ${words[(index + 7) % words.length] ?? ''}`,
  `"${word} ${words[(index + 3) % words.length] ?? ''}"`,
  `${word} tag:${entries[index]?.tags[0] ?? 'protocol'}`,
]);
for (const query of queries.slice(0, 20)) engine.search(parseQuery(query));
const timings = queries.map((query) => {
  const start = performance.now();
  engine.search(parseQuery(query));
  return performance.now() - start;
});
timings.sort((a, b) => a - b);
const percentile = (p: number) => Math.round((timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? 0) * 100) / 100;
console.log(JSON.stringify({ entries: entries.length, buildMs: Math.round(buildMs), heapMB: Math.round(heapMB), queries: queries.length, p50: percentile(50), p95: percentile(95), p99: percentile(99) }));
