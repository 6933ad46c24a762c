import { formatProblem } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';
import { findNearDuplicateTags } from '@/lib/content/tag-spelling';

const at = () => ({ line: 7, column: 5 });

describe('findNearDuplicateTags', () => {
  it('warns on the rarer of two near-identical tags, naming the common one', () => {
    const documents = [
      { file: 'a.md', tags: ['core-concept'] },
      { file: 'b.md', tags: ['core-concept', 'governance'] },
      { file: 'c.md', tags: ['core-concepts'] },
      { file: 'd.md', tags: ['governence'] },
      { file: 'e.md', tags: ['corecon'] },
    ];
    expect(findNearDuplicateTags(documents, at).map((problem) => `${problem.file} ${problem.field} ${problem.message} (${problem.hint})`)).toEqual([
      'c.md tags[0] tag "core-concepts" looks like "core-concept" (2 entries) (use core-concept)',
      'd.md tags[0] tag "governence" looks like "governance" (1 entry) (use governance)',
    ]);
  });

  it('treats hyphenation and plurals as the same tag', () => {
    const documents = [
      { file: 'a.md', tags: ['smart-contract', 'smart-contract'] },
      { file: 'b.md', tags: ['smartcontract'] },
      { file: 'c.md', tags: ['nft'] },
      { file: 'd.md', tags: ['nfts'] },
    ];
    expect(findNearDuplicateTags(documents, at).map((problem) => problem.file)).toEqual(['b.md', 'd.md']);
  });

  it('leaves distinct short tags alone', () => {
    expect(findNearDuplicateTags([{ file: 'a.md', tags: ['nns', 'sns', 'ii'] }], at)).toEqual([]);
  });
});

describe('near-duplicate tags in a corpus', () => {
  it('are warned about by the loader, at the tag’s line', () => {
    const loaded = loadContent({ contentDir: '__tests__/fixtures/near-duplicate-tags', publicDir: 'public', includeDrafts: false, missingLinks: 'error', today: '2026-11-25' });
    expect(loaded.problems.map(formatProblem)).toEqual([
      '__tests__/fixtures/near-duplicate-tags/wiki/three.md:7:5 warning tag-near-duplicate: tag "core-concepts" looks like "core-concept" (2 entries) (use core-concept)',
    ]);
  });
});
