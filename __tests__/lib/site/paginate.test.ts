import { countPages, pageLinks, pageParams, pagePath, paginate, parsePageParam, previewList, type PageLink } from '@/lib/site/paginate';

/** `1 2 3 … 9` for reading the navigation's shape at a glance. */
function shape(links: PageLink[]): string {
  return links.map((link) => (link.kind === 'gap' ? '…' : String(link.page))).join(' ');
}

describe('countPages', () => {
  it('rounds up, and an empty list still has its page 1', () => {
    expect(countPages(0, 200)).toBe(1);
    expect(countPages(1, 200)).toBe(1);
    expect(countPages(200, 200)).toBe(1);
    expect(countPages(201, 200)).toBe(2);
    expect(countPages(10_000, 200)).toBe(50);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => countPages(10, 0)).toThrow(RangeError);
    expect(() => countPages(10, 2.5)).toThrow(RangeError);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, index) => index);

  it('slices one page and says where it is', () => {
    expect(paginate(items, 1, 3)).toEqual({ items: [0, 1, 2], page: 1, pageCount: 3, total: 7, offset: 0 });
    expect(paginate(items, 3, 3)).toEqual({ items: [6], page: 3, pageCount: 3, total: 7, offset: 6 });
  });

  it('clamps a page outside the list to the nearest one', () => {
    expect(paginate(items, 0, 3).page).toBe(1);
    expect(paginate(items, -4, 3).page).toBe(1);
    expect(paginate(items, 99, 3)).toMatchObject({ page: 3, items: [6] });
    expect(paginate(items, Number.NaN, 3).page).toBe(1);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 1, 3)).toEqual({ items: [], page: 1, pageCount: 1, total: 0, offset: 0 });
  });
});

describe('parsePageParam', () => {
  it('accepts pages 2 to the last', () => {
    expect(parsePageParam('2', 50)).toBe(2);
    expect(parsePageParam('50', 50)).toBe(50);
  });

  it.each(['0', '1', '51', '999', 'abc', '', '01', '2.0', '1e1', ' 2', '-2', '+2', '0x2', '9'.repeat(400)])('refuses %j (a 404)', (value) => {
    expect(parsePageParam(value, 50)).toBeNull();
  });

  it('refuses every page of a listing that has only one', () => {
    expect(parsePageParam('2', 1)).toBeNull();
  });
});

describe('pageParams and pagePath', () => {
  it('prerender pages 2 to the last; page 1 is the listing itself', () => {
    expect(pageParams(1)).toEqual([]);
    expect(pageParams(4)).toEqual(['2', '3', '4']);
  });

  it('put page 1 at the listing path and the others under page/N/', () => {
    expect(pagePath('/wiki/', 1)).toBe('/wiki/');
    expect(pagePath('/wiki/', 2)).toBe('/wiki/page/2/');
    expect(pagePath('/tags/governance/', 12)).toBe('/tags/governance/page/12/');
  });
});

describe('pageLinks', () => {
  it('shows every page when there are few', () => {
    expect(shape(pageLinks(1, 1))).toBe('1');
    expect(shape(pageLinks(3, 7))).toBe('1 2 3 4 5 6 7');
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(shape(pageLinks(1, 50))).toBe('1 2 3 4 5 … 50');
    expect(shape(pageLinks(4, 50))).toBe('1 2 3 4 5 … 50');
    expect(shape(pageLinks(5, 50))).toBe('1 … 4 5 6 … 50');
    expect(shape(pageLinks(25, 50))).toBe('1 … 24 25 26 … 50');
    expect(shape(pageLinks(46, 50))).toBe('1 … 45 46 47 … 50');
    expect(shape(pageLinks(47, 50))).toBe('1 … 46 47 48 49 50');
    expect(shape(pageLinks(50, 50))).toBe('1 … 46 47 48 49 50');
  });

  it('never hides a single page behind a gap', () => {
    expect(shape(pageLinks(5, 9))).toBe('1 … 4 5 6 … 9');
    expect(shape(pageLinks(4, 8))).toBe('1 2 3 4 5 … 8');
    expect(shape(pageLinks(5, 8))).toBe('1 … 4 5 6 7 8');
  });

  it('stays the same length however many pages there are', () => {
    for (const pageCount of [8, 100, 10_000]) {
      for (const page of [1, 2, 5, Math.floor(pageCount / 2), pageCount - 1, pageCount]) expect(pageLinks(page, pageCount)).toHaveLength(7);
    }
  });

  it('gives each gap its own key', () => {
    const keys = pageLinks(25, 50).flatMap((link) => (link.kind === 'gap' ? [link.key] : []));
    expect(new Set(keys).size).toBe(2);
  });
});

describe('previewList', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('keeps a short list whole and cuts a long one', () => {
    expect(previewList(items, 10)).toEqual(items);
    expect(previewList(items, 3)).toEqual(['a', 'b', 'c']);
  });

  it('takes preferred items first, then fills up, in the list order', () => {
    expect(previewList(items, 3, (item) => item === 'e' || item === 'c')).toEqual(['a', 'c', 'e']);
    expect(previewList(items, 2, (item) => item > 'c')).toEqual(['d', 'e']);
  });
});
