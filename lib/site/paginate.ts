/**
 * Listing pages are cut into pages so that no prerendered page grows with the wiki: page 1 lives
 * at the listing's own path (`/wiki/`), page N at `<path>page/N/`. There is no `page/1/`: one
 * address per page, so a second one would be a duplicate for search engines; it is a 404.
 */

/** Entries per page of the A–Z index: one line each with a description, about 60 KB of HTML. */
export const INDEX_PAGE_SIZE = 200;
/** Cards per page of a tag. Cards are larger than index lines, so fewer fit the same budget. */
export const TAG_PAGE_SIZE = 60;
/** Backlinks shown on an entry page; the rest are on the entry's on-demand `links/` page. */
export const BACKLINKS_SHOWN = 24;
/** Members shown on a hub; the rest are on the hub's on-demand `members/` page. */
export const HUB_MEMBERS_SHOWN = 48;
/** Rows per page of the on-demand full lists (backlinks, hub members). */
export const FULL_LIST_PAGE_SIZE = 200;

export interface PageSlice<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  /** 0-based index of the first item of this page in the whole list. */
  offset: number;
}

/** At least one page, so an empty listing still has its page 1. */
export function countPages(total: number, pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Page `page` of `items`; a page outside 1…pageCount is clamped to the nearest one. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): PageSlice<T> {
  const pageCount = countPages(items.length, pageSize);
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const offset = (current - 1) * pageSize;
  return { items: items.slice(offset, offset + pageSize), page: current, pageCount, total: items.length, offset };
}

/**
 * The page number a `page/N/` segment names, or null when that address must be a 404: anything
 * but plain digits without a leading zero (`01`, `1e1`, ` 2` would otherwise be aliases of a real
 * page), 1 (page 1 is the listing's own path) and numbers past the last page.
 */
export function parsePageParam(value: string, pageCount: number): number | null {
  if (!/^[1-9][0-9]{0,8}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= pageCount ? page : null;
}

/** The `page/N/` segments a listing with `pageCount` pages prerenders: 2…pageCount. */
export function pageParams(pageCount: number): string[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => String(index + 2));
}

/** The address of page `page` of the listing at `basePath` (which ends in `/`). */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}page/${page}/`;
}

export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * The page numbers a navigation shows: the first and last, the current one with `around` pages
 * on each side, and a gap (an ellipsis) for each run of hidden pages. A gap never hides a single
 * page, since showing that page takes no more room than the ellipsis. At most 5 + 2 × around
 * items (numbers and gaps), so the navigation does not grow with the number of pages.
 */
export function pageLinks(page: number, pageCount: number, around = 1): PageLink[] {
  const shown = new Set<number>([1, pageCount]);
  for (let number = page - around; number <= page + around; number += 1) {
    if (number >= 1 && number <= pageCount) shown.add(number);
  }
  // Near an end, keep the same number of slots filled rather than showing a gap next to the edge.
  const edge = 3 + 2 * around;
  if (page <= edge - 1) for (let number = 1; number <= Math.min(edge, pageCount); number += 1) shown.add(number);
  if (page >= pageCount - edge + 2) for (let number = Math.max(1, pageCount - edge + 1); number <= pageCount; number += 1) shown.add(number);

  const links: PageLink[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number - previous === 2) links.push({ kind: 'page', page: previous + 1 });
    else if (number - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}` });
    links.push({ kind: 'page', page: number });
    previous = number;
  }
  return links;
}

/**
 * At most `limit` items of a list, for a page that shows part of it and links to the rest. With
 * `preferred`, preferred items take the places first and the others fill what is left; the items
 * chosen keep the list's order either way.
 */
export function previewList<T>(items: readonly T[], limit: number, preferred?: (item: T) => boolean): T[] {
  if (items.length <= limit) return [...items];
  if (!preferred) return items.slice(0, limit);
  const chosen = new Set<T>();
  for (const item of items) {
    if (chosen.size >= limit) break;
    if (preferred(item)) chosen.add(item);
  }
  for (const item of items) {
    if (chosen.size >= limit) break;
    chosen.add(item);
  }
  return items.filter((item) => chosen.has(item));
}
