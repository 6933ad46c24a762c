import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { NearTerms } from './near-terms';

type Fields<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
/** MiniSearch's postings of one term: field id → document id → frequency. */
type FieldTermData = Map<number, Map<number, number>>;

/**
 * Module level on purpose: MiniSearch keeps its options, and a function made inside the builder
 * would share the builder's closure context, keeping every posting list alive with it (+70 %
 * of the index's memory, measured).
 */
const keepTerm = (term: string): string => term;

/** What the builder supports: string fields, words already final from `tokenize`, nothing stored. */
export type BuildOptions<T> = Omit<Options<T>, 'fields' | 'idField' | 'tokenize' | 'processTerm' | 'storeFields' | 'extractField' | 'stringifyField'> & {
  idField: keyof T & string;
  fields: Array<Fields<T>>;
  tokenize: (text: string) => string[];
};

/** A document's score and matched words as MiniSearch computes them, before `search` makes a result of it. */
export interface ScoredMatch {
  /** MiniSearch's score before `search` multiplies it by the number of query words matched. */
  score: number;
  /** The query words this document matched. */
  terms: string[];
  /** Each indexed word that matched (the query word, or its prefix or typo expansion) → its fields. */
  match: Record<string, string[]>;
}

/**
 * A Map keyed by small integers whose reads are array reads. MiniSearch's scoring reads a
 * document's id and field lengths from two Maps for every posting of every matched word; as
 * hash lookups they were half of its time on common words. Writes keep the Map itself whole, so
 * that iterating, serialising and removing documents work as before.
 */
class DenseMap<V> extends Map<number, V> {
  private readonly byKey: Array<V | undefined> = [];

  override get(key: number): V | undefined {
    return this.byKey[key];
  }

  override has(key: number): boolean {
    return this.byKey[key] !== undefined;
  }

  override set(key: number, value: V): this {
    // The Map constructor calls set before this subclass's fields exist.
    if (this.byKey) this.byKey[key] = value;
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.byKey[key] = undefined;
    return super.delete(key);
  }

  override clear(): void {
    this.byKey.length = 0;
    super.clear();
  }
}

/** The part of MiniSearch's term tree that typo matching uses. */
interface TermTree<T> {
  _tree: Map<string, unknown>;
  readonly size: number;
  fuzzyGet(key: string, maxEditDistance: number): Map<string, [T, number]>;
}

/**
 * Typo matching of two edits and more (words of 8 letters and longer) through `NearTerms`, which
 * answers exactly as the tree walk does. Module level so that the function it installs holds the
 * tree and the pairs only, not the builder's working data.
 */
function findNearTermsByPairs<T>(tree: TermTree<T>): void {
  const near = new NearTerms<T>(tree._tree as ConstructorParameters<typeof NearTerms<T>>[0]);
  const walk = tree.fuzzyGet.bind(tree);
  tree.fuzzyGet = (key, maxEditDistance) => (maxEditDistance >= 2 ? near.get(key, maxEditDistance) : null) ?? walk(key, maxEditDistance);
}

interface MiniSearchInternals {
  executeQuery(query: Query, searchOptions?: SearchOptions): Map<number, ScoredMatch>;
}

/**
 * MiniSearch, built from counted postings, with access to its scored matches before `search`
 * turns every one of them into a result object and sorts them all. Scores, prefix and fuzzy
 * expansion stay MiniSearch's; `__tests__/lib/search/build-index.test.ts` checks that `scored` ranks
 * exactly like `search`.
 */
export class WikiMiniSearch<T> extends MiniSearch<T> {
  /**
   * Every match of `query` by document id (the documents' positions), in the order MiniSearch
   * found them. A common word matches most of a large wiki and a page shows ten: building,
   * filtering and sorting a result object per match was a fifth of such a query's time.
   */
  scored(query: Query, searchOptions: SearchOptions = {}): Map<number, ScoredMatch> {
    // Private in MiniSearch's types; it is the first step of `search` itself (minisearch 7.2.0 pinned).
    return (this as unknown as MiniSearchInternals).executeQuery(query, searchOptions);
  }

  // The letter-pair lists describe the index as built: any change hands typo matching back to the walk.
  override add(document: T): void {
    this.forgetNearTerms();
    super.add(document);
  }

  override remove(document: T): void {
    this.forgetNearTerms();
    super.remove(document);
  }

  override discard(id: unknown): void {
    this.forgetNearTerms();
    super.discard(id);
  }

  private forgetNearTerms(): void {
    delete (this._index as { fuzzyGet?: unknown }).fuzzyGet;
  }

  /** Whether any document has this exact (already processed) word. */
  hasTerm(term: string): boolean {
    return this._index.has(term);
  }

  /**
   * Indexed words within `maxDistance` edits of `term` (itself included when indexed), each with
   * the number of documents that have it in one of `fields`. Words absent from those fields are left out.
   */
  termsNear(term: string, maxDistance: number, fields: readonly string[]): Map<string, number> {
    const fieldIds = fields.map((field) => this._fieldIds[field]).filter((id) => id !== undefined);
    const counts = new Map<string, number>();
    for (const [near, [data]] of this._index.fuzzyGet(term, maxDistance)) {
      const documents = new Set<number>();
      for (const fieldId of fieldIds) for (const documentId of data.get(fieldId)?.keys() ?? []) documents.add(documentId);
      if (documents.size > 0) counts.set(near, documents.size);
    }
    return counts;
  }

  /**
   * Builds an index over `documents` that is identical to `addAll` (same postings, field lengths,
   * averages and term order; the build-index test compares the two serialised), in a fraction of the time.
   *
   * Why: `addAll` walks MiniSearch's radix tree once per *word* of every field: at 10,000 entries
   * that is 6.4 million walks through a tree of 100,000 terms, 6.5 s. Counting each document's words
   * first and handing MiniSearch its postings touches the tree once per distinct term.
   * Document ids are the documents' positions.
   */
  static build<T extends Record<string, unknown>>(documents: readonly T[], options: BuildOptions<T>): WikiMiniSearch<T> {
    const { fields, idField, tokenize } = options;
    const lengthOf = new Int32Array(documents.length * fields.length);
    const averageFieldLength: number[] = [];

    // Each distinct term gets a number the first time it is seen (the order addAll inserts terms in);
    // a document's words are then counted in a typed array, and its postings appended to flat
    // [document, frequency, …] lists. Only one hash lookup per word, and no object per posting.
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    const postingLists: Array<Array<number[] | undefined>> = [];
    let frequencies = new Int32Array(1024);
    const seen: number[] = [];

    documents.forEach((document, documentId) => {
      fields.forEach((field, fieldId) => {
        seen.length = 0;
        for (const term of tokenize(document[field] as string)) {
          let termId = termIds.get(term);
          if (termId === undefined) {
            termId = terms.push(term) - 1;
            termIds.set(term, termId);
            postingLists.push([]);
            if (termId >= frequencies.length) {
              const grown = new Int32Array(frequencies.length * 2);
              grown.set(frequencies);
              frequencies = grown;
            }
          }
          if (frequencies[termId] === 0) seen.push(termId);
          frequencies[termId] = (frequencies[termId] as number) + 1;
        }
        lengthOf[documentId * fields.length + fieldId] = seen.length;
        // MiniSearch's running average, computed the same way so the floating-point result is too.
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] || 0) * documentId + seen.length) / (documentId + 1);
        for (const termId of seen) {
          const byField = postingLists[termId] as Array<number[] | undefined>;
          (byField[fieldId] ??= []).push(documentId, frequencies[termId] as number);
          frequencies[termId] = 0;
        }
      });
    });

    // MiniSearch's own structures, made directly: through `loadJS` they took an object per term and
    // field first, whose every document id loadJS then turned back from a string key into a number.
    const index = new WikiMiniSearch<T>({ ...options, processTerm: keepTerm });
    index._documentCount = documents.length;
    index._nextId = documents.length;
    index._avgFieldLength = averageFieldLength;
    index._documentIds = new DenseMap();
    index._fieldLength = new DenseMap();
    documents.forEach((document, documentId) => {
      index._documentIds.set(documentId, document[idField]);
      index._idToShortId.set(document[idField], documentId);
      // Scoring reads a document's field lengths for every posting: made one after another, the
      // small arrays sit together in memory in document order, the order postings are read in.
      const lengths: number[] = [];
      for (let fieldId = 0; fieldId < fields.length; fieldId += 1) lengths.push(lengthOf[documentId * fields.length + fieldId] as number);
      index._fieldLength.set(documentId, lengths);
    });
    terms.forEach((term, termId) => {
      const byField: FieldTermData = new Map();
      (postingLists[termId] as Array<number[] | undefined>).forEach((list, fieldId) => {
        if (!list) return;
        const frequencyOf = new Map<number, number>();
        for (let i = 0; i < list.length; i += 2) frequencyOf.set(list[i] as number, list[i + 1] as number);
        byField.set(fieldId, frequencyOf);
      });
      postingLists[termId] = [];
      index._index.set(term, byField);
    });
    findNearTermsByPairs<FieldTermData>(index._index);
    return index;
  }
}

/** See `WikiMiniSearch.build`. */
export function buildMiniSearchIndex<T extends Record<string, unknown>>(documents: readonly T[], options: BuildOptions<T>): WikiMiniSearch<T> {
  return WikiMiniSearch.build(documents, options);
}
