import { parseEntryFrontmatter } from '@/lib/content/schema';

const valid = { title: 'Canisters', slug: 'canisters', description: 'Units of software.', date: '2026-04-12' };

describe('title and description text', () => {
  it('composes Unicode so one title typed two ways is the same title', () => {
    const decomposed = parseEntryFrontmatter({ ...valid, title: 'Re\u0301seau' }, 'canisters', '2026-11-25');
    expect(decomposed.data?.title).toBe('Réseau');
    expect(decomposed.data?.title).toBe('R\u00e9seau');
  });

  it.each([
    ['a zero-width space', 'Cani\u200Bsters'],
    ['a right-to-left override', 'Canisters \u202Etxt.exe'],
    ['a byte order mark', '\uFEFFCanisters'],
  ])('warns about %s in a title', (_, title) => {
    const result = parseEntryFrontmatter({ ...valid, title }, 'canisters', '2026-11-25');
    expect(result.data).not.toBeNull();
    expect(result.issues).toEqual([
      { path: ['title'], rule: 'invisible-character', message: 'title contains an invisible or text-direction character', hint: 'retype the text or delete the character', severity: 'warning' },
    ]);
  });

  it('accepts right-to-left scripts and emoji as they are', () => {
    const result = parseEntryFrontmatter({ ...valid, title: 'مرحبا 🚀', description: 'שלום ✨' }, 'canisters', '2026-11-25');
    expect(result.issues).toEqual([]);
    expect(result.data?.title).toBe('مرحبا 🚀');
  });
});
