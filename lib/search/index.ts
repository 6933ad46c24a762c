import { getAllEntries, type Entry } from '@/lib/content';
import { processSlot } from '@/lib/site/process-slot';
import { createMiniSearchEngine } from './minisearch-engine';
import { parseQuery } from './query';
import type { SearchOptions, SearchResult, SearchEngine } from './types';

export type { SearchHit, SearchOptions, SearchResult, SearchEngine } from './types';
export type { SnippetPart } from './snippet';
export { MAX_QUERY_LENGTH, parseQuery, firstValue, type ParsedQuery } from './query';

/** One index per process, shared by the results page's and the JSON route's bundles (see processSlot). */
const engine = processSlot<{ entries: readonly Entry[]; instance: SearchEngine }>('search');

/**
 * The search index is built on the first search and kept for the process; the content layer hands
 * out a new entries array when content changes in dev, and the index is rebuilt from it.
 */
function getEngine(): SearchEngine {
  const entries = getAllEntries();
  if (engine.current?.entries !== entries) engine.current = { entries, instance: createMiniSearchEngine(entries) };
  return engine.current.instance;
}

/** Ranked hits with highlighted snippets for what a reader typed (`q` as it came in the URL). */
export function search(input: string | string[] | null | undefined, options?: SearchOptions): SearchResult {
  return getEngine().search(parseQuery(input), options);
}
