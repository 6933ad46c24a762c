import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { Entry } from '@/lib/content';
import { closestMatches, editDistance } from '@/lib/content/closest';
import { foldTerm, STOP_WORDS, WORD } from './normalize';
import type { ParsedQuery } from './query';
import { buildSnippet, highlight } from './snippet';
import type { SearchEngine, SearchHit, SearchOptions, SearchResult } from './types';

interface IndexedDocument {
  slug: string;
  title: string;
  tags: string;
  headings: string;
  description: string;
  body: string;
}

/** Where a word appears says how much it is about the entry: title > tags > headings > description > body. */
export const FIELD_BOOSTS = { title: 8, tags: 4, headings: 2.5, description: 2, body: 1 };
export const DEFAULT_PER_PAGE = 10;

const tokenize = (text: string): string[] => text.match(WORD) ?? [];

function toDocument(entry: Entry): IndexedDocument {
  return {
    slug: entry.slug,
    title: entry.title,
    tags: entry.tags.join(' '),
    headings: entry.headings.map((heading) => heading.text).join('\n'),
    description: entry.description,
    body: entry.text,
  };
}

/**
 * Full-text search over entries with MiniSearch: prefix matching for words being typed, typo
 * tolerance scaled to word length, case and diacritic folding, tag filters and quoted phrases.
 */
const MAX_FACETS = 12;
const MAX_PHRASE_CANDIDATES = 300;

function countTags(entries: readonly Entry[], selected: readonly string[]): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of entry.tags) if (!selected.includes(tag)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, MAX_FACETS);
}

export function createMiniSearchEngine(entries: readonly Entry[]): SearchEngine {
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  /** Every indexed word with how often it occurs: the candidates for "did you mean", built on first need. */
  let vocabulary: Map<string, number> | null = null;
  const getVocabulary = (): Map<string, number> => {
    if (vocabulary) return vocabulary;
    const counts = new Map<string, number>();
    for (const entry of entries) {
      for (const word of tokenize(`${entry.title} ${entry.tags.join(' ')} ${entry.description} ${entry.headings.map((h) => h.text).join(' ')} ${entry.text}`)) {
        const folded = foldTerm(word);
        if (!STOP_WORDS.has(folded)) counts.set(folded, (counts.get(folded) ?? 0) + 1);
      }
    }
    vocabulary = counts;
    return counts;
  };

  const index = new MiniSearch<IndexedDocument>({
    idField: 'slug',
    fields: ['title', 'tags', 'headings', 'description', 'body'],
    tokenize,
    processTerm: (term) => {
      const folded = foldTerm(term);
      return STOP_WORDS.has(folded) ? null : folded;
    },
    searchOptions: {
      boost: FIELD_BOOSTS,
      prefix: (term) => term.length >= 2,
      // One typo from four letters, two from eight. Two edits on shorter words cost a lot at 10,000
      // entries and match too much; a swapped pair in a short word gets a "did you mean" instead.
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      // Exact matches outweigh prefix and fuzzy ones, so "key" ranks "key" above "keys" and "kept".
      weights: { prefix: 0.5, fuzzy: 0.35 },
    },
  });
  index.addAll(entries.map(toDocument));

  function run(text: string, tags: readonly string[], phrases: readonly string[]): MiniSearchResult[] {
    const filter = tags.length ? (result: MiniSearchResult) => tags.every((tag) => bySlug.get(String(result.id))?.tags.includes(tag)) : undefined;
    let results = index.search(text, { combineWith: 'AND', filter });
    // All words must match when they can; otherwise the best partial matches beat an empty page.
    if (results.length === 0) results = index.search(text, { combineWith: 'OR', filter });
    if (phrases.length === 0) return results;
    const folded = phrases.map((phrase) => foldTerm(phrase).replace(/\s+/g, ' '));
    // Every hit holds the phrase's words; only the best ones are read for the exact phrase.
    return results.slice(0, MAX_PHRASE_CANDIDATES).filter((result) => {
      const entry = bySlug.get(String(result.id));
      const haystack = entry ? foldTerm(`${entry.title}\n${entry.description}\n${entry.headings.map((h) => h.text).join('\n')}\n${entry.text}`).replace(/\s+/g, ' ') : '';
      return folded.every((phrase) => haystack.includes(phrase));
    });
  }

  function suggest(text: string, tags: readonly string[], phrases: readonly string[]): string | null {
    const words = tokenize(text);
    let changed = false;
    const corrected = words.map((word) => {
      const folded = foldTerm(word);
      const vocabulary = getVocabulary();
      if (vocabulary.has(folded) || STOP_WORDS.has(folded) || folded.length < 3) return word;
      const candidates = [...vocabulary.keys()].filter((term) => term.length >= 3 && Math.abs(term.length - folded.length) <= 2);
      // Among equally close words, the one the wiki uses most is the likelier intent.
      const closest = closestMatches(folded, candidates, 5).sort((a, b) => editDistance(folded, a) - editDistance(folded, b) || (vocabulary.get(b) ?? 0) - (vocabulary.get(a) ?? 0))[0];
      if (!closest) return word;
      changed = true;
      return closest;
    });
    if (!changed) return null;
    const suggestion = [...corrected, ...tags.map((tag) => `tag:${tag}`)].join(' ');
    return run(corrected.join(' '), tags, phrases).length > 0 ? suggestion : null;
  }

  return {
    search(query: ParsedQuery, options: SearchOptions = {}): SearchResult {
      const perPage = Math.max(1, Math.min(50, options.perPage ?? DEFAULT_PER_PAGE));
      let matched: Array<{ entry: Entry; score: number; terms: Set<string> }>;
      if (query.text) {
        matched = run(query.text, query.tags, query.phrases).flatMap((result) => {
          const entry = bySlug.get(String(result.id));
          return entry ? [{ entry, score: result.score, terms: new Set(result.terms) }] : [];
        });
      } else if (query.tags.length) {
        matched = entries.filter((entry) => query.tags.every((tag) => entry.tags.includes(tag))).map((entry) => ({ entry, score: 0, terms: new Set<string>() }));
      } else {
        matched = [];
      }

      const total = matched.length;
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
      const hits: SearchHit[] = matched.slice((page - 1) * perPage, page * perPage).map(({ entry, score, terms }) => ({
        slug: entry.slug,
        title: entry.title,
        description: entry.description,
        tags: entry.tags,
        score,
        titleParts: highlight(entry.title, terms),
        snippet: buildSnippet(entry.text, terms),
      }));
      const suggestion = total === 0 && query.text ? suggest(query.text, query.tags, query.phrases) : null;
      return { query, total, page, pageCount, perPage, hits, facets: countTags(matched.map((match) => match.entry), query.tags), suggestion };
    },
  };
}
