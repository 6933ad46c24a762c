import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadContent } from '@/lib/content/load';
import { buildMiniSearchIndex } from '@/lib/search/build-index';
import { foldedWords } from '@/lib/search/normalize';

type Doc = { id: string; title: string; body: string };

const options = { idField: 'id' as const, fields: ['title', 'body'] as Array<'title' | 'body'>, tokenize: foldedWords };

/** What MiniSearch itself builds, one word at a time. */
function reference(documents: Doc[]): MiniSearch<Doc> {
  const index = new MiniSearch<Doc>({ ...options, processTerm: (term) => term });
  index.addAll(documents);
  return index;
}

function fixtureDocuments(corpus: string): Doc[] {
  const { entries } = loadContent({
    contentDir: path.join(__dirname, '../../fixtures', corpus),
    publicDir: path.join(__dirname, '../../fixtures/public'),
    includeDrafts: true,
    missingLinks: 'warning',
    today: '2099-01-01',
  });
  return entries.map((entry) => ({ id: entry.slug, title: entry.title, body: `${entry.description}\n${entry.text}` }));
}

describe('buildMiniSearchIndex', () => {
  const handWritten: Doc[] = [
    { id: 'a', title: 'Chain-key cryptography', body: 'Key key KEY: the subnet key is shared. Réseau sécurisé — “quoted” text.' },
    { id: 'b', title: '', body: '' },
    { id: 'c', title: 'Ελληνικά ΟΔΟΣ and עברית', body: 'Ünïcödé words, 123 numbers, emoji 🚀 and the key again.' },
    { id: 'd', title: 'Stop words only', body: 'the of and to a in' },
    // Plain text read in place: capitals, stop words in capitals, long words, digits, one-letter
    // words, no-break spaces and dashes between words, and the same words again in accented text.
    { id: 'e', title: 'THE Interoperability Of CANISTERS', body: 'Don\'t x y z2 A1 interoperability\u00a0subnet–key—chain 2024-01-01 The END the end' },
    { id: 'f', title: 'Interopérabilité', body: 'INTEROPERABILITY of canisters, réseau. The end' },
  ];

  it.each([
    ['hand-written documents with accents, scripts and repeats', handWritten],
    ['the valid fixture corpus', fixtureDocuments('valid-corpus')],
    ['the hostile fixture corpus', fixtureDocuments('hostile-corpus')],
  ])('serialises exactly like addAll for %s', (_, documents) => {
    expect(documents.length).toBeGreaterThan(0);
    expect(JSON.stringify(buildMiniSearchIndex(documents, options).toJSON())).toBe(JSON.stringify(reference(documents).toJSON()));
  });

  it('answers queries exactly like addAll', () => {
    const documents = [...handWritten, ...fixtureDocuments('valid-corpus')];
    const built = buildMiniSearchIndex(documents, options);
    const expected = reference(documents);
    for (const query of ['key', 'ke', 'kye', 'reseau', 'chain key', 'οδος', 'canister']) {
      const searchOptions = { prefix: true, fuzzy: 1 };
      expect(built.search(query, searchOptions)).toEqual(expected.search(query, searchOptions));
    }
    expect(built.search('key', { prefix: true }).map((result) => result.id)).toContain('a');
  });

  describe('WikiMiniSearch', () => {
    const documents = [...handWritten, ...fixtureDocuments('valid-corpus')];
    const built = buildMiniSearchIndex(documents, options);
    const expected = reference(documents);

    it.each([
      ['key', { prefix: true, fuzzy: 1 }],
      ['chain key', { prefix: true, fuzzy: 0.2, combineWith: 'AND' }],
      ['chain key canister', { prefix: true, fuzzy: 1, combineWith: 'OR', boost: { title: 3 } }],
      ['ke', { prefix: true }],
      ['nothing-like-this', { fuzzy: 2 }],
    ] as const)('scores %j exactly as search ranks it', (query, searchOptions) => {
      const scored = [...built.scored(query, searchOptions)].map(([id, { score, terms, match }]) => ({ id: documents[id]?.id, score: score * (terms.length || 1), terms: Object.keys(match), queryTerms: terms, match }));
      scored.sort((a, b) => b.score - a.score);
      expect(scored).toEqual(expected.search(query, searchOptions));
    });

    it('forgets a discarded document as addAll’s index does', () => {
      const [kept, dropped] = [buildMiniSearchIndex(documents, options), reference(documents)];
      kept.discard('a');
      dropped.discard('a');
      for (const query of ['key', 'chain', 'reseau']) expect(kept.search(query, { prefix: true, fuzzy: 1 })).toEqual(dropped.search(query, { prefix: true, fuzzy: 1 }));
      expect(kept.search('key').map((result) => result.id)).not.toContain('a');
      expect(kept.has('a')).toBe(false);
    });

    it('finds typos of words added after the build, as addAll’s index does', () => {
      const [grown, expectedGrown] = [buildMiniSearchIndex(documents, options), reference(documents)];
      const added = { id: 'z', title: 'Interoperabilities', body: 'Decentralisation everywhere' };
      grown.add(added);
      expectedGrown.add(added);
      for (const query of ['interoperabilitiez', 'decentralisatoin']) expect(grown.search(query, { fuzzy: 2 })).toEqual(expectedGrown.search(query, { fuzzy: 2 }));
      expect(grown.search('decentralisatoin', { fuzzy: 2 }).map((result) => result.id)).toEqual(['z']);
    });

    it('knows its exact terms', () => {
      expect(built.hasTerm('key')).toBe(true);
      expect(built.hasTerm('ke')).toBe(false);
      expect(built.hasTerm('Key')).toBe(false);
    });

    it('counts the documents with each near term in the given fields, as a fuzzy search over them does', () => {
      for (const fields of [['title'], ['body'], ['title', 'body']]) {
        const viaSearch = new Map<string, number>();
        for (const result of expected.search('kye', { fields, fuzzy: 2 })) for (const term of result.terms) viaSearch.set(term, (viaSearch.get(term) ?? 0) + 1);
        expect(new Map([...built.termsNear('kye', 2, fields)].sort())).toEqual(new Map([...viaSearch].sort()));
      }
      expect(built.termsNear('kye', 2, ['body']).get('key')).toBeGreaterThan(0);
      expect(built.termsNear('kye', 2, ['no-such-field']).size).toBe(0);
    });
  });
});
