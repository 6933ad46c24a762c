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
/** A query's latency: the median of three runs, so one garbage collection does not make a query slow. */
const latency = (query: string): number => {
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    engine.search(parseQuery(query));
    return performance.now() - start;
  });
  return runs.sort((a, b) => a - b)[1] as number;
};
const timings = queries.map(latency);
timings.sort((a, b) => a - b);
const percentile = (list: number[], p: number) => Math.round((list[Math.min(list.length - 1, Math.floor((p / 100) * list.length))] ?? 0) * 100) / 100;

// The worst case, reported apart: the words in the most entries (a reader searching "canister"),
// where every query scores thousands of matches.
const documentFrequency = new Map<string, number>();
for (const entry of entries) for (const word of new Set(entry.text.toLowerCase().match(/[a-z]{4,}/g) ?? [])) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
const broad = [...documentFrequency].sort((a, b) => b[1] - a[1]).slice(0, 20);
const broadTimings = broad.map(([word]) => latency(word)).sort((a, b) => a - b);

console.log(
  JSON.stringify({
    entries: entries.length,
    buildMs: Math.round(buildMs),
    heapMB: Math.round(heapMB),
    queries: queries.length,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    p99: percentile(timings, 99),
    broad: { words: broad.length, minEntries: broad[broad.length - 1]?.[1] ?? 0, p50: percentile(broadTimings, 50), max: percentile(broadTimings, 100) },
  }),
);
