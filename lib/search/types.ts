import type { ParsedQuery } from './query';
import type { SnippetPart } from './snippet';

export interface SearchOptions {
  /** 1-based page of results. */
  page?: number;
  perPage?: number;
}

export interface SearchHit {
  slug: string;
  title: string;
  description: string;
  tags: string[];
  score: number;
  titleParts: SnippetPart[];
  snippet: SnippetPart[];
}

export interface SearchResult {
  query: ParsedQuery;
  total: number;
  page: number;
  pageCount: number;
  perPage: number;
  hits: SearchHit[];
  /** Tags among all matching entries, most frequent first: one click narrows the search. */
  facets: Array<{ tag: string; count: number }>;
  /** False when no entry has every word of the query and the hits are those with some of them. */
  everyWord: boolean;
  /** Tags the query filters by (`tag:…`) that no entry carries. */
  unknownTags: string[];
  /** A corrected query that has results, offered when this one has none. */
  suggestion: string | null;
}

/**
 * What the pages and the API need from a search engine. The in-process MiniSearch engine
 * implements it; a hosted engine for a very large wiki would implement the same.
 */
export interface SearchEngine {
  search(query: ParsedQuery, options?: SearchOptions): SearchResult;
}
