import type { Query } from 'minisearch';
import type { Entry } from '@/lib/content';
import { swapAwareDistance } from '@/lib/content/closest';
import { bestFirst } from './best-first';
import { buildMiniSearchIndex, type ScoredMatch } from './build-index';
import { foldTerm, foldedWords, isPlainText } from './normalize';
import type { ParsedQuery } from './query';
import { buildSnippet, highlight } from './snippet';
import type { SearchEngine, SearchHit, SearchOptions, SearchResult } from './types';

type IndexedDocument = {
  /** The entry's position in `entries`: every lookup from a match is then array indexing. */
  id: number;
  title: string;
  tags: string;
  headings: string;
  description: string;
  body: string;
};

/** Where a word appears says how much it is about the entry: title > tags > headings > description > body. */
export const FIELD_BOOSTS = { title: 8, tags: 4, headings: 2.5, description: 2, body: 1 };
export const DEFAULT_PER_PAGE = 10;

function toDocument(entry: Entry, id: number): IndexedDocument {
  const headings = entry.headings.map((heading) => heading.text);
  const headingLines = new Set(headings);
  return {
    id,
    title: entry.title,
    tags: entry.tags.join(' '),
    headings: headings.join('\n'),
    description: entry.description,
    // The text holds each heading on a line of its own; the headings field already scores those
    // words (with its own boost), and counting them twice costs 3-4 % of the index's memory.
    body: headingLines.size > 0 ? entry.text.split('\n').filter((line) => !headingLines.has(line)).join('\n') : entry.text,
  };
}

const MAX_FACETS = 12;
const MAX_PHRASE_CANDIDATES = 300;

/** A ranked match: `id` is the entry's position, `terms` the indexed words it matched. */
interface Match {
  id: number;
  score: number;
  terms: string[];
}

/** Matches in rank order, put in order only as far as a page asks. */
interface Ranked {
  total: number;
  /** Entry positions of every match, in any order: facets count them all. */
  positions: ArrayLike<number>;
  /** The matches ranked from `start` (0-based) up to `end`, best first. */
  slice(start: number, end: number): Match[];
}

const NOTHING: Ranked = { total: 0, positions: [], slice: () => [] };

/** MiniSearch's matches that `keep` accepts, with the scores `search` would give them, in the order found. */
interface Found {
  count: number;
  positions: Int32Array;
  scores: Float64Array;
  matches: ScoredMatch[];
}

function collect(scored: ReadonlyMap<number, ScoredMatch>, keep: ((position: number) => boolean) | null): Found {
  const positions = new Int32Array(scored.size);
  const scores = new Float64Array(scored.size);
  const matches: ScoredMatch[] = [];
  for (const [position, match] of scored) {
    if (keep && !keep(position)) continue;
    positions[matches.length] = position;
    // What MiniSearch's `search` does to each: entries matching more of the query's words rank higher.
    scores[matches.length] = match.score * (match.terms.length || 1);
    matches.push(match);
  }
  return { count: matches.length, positions: positions.subarray(0, matches.length), scores, matches };
}

/** The found matches ranked as MiniSearch's `search` ranks them (stable sort by descending score). */
function ranked(found: Found): Ranked {
  return {
    total: found.count,
    positions: found.positions,
    slice: (start, end) =>
      bestFirst(found.scores, found.count, end)
        .slice(start)
        .map((at) => ({ id: found.positions[at] as number, score: found.scores[at] as number, terms: Object.keys((found.matches[at] as ScoredMatch).match) })),
  };
}

/**
 * Tests a text for a phrase (already folded, single-spaced) the way a reader means it: any case,
 * any accents, any run of whitespace between words. Plain text, nearly all of it, is matched with
 * a case-insensitive pattern in place instead of folding kilobytes per candidate; `plain` says the
 * text is known to be plain, which spares reading it twice.
 */
function phraseTester(phrase: string): (text: string, plain: boolean) => boolean {
  const pattern = new RegExp(phrase.split(' ').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'i');
  return (text, plain) => (plain || isPlainText(text) ? pattern.test(text) : foldTerm(text).replace(/\s+/g, ' ').includes(phrase));
}

/**
 * Full-text search over entries with MiniSearch: prefix matching for words being typed, typo
 * tolerance scaled to word length, case and diacritic folding, tag filters and quoted phrases.
 */
export function createMiniSearchEngine(entries: readonly Entry[]): SearchEngine {
  const tagNames: string[] = [];
  const tagIdByName = new Map<string, number>();
  const tagId = (tag: string): number => {
    let id = tagIdByName.get(tag);
    if (id === undefined) {
      id = tagNames.push(tag) - 1;
      tagIdByName.set(tag, id);
    }
    return id;
  };
  // Entry positions are MiniSearch's document ids: a match's tags and its tag filter are array
  // reads. String-keyed lookups per match were a fifth of a broad query's time.
  const tagIdsOf = entries.map((entry) => entry.tags.map(tagId));
  /** Per tag, a byte per entry: 1 where the entry carries it. */
  const hasTag = tagNames.map(() => new Uint8Array(entries.length));
  tagIdsOf.forEach((ids, position) => {
    for (const id of ids) (hasTag[id] as Uint8Array)[position] = 1;
  });
  const NOWHERE = new Uint8Array(entries.length);
  // Whether all of an entry's text is plain, read once here (50 ms at 10,000 entries) rather than
  // for each of up to 300 phrase candidates a query (40 % of a phrase query's time).
  const plainEntry = Uint8Array.from(entries, (entry) => (isPlainText(entry.title) && isPlainText(entry.description) && isPlainText(entry.text) && entry.headings.every((heading) => isPlainText(heading.text)) ? 1 : 0));
  /** Whether the entry at a position carries every one of the tags. */
  const taggedWith = (tags: readonly string[]): ((position: number) => boolean) => {
    const sets = tags.map((tag) => {
      const id = tagIdByName.get(tag);
      return id === undefined ? NOWHERE : (hasTag[id] as Uint8Array);
    });
    return (position) => sets.every((set) => set[position] === 1);
  };

  function countTags(positions: ArrayLike<number>, selected: readonly string[]): Array<{ tag: string; count: number }> {
    const counts = new Int32Array(tagNames.length);
    for (let i = 0; i < positions.length; i += 1) {
      for (const id of tagIdsOf[positions[i] as number] as number[]) counts[id] = (counts[id] as number) + 1;
    }
    const facets: Array<{ tag: string; count: number }> = [];
    counts.forEach((count, id) => {
      const tag = tagNames[id] as string;
      if (count > 0 && !selected.includes(tag)) facets.push({ tag, count });
    });
    return facets.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)).slice(0, MAX_FACETS);
  }

  const index = buildMiniSearchIndex(entries.map(toDocument), {
    idField: 'id',
    fields: ['title', 'tags', 'headings', 'description', 'body'],
    // Words come out of the tokenizer already folded and without stop words.
    tokenize: foldedWords,
    searchOptions: {
      boost: FIELD_BOOSTS,
      // Only the last word is still being typed; the ones before it are whole words. And only from
      // three letters: a two-letter prefix expands to thousands of words at 10,000 entries (40 ms
      // for "ro") and says too little to rank by.
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
      // One typo from four letters, two from eight. Two edits on shorter words cost a lot at 10,000
      // entries and match too much; a swapped pair in a short word gets a "did you mean" instead.
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
      // Exact matches outweigh prefix and fuzzy ones, so "key" ranks "key" above "keys" and "kept".
      weights: { prefix: 0.5, fuzzy: 0.35 },
    },
  });

  /**
   * The word matches (`found`), and those of them that hold every quoted phrase (`results`);
   * `everyWord` is false when no entry had all the words and `found` holds those with some.
   */
  function run(text: string, tags: readonly string[], phrases: readonly string[]): { found: Found; results: Ranked; everyWord: boolean } {
    const keep = tags.length ? taggedWith(tags) : null;
    // Quoted words are meant exactly: no prefix or typo expansion, which on common words costs
    // more than the phrase check itself.
    const free = phrases.reduce((rest, phrase) => rest.replace(phrase, ' '), text).trim();
    const query: Query = phrases.length === 0 ? text : { combineWith: 'AND', queries: [...(free ? [free] : []), { combineWith: 'AND', queries: [phrases.join(' ')], prefix: false, fuzzy: false }] };
    let found = collect(index.scored(query, { combineWith: 'AND' }), keep);
    let everyWord = true;
    // All words must match when they can; otherwise the best partial matches beat an empty page.
    // (For one word, OR is the same search again.)
    if (found.count === 0 && foldedWords(text).length > 1) {
      found = collect(index.scored(text, { combineWith: 'OR' }), keep);
      everyWord = found.count === 0;
    }
    if (phrases.length === 0) return { found, results: ranked(found), everyWord };
    const testers = phrases.map((phrase) => phraseTester(foldTerm(phrase).replace(/\s+/g, ' ')));
    // Every hit holds the phrase's words; only the best ones are read for the exact phrase.
    const holding = bestFirst(found.scores, found.count, MAX_PHRASE_CANDIDATES).filter((at) => {
      const position = found.positions[at] as number;
      const entry = entries[position] as Entry;
      const plain = plainEntry[position] === 1;
      const fields = [entry.title, entry.description, ...entry.headings.map((heading) => heading.text), entry.text];
      return testers.every((contains) => fields.some((field) => contains(field, plain)));
    });
    const results: Ranked = {
      total: holding.length,
      positions: holding.map((at) => found.positions[at] as number),
      slice: (start, end) => holding.slice(start, end).map((at) => ({ id: found.positions[at] as number, score: found.scores[at] as number, terms: Object.keys((found.matches[at] as ScoredMatch).match) })),
    };
    return { found, results, everyWord };
  }

  /**
   * The word the wiki most likely meant: the index's own terms within one typo (two from eight
   * letters; a swapped pair counts as one), nearest first, then the one in most entries. Titles,
   * tags and headings are asked first: their words are what readers look for, and they are far
   * cheaper to scan than every body.
   */
  function correct(word: string): string | null {
    // A word the index has is not a typo (a tag filter or a phrase emptied the page).
    if (index.hasTerm(word)) return null;
    // Two plain edits find every candidate (a swap is two of them); three on a 100,000-term tree
    // cost tens of milliseconds. Two real typos in a short word, though, turn any word into some
    // other word ("alert" into "let", "script" into "strips"): those are not offered.
    const limit = 2;
    const allowed = word.length >= 8 ? 2 : 1;
    for (const fields of [['title', 'tags', 'headings'], ['description', 'body']]) {
      let best: { term: string; distance: number; count: number } | null = null;
      for (const [term, count] of index.termsNear(word, limit, fields)) {
        if (term.length < 3 || term === word) continue;
        const distance = swapAwareDistance(word, term);
        if (distance > allowed) continue;
        if (!best || distance < best.distance || (distance === best.distance && (count > best.count || (count === best.count && term < best.term)))) best = { term, distance, count };
      }
      if (best) return best.term;
    }
    return null;
  }

  /** A corrected query with hits, for a query without any; words the index knows stay as typed. */
  function suggest(text: string, tags: readonly string[], phrases: readonly string[], found: Found | null): string | null {
    const matchedAnywhere = (word: string) => found?.matches.some((match) => Object.hasOwn(match.match, word)) ?? false;
    let changed = false;
    const corrected = foldedWords(text).map((word) => {
      const correction = word.length >= 3 && !matchedAnywhere(word) ? correct(word) : null;
      if (!correction) return word;
      changed = true;
      return correction;
    });
    if (!changed) return null;
    const suggestion = [...corrected, ...tags.map((tag) => `tag:${tag}`)].join(' ');
    // One corrected word is a term of the index, so it has hits; anything more must be tried.
    if (corrected.length === 1 && tags.length === 0 && phrases.length === 0) return suggestion;
    return run(corrected.join(' '), tags, phrases).results.total > 0 ? suggestion : null;
  }

  /** Entries carrying every one of the tags, in the wiki's order. */
  function tagged(tags: readonly string[]): Ranked {
    const hasTags = taggedWith(tags);
    const positions = entries.flatMap((_, position) => (hasTags(position) ? [position] : []));
    return { total: positions.length, positions, slice: (start, end) => positions.slice(start, end).map((id) => ({ id, score: 0, terms: [] })) };
  }

  return {
    search(query: ParsedQuery, options: SearchOptions = {}): SearchResult {
      const perPage = Math.max(1, Math.min(50, options.perPage ?? DEFAULT_PER_PAGE));
      let matched = NOTHING;
      let found: Found | null = null;
      let everyWord = true;
      if (query.text) ({ found, results: matched, everyWord } = run(query.text, query.tags, query.phrases));
      else if (query.tags.length) matched = tagged(query.tags);

      const total = matched.total;
      const pageCount = Math.max(1, Math.ceil(total / perPage));
      const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
      const hits = matched.slice((page - 1) * perPage, page * perPage).map(({ id, score, terms }): SearchHit => {
        const entry = entries[id] as Entry;
        const matchedTerms = new Set(terms);
        return { slug: entry.slug, title: entry.title, description: entry.description, tags: entry.tags, score, titleParts: highlight(entry.title, matchedTerms), snippet: buildSnippet(entry.text, matchedTerms) };
      });
      const suggestion = total === 0 && query.text ? suggest(query.text, query.tags, query.phrases, found) : null;
      const unknownTags = query.tags.filter((tag) => !tagIdByName.has(tag));
      return { query, total, page, pageCount, perPage, hits, facets: countTags(matched.positions, query.tags), everyWord, unknownTags, suggestion };
    },
  };
}
