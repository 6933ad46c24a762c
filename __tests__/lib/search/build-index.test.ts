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
});
