import Link from 'next/link';
import type { ReactElement, ReactNode } from 'react';
import { pageLinks, pagePath } from '@/lib/site/paginate';

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The listing's own path, ending in `/`: page 1's address. */
  basePath: string;
  /** Names the navigation landmark; it must differ from any other navigation on the page. */
  label?: string;
}

/**
 * Previous, next and a bounded run of page numbers for a paginated listing, as plain links that
 * work without JavaScript. Links are not prefetched: a listing page is large, and prefetching the
 * half-dozen pages a reader is unlikely to open would cost more than the whole page they are on.
 *
 * The current page is a link to itself marked `aria-current`, so it is announced with the others
 * and keeps its place in the list.
 */
export function Pagination({ page, pageCount, basePath, label = 'Pages' }: PaginationProps): ReactElement | null {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="pagination">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={pagePath(basePath, page - 1)} rel="prev" prefetch={false} aria-label="Previous page" className="pagination-step">
              ← Previous
            </Link>
          </li>
        ) : null}
        <PageNumbers
          page={page}
          pageCount={pageCount}
          renderPage={(number) => (
            <Link href={pagePath(basePath, number)} prefetch={false} aria-label={`Page ${number}`} aria-current={number === page ? 'page' : undefined}>
              {number}
            </Link>
          )}
        />
        {page < pageCount ? (
          <li>
            <Link href={pagePath(basePath, page + 1)} rel="next" prefetch={false} aria-label="Next page" className="pagination-step">
              Next →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * The list items of a bounded run of page numbers, gaps shown as `…`: the current page, its
 * neighbours, the first and the last (a common search word has hundreds of pages at 10,000
 * entries). Each listing draws its own number.
 */
export function PageNumbers({ page, pageCount, renderPage }: { page: number; pageCount: number; renderPage: (number: number) => ReactNode }): ReactElement {
  return (
    <>
      {pageLinks(page, pageCount).map((link) =>
        link.kind === 'gap' ? (
          <li key={link.key}>
            <span className="pagination-gap">…</span>
          </li>
        ) : (
          <li key={link.page}>{renderPage(link.page)}</li>
        ),
      )}
    </>
  );
}
