import path from 'node:path';
import MiniSearch from 'minisearch';
import { loadContent } from '@/lib/content/load';
import { foldedWords } from '@/lib/search/normalize';
import { NearTerms } from '@/lib/search/near-terms';

type Doc = { id: number; text: string };

const { entries } = loadContent({
  contentDir: path.join(__dirname, '../../fixtures/valid-corpus'),
  publicDir: path.join(__dirname, '../../fixtures/public'),
  includeDrafts: true,
  missingLinks: 'warning',
  today: '2099-01-01',
});
const documents: Doc[] = [
  ...entries.map((entry, id) => ({ id, text: `${entry.title} ${entry.description} ${entry.text}` })),
  { id: -1, text: 'aaaaaaaa aaaaaaab abababab Ελληνικά οδοσ réseau 12345678 replication replicate replicates' },
];

/** A MiniSearch index the usual way, with its own tree walk untouched: the reference. */
const index = new MiniSearch<Doc>({ fields: ['text'], tokenize: foldedWords, processTerm: (term) => term });
index.addAll(documents);
const tree = (index as unknown as { _index: { _tree: Map<string, unknown>; fuzzyGet(key: string, distance: number): Map<string, unknown> } })._index;
const near = new NearTerms(tree._tree as never);

const indexed = [...new Set(documents.flatMap((document) => foldedWords(document.text)))];
const typos = indexed.flatMap((word) => [word.slice(1), `${word}s`, word.slice(0, 2) + word.slice(3), [...word].reverse().join(''), `x${word.slice(1)}`]);

describe('NearTerms', () => {
  it('knows every indexed word', () => {
    expect(near.size).toBe(indexed.length);
  });

  it.each([2, 3])('finds exactly what the tree walk finds, in its order, within %i edits', (distance) => {
    let answered = 0;
    for (const word of [...indexed, ...typos, 'ελληνικα', 'reseau', 'replicaton', 'zzzzzzzzzz', 'a'.repeat(40)]) {
      const found = near.get(word, distance);
      if (found === null) continue;
      answered += 1;
      expect([...found]).toEqual([...tree.fuzzyGet(word, distance)]);
    }
    // Long enough words are answered from the pairs, not handed back to the walk.
    expect(answered).toBeGreaterThan(indexed.length / 2);
  });

  it('declines words too short for their pairs to rule anything out', () => {
    expect(near.get('key', 2)).toBeNull();
    expect(near.get('aaaaaaaa', 2)).toBeNull();
  });
});
