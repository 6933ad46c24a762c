import { getAllEntries, type Entry } from '@/lib/content';
import { createMiniSearchEngine } from './minisearch-engine';
import { parseQuery } from './query';
import type { SearchOptions, SearchResult, SearchEngine } from './types';

export type { SearchHit, SearchOptions, SearchResult, SearchEngine } from './types';
export type { SnippetPart } from './snippet';
export { MAX_QUERY_LENGTH, parseQuery, firstValue, type ParsedQuery } from './query';

let engine: { entries: readonly Entry[]; instance: SearchEngine } | null = null;

/**
 * The search index is built on the first search and kept for the process; the content layer hands
 * out a new entries array when content changes in dev, and the index is rebuilt from it.
 */
function getEngine(): SearchEngine {
  const entries = getAllEntries();
  if (!engine || engine.entries !== entries) engine = { entries, instance: createMiniSearchEngine(entries) };
  return engine.instance;
}

/** Ranked hits with highlighted snippets for what a reader typed (`q` as it came in the URL). */
export function search(input: string | string[] | null | undefined, options?: SearchOptions): SearchResult {
  return getEngine().search(parseQuery(input), options);
}
