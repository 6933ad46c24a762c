import Link from 'next/link';
import type { ReactElement } from 'react';
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
        {pageLinks(page, pageCount).map((link) =>
          link.kind === 'gap' ? (
            <li key={link.key}>
              <span className="pagination-gap">…</span>
            </li>
          ) : (
            <li key={link.page}>
              <Link href={pagePath(basePath, link.page)} prefetch={false} aria-label={`Page ${link.page}`} aria-current={link.page === page ? 'page' : undefined}>
                {link.page}
              </Link>
            </li>
          ),
        )}
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
