import { entrySchema, pageSchema, parseEntryFrontmatter, parsePageFrontmatter } from '@/lib/content/schema';

/**
 * The schema's fast path must be invisible: for every input, the result with it equals the result
 * of zod alone (data, key order, every issue). Inputs are a full valid entry with one or two
 * fields replaced by values near or past a rule.
 */

const TODAY = '2026-11-25';
const SLUG = 'canisters';
const base: Record<string, unknown> = {
  title: 'Canisters',
  slug: SLUG,
  description: 'Units of software.',
  date: '2026-04-12',
  updated: '2026-05-01',
  tags: ['core-concept', 'wasm'],
  related: ['cycles', 'subnets'],
  cover: '/img/static/home-share.jpg',
  hub: false,
  draft: false,
  aliases: ['canister'],
};

const ABSENT = Symbol('absent');
const texts = ['Canisters', '  Canisters  ', '', '   ', 'x', 'Re\u0301seau', 'Réseau', 'TODO later', '  TODO', 'a\u200bb', 'مرحبا 🚀', 'x'.repeat(160), 'x'.repeat(161), 'x'.repeat(320), 'x'.repeat(321), ` ${'x'.repeat(160)} `, 1234, null, true, ['a'], {}];
const dates = ['2026-04-12', ' 2026-04-12 ', '2024-02-29', '2023-02-29', '2024-02-30', '2024-13-01', '2024-2-3', 'yesterday', '', '2099-01-01', '2026-04-11', 20260412, null, [], new Date('2026-04-12T00:00:00Z')];
const slugs = [SLUG, 'cycles', 'Canisters', 'can isters', 'canisters--x', '-canisters', 'réact', 'search', 'page', 'a'.repeat(80), 'a'.repeat(81), '', 5, null];
const slugLists = [[], ['cycles'], ['cycles', 'cycles'], [SLUG], ['canister'], ['search'], ['Cycles'], ['cycles', 5], [null], Array.from({ length: 20 }, (_, i) => `s${i}`), Array.from({ length: 21 }, (_, i) => `s${i}`), Array.from({ length: 30 }, (_, i) => `s${i}`), Array.from({ length: 31 }, (_, i) => `s${i}`), 'cycles', null, {}];
const tagLists = [[], ['wasm'], ['React', 'react ', 'core concept', 'core_concept'], ['wasm', 'wasm'], ['wasm', 'WASM'], ['café'], ['a--b'], ['-a'], [''], ['  '], ['a'.repeat(80)], ['a'.repeat(81)], Array.from({ length: 20 }, (_, i) => `t${i}`), Array.from({ length: 21 }, (_, i) => `t${i}`), [5], [null], 'wasm', null];
const covers = ['/img/a.jpg', '/img/../a.jpg', '/./a.jpg', '//cdn.example.com/a.jpg', '/', '/img/', 'https://example.com/a.jpg', 'http://example.com/a.jpg', 'img/a.jpg', '', 5, null];
const booleans = [true, false, 'yes', 'true', 0, 1, null];

const variants: Record<string, unknown[]> = {
  title: texts,
  description: texts,
  slug: slugs,
  date: dates,
  updated: dates,
  tags: tagLists,
  related: slugLists,
  aliases: slugLists,
  cover: covers,
  hub: booleans,
  draft: booleans,
};

function withField(data: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const copy = { ...data };
  if (value === ABSENT) delete copy[field];
  else copy[field] = value;
  return copy;
}

function singleChanges(start: Record<string, unknown>): Record<string, unknown>[] {
  const inputs: Record<string, unknown>[] = [start];
  for (const [field, values] of Object.entries(variants)) {
    for (const value of [ABSENT, ...values]) inputs.push(withField(start, field, value));
  }
  inputs.push({ ...start, tittle: 'x' }, { ...start, constructor: 'x' }, { ...start, updated: undefined }, { ...start, tags: undefined });
  return inputs;
}

/** Two fields changed at once, from a fixed seed. */
function pairChanges(start: Record<string, unknown>, count: number): Record<string, unknown>[] {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * n);
  };
  const fields = Object.keys(variants);
  return Array.from({ length: count }, () => {
    let data = start;
    for (let i = 0; i < 2; i += 1) {
      const field = fields[next(fields.length)] as string;
      const values = [ABSENT, ...(variants[field] as unknown[])];
      data = withField(data, field, values[next(values.length)]);
    }
    return data;
  });
}

function expectSame<T>(parse: (data: unknown, fileSlug: string, today: string, options?: { fastPath?: boolean }) => { data: T | null; issues: unknown[] }, data: unknown) {
  const fast = parse(data, SLUG, TODAY);
  const full = parse(data, SLUG, TODAY, { fastPath: false });
  expect({ data, result: fast }).toEqual({ data, result: full });
  expect({ data, keys: fast.data && Object.keys(fast.data) }).toEqual({ data, keys: full.data && Object.keys(full.data) });
}

describe('schema fast path', () => {
  afterEach(() => jest.restoreAllMocks());

  it('gives what zod gives for entries with one or two fields changed', () => {
    const minimal = { title: 'Canisters', slug: SLUG, description: 'Units of software.', date: '2026-04-12' };
    const inputs = [...singleChanges(base), ...singleChanges(minimal), ...pairChanges(base, 3000), null, [], 'text', 5, {}];
    for (const data of inputs) expectSame(parseEntryFrontmatter, data);
  });

  it('gives what zod gives for pages', () => {
    const page = { title: 'About', slug: SLUG, description: 'About the wiki.', date: '2026-04-12' };
    for (const data of [...singleChanges(page), ...pairChanges(page, 500)]) expectSame(parsePageFrontmatter, data);
  });

  it('answers for ordinary frontmatter without zod, so the comparison above means something', () => {
    const entryParse = jest.spyOn(entrySchema, 'safeParse');
    const pageParse = jest.spyOn(pageSchema, 'safeParse');
    expect(parseEntryFrontmatter(base, SLUG, TODAY).issues).toEqual([]);
    expect(parseEntryFrontmatter({ title: 'Canisters', slug: SLUG, description: 'Units of software.', date: '2026-04-12' }, SLUG, TODAY).data).not.toBeNull();
    expect(parsePageFrontmatter({ title: 'About', slug: SLUG, description: 'About the wiki.', date: '2026-04-12' }, SLUG, TODAY).data).not.toBeNull();
    expect(entryParse).not.toHaveBeenCalled();
    expect(pageParse).not.toHaveBeenCalled();
  });
});
