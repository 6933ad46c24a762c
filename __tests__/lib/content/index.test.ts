import path from 'node:path';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

/** The public surface reads CONTENT_DIR when first used; each test gets a fresh module. */
function contentModule(corpus: string) {
  process.env.CONTENT_DIR = path.relative(process.cwd(), path.join(fixtures, corpus));
  let loaded: typeof import('@/lib/content') | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual('@/lib/content');
  });
  return loaded as typeof import('@/lib/content');
}

afterEach(() => {
  delete process.env.CONTENT_DIR;
  jest.restoreAllMocks();
});

describe('lib/content public surface', () => {
  it('honours CONTENT_DIR and answers lookups from the index', () => {
    const content = contentModule('valid-corpus');
    expect(content.getContentDir()).toBe(path.join(fixtures, 'valid-corpus'));
    expect(content.getAllEntries().map((e) => e.slug)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(content.getEntry('beta')?.title).toBe('Beta');
    expect(content.getEntry('nope')).toBeNull();
    expect(content.resolveAlias('old-delta')).toBe('delta');
    expect(content.getEntriesByTag('greek').map((e) => e.slug)).toEqual(['alpha', 'delta', 'gamma']);
    expect(content.getAllTags()).toEqual([
      { tag: 'shared', count: 4 },
      { tag: 'greek', count: 3 },
    ]);
    expect(content.getBacklinks('beta').map((e) => e.slug)).toEqual(['gamma']);
    expect(content.getHubs().map((e) => e.slug)).toEqual(['alpha']);
    expect(content.getHubMembers('alpha').map((e) => e.slug)).toEqual(['beta', 'gamma']);
    expect(content.getHubsFor('beta').map((e) => e.slug)).toEqual(['alpha']);
    expect(content.getLargestHubs(6).map((e) => e.slug)).toEqual(['alpha']);
    expect(content.getLargestHubs(0)).toEqual([]);
    expect(content.getPage('colophon')?.title).toBe('Colophon');
    expect(content.getRelatedEntries('alpha').map((item) => [item.entry.slug, item.reason.kind])).toEqual([
      ['beta', 'listed'],
      ['gamma', 'lists-this'],
      ['delta', 'shared-tags'],
    ]);
  });

  it('keeps drafts out of every list while a dev server can still open them', () => {
    const content = contentModule('valid-corpus');
    expect(content.getEntry('draft-entry')?.draft).toBe(true);
    expect(content.getAllEntries().some((e) => e.draft)).toBe(false);
    expect(content.getEntriesByTag('shared').some((e) => e.draft)).toBe(false);
    expect(content.getRelatedEntries('beta').some((item) => item.entry.draft)).toBe(false);
  });

  it('suggests entries for a mistyped or renamed slug', () => {
    const content = contentModule('valid-corpus');
    expect(content.suggestEntries('gama').map((e) => e.slug)).toEqual(['gamma']);
    expect(content.suggestEntries('old-delta').map((e) => e.slug)[0]).toBe('delta');
    // A typo in an old slug: only the alias is close to it.
    expect(content.suggestEntries('old-delt').map((e) => e.slug)).toEqual(['delta']);
    expect(content.suggestEntries('draft-entri').map((e) => e.slug)).not.toContain('draft-entry');
  });

  it('throws one ContentError listing every problem when the content is broken', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const content = contentModule('broken-corpus');
    let error: unknown;
    try {
      content.getAllEntries();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(content.ContentError);
    const message = (error as Error).message;
    expect(message).toMatch(/^Content has 17 errors and 2 warnings in 14 files:/);
    expect(message).toContain('wiki/missing-title.md:1:1 error field-required: frontmatter.title is required');
    expect(message).toContain('wiki/unquoted-colon.md:2:8 error yaml-syntax');
  });
});
