import { createMiniSearchEngine } from '@/lib/search/minisearch-engine';
import { parseQuery } from '@/lib/search/query';
import { makeEntry } from '../../support/entries';

const entries = [
  makeEntry('consensus-in-body', { title: 'Block making', description: 'How blocks are made.', text: 'Subnets reach consensus every round. Consensus orders messages.', tags: ['protocol'] }),
  makeEntry('consensus', { title: 'Consensus', description: 'Agreement among nodes.', text: 'Nodes agree on blocks.', tags: ['protocol', 'core-concept'] }),
  makeEntry('chain-key-cryptography', { title: 'Chain-key cryptography', description: 'Threshold keys for subnets.', text: 'The subnet key is shared among nodes. Réseau sécurisé.', tags: ['cryptography'] }),
  makeEntry('canisters', { title: 'Canisters', description: 'Units of software.', text: 'A canister holds code and state. Reverse gas pays for it.', tags: ['core-concept', 'developers'], headings: [{ depth: 2, text: 'Lifecycle', id: 'lifecycle' }] }),
  makeEntry('cycles', { title: 'Cycles', description: 'Metered fuel.', text: 'Cycles pay for computation under the reverse gas model.', tags: ['tokens'] }),
];
const engine = createMiniSearchEngine(entries);
const slugs = (query: string, options = {}) => engine.search(parseQuery(query), options).hits.map((hit) => hit.slug);

describe('MiniSearch engine', () => {
  it('falls back to entries with some of the words, and says so, when none has them all', () => {
    expect(engine.search(parseQuery('consensus rounds'))).toMatchObject({ everyWord: true });
    const partial = engine.search(parseQuery('canister xyzzy'));
    expect(partial).toMatchObject({ everyWord: false, total: 1 });
    expect(partial.hits.map((hit) => hit.slug)).toEqual(['canisters']);
    expect(engine.search(parseQuery('qwerty xyzzy'))).toMatchObject({ everyWord: true, total: 0 });
  });

  it('ranks a title match above body matches', () => {
    expect(slugs('consensus')).toEqual(['consensus', 'consensus-in-body']);
  });

  it('finds "chain key" in a hyphenated title first', () => {
    expect(slugs('chain key')[0]).toBe('chain-key-cryptography');
  });

  it('matches prefixes as the reader types and tolerates typos', () => {
    expect(slugs('canist')).toEqual(['canisters']);
    expect(slugs('canistres')).toEqual(['canisters']);
    expect(slugs('cycle')[0]).toBe('cycles');
    // Two letters swapped in a short word is two edits: no match, but a correction.
    expect(engine.search(parseQuery('cycels'))).toMatchObject({ total: 0, suggestion: 'cycles' });
  });

  it('folds case and diacritics both ways', () => {
    expect(slugs('RESEAU')).toEqual(['chain-key-cryptography']);
    expect(slugs('sécurisé')).toEqual(['chain-key-cryptography']);
  });

  it('searches headings and tags too', () => {
    expect(slugs('lifecycle')).toEqual(['canisters']);
    expect(slugs('developers')).toEqual(['canisters']);
  });

  it('names the filter tags that no entry carries', () => {
    expect(engine.search(parseQuery('tag:protocol tag:nope')).unknownTags).toEqual(['nope']);
    expect(engine.search(parseQuery('nodes tag:protocol')).unknownTags).toEqual([]);
  });

  it('filters by tag, alone or with words', () => {
    expect(slugs('tag:core-concept')).toEqual(['consensus', 'canisters']);
    expect(slugs('nodes tag:cryptography')).toEqual(['chain-key-cryptography']);
    expect(slugs('tag:no-such-tag')).toEqual([]);
  });

  it('keeps only entries containing a quoted phrase', () => {
    expect(slugs('"reverse gas"').sort()).toEqual(['canisters', 'cycles']);
    expect(slugs('"gas reverse"')).toEqual([]);
  });

  it('matches a phrase in accented text with or without its accents', () => {
    expect(slugs('"réseau sécurisé"')).toEqual(['chain-key-cryptography']);
    expect(slugs('"RESEAU securise"')).toEqual(['chain-key-cryptography']);
    expect(slugs('"is shared"')).toEqual(['chain-key-cryptography']);
  });

  it('highlights matched words in titles and snippets', () => {
    const [hit] = engine.search(parseQuery('consensus')).hits;
    expect(hit?.titleParts).toEqual([{ text: 'Consensus', match: true }]);
    const body = engine.search(parseQuery('orders')).hits[0];
    expect(body?.snippet).toContainEqual({ text: 'orders', match: true });
  });

  it('pages through results and clamps the page number', () => {
    const first = engine.search(parseQuery('nodes'), { perPage: 1 });
    expect(first).toMatchObject({ total: 2, page: 1, pageCount: 2 });
    expect(engine.search(parseQuery('nodes'), { perPage: 1, page: 99 }).page).toBe(2);
    expect(engine.search(parseQuery('nodes'), { perPage: 1, page: -3 }).page).toBe(1);
  });

  it('counts tags of the matching entries as facets', () => {
    expect(engine.search(parseQuery('nodes')).facets).toEqual([
      { tag: 'core-concept', count: 1 },
      { tag: 'cryptography', count: 1 },
      { tag: 'protocol', count: 1 },
    ]);
  });

  it('offers a correction when nothing matches and a close word exists', () => {
    expect(engine.search(parseQuery('gsa'))).toMatchObject({ total: 0, suggestion: 'gas' });
    expect(engine.search(parseQuery('gsa tag:tokens')).suggestion).toBe('gas tag:tokens');
    expect(engine.search(parseQuery('qqqqqq'))).toMatchObject({ total: 0, suggestion: null });
    // Two typos in a short word make it any other word: "gxx" is not offered "gas".
    expect(engine.search(parseQuery('gxx'))).toMatchObject({ total: 0, suggestion: null });
  });

  it('pages through thousands of ranked matches the same way as one long page', () => {
    // Many equal scores: pages must agree on the order of ties too.
    const many = Array.from({ length: 120 }, (_, i) =>
      makeEntry(`validator-${i}`, { title: i % 7 === 0 ? 'Validator' : `Node ${i}`, text: `${'validator '.repeat(1 + (i % 5))}${'filler '.repeat(i % 3)}`, tags: [i % 2 ? 'odd' : 'even'] }),
    );
    const big = createMiniSearchEngine(many);
    const all = big.search(parseQuery('validator'), { perPage: 50 });
    const paged = [1, 2, 3].flatMap((page) => big.search(parseQuery('validator'), { perPage: 50, page }).hits.map((hit) => hit.slug));
    const small = Array.from({ length: 24 }, (_, page) => big.search(parseQuery('validator'), { perPage: 5, page: page + 1 }).hits.map((hit) => hit.slug)).flat();
    expect(all.total).toBe(120);
    expect(small).toEqual(paged);
    expect(new Set(paged).size).toBe(120);
    // The 18 with the word in their title first.
    expect(paged.slice(0, 18).every((slug) => Number(slug.split('-')[1]) % 7 === 0)).toBe(true);
    expect(big.search(parseQuery('validator tag:odd')).total).toBe(60);
    expect(big.search(parseQuery('validator tag:odd')).facets).toEqual([]);
    expect(big.search(parseQuery('validator')).facets).toEqual([{ tag: 'even', count: 60 }, { tag: 'odd', count: 60 }]);
  });

  it('offers no correction for known words that a phrase or tag left without hits', () => {
    expect(engine.search(parseQuery('"gas reverse"'))).toMatchObject({ total: 0, suggestion: null });
    expect(engine.search(parseQuery('cycles tag:protocol'))).toMatchObject({ total: 0, suggestion: null });
  });

  it.each(['', '   ', '.*(', '[', '\\', '😀🚀', 'مرحبا بالعالم', 'a'.repeat(10_000), '"', 'tag:', '((((((((((a'])('answers %j without throwing', (query) => {
    expect(() => engine.search(parseQuery(query))).not.toThrow();
  });
});
