import Link from 'next/link';
import type { ComponentProps, ReactElement } from 'react';
import type { SearchResult } from '@/lib/search';
import { PageNumbers } from '@/components/layout/pagination';
import { HighlightedText } from './highlighted-text';

/**
 * Links to other result pages are not prefetched: each is a fresh server-side search, and a page
 * of facets and page numbers would otherwise start a dozen of them on every visit.
 */
function SearchLink(props: Omit<ComponentProps<typeof Link>, 'prefetch'>): ReactElement {
  return <Link {...props} prefetch={false} />;
}

export function searchHref(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search/?${params.toString()}`;
}

export function SearchResults({ result }: { result: SearchResult }): ReactElement {
  const { query, total, hits, page, pageCount, suggestion, facets, everyWord, unknownTags } = result;
  const first = (page - 1) * result.perPage + 1;
  const showing = pageCount > 1 ? ` (showing ${first}–${first + hits.length - 1})` : '';
  return (
    <div className="search-results">
      <p className="search-summary" role="status">
        {total === 0
          ? `No entries match “${query.raw}”.`
          : everyWord
            ? `${total} ${total === 1 ? 'entry matches' : 'entries match'} “${query.raw}”${showing}.`
            : `No entry has every word of “${query.raw}”; ${total} ${total === 1 ? 'entry has' : 'entries have'} some of them${showing}.`}
      </p>
      {suggestion ? (
        <p className="search-suggestion">
          Did you mean <SearchLink href={searchHref(suggestion)}>{suggestion}</SearchLink>?
        </p>
      ) : null}
      {unknownTags.length > 0 ? (
        <p className="search-unknown-tags">
          No entry is tagged {unknownTags.map((tag) => `“${tag}”`).join(' or ')}: see <Link href="/tags/">all tags</Link>.
        </p>
      ) : null}
      {total === 0 ? (
        <p className="search-browse">
          Browse <Link href="/wiki/">every entry A–Z</Link> or <Link href="/tags/">by tag</Link>.
        </p>
      ) : null}
      {facets.length > 0 ? (
        <nav aria-label="Narrow by tag" className="search-facets">
          <ul className="tag-list">
            {facets.map(({ tag, count }) => (
              <li key={tag}>
                <SearchLink className="tag" href={searchHref(`${query.raw} tag:${tag}`)}>
                  {tag} <span className="tag-count">{count}</span>
                </SearchLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {hits.length > 0 ? (
        <ol className="search-hits" start={first}>
          {hits.map((hit) => (
            <li key={hit.slug}>
              <article>
                <h2 className="search-hit-title">
                  <Link href={`/wiki/${hit.slug}/`}>
                    <HighlightedText parts={hit.titleParts} />
                  </Link>
                </h2>
                <p className="search-hit-description">{hit.description}</p>
                <p className="search-hit-snippet">
                  <HighlightedText parts={hit.snippet} />
                </p>
                {hit.tags.length > 0 ? <p className="search-hit-tags">{hit.tags.join(' · ')}</p> : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label="Pages of results" className="pagination">
          <ul>
            {page > 1 ? (
              <li>
                <SearchLink href={searchHref(query.raw, page - 1)} rel="prev">
                  Previous
                </SearchLink>
              </li>
            ) : null}
            <PageNumbers
              page={page}
              pageCount={pageCount}
              renderPage={(number) =>
                number === page ? (
                  <span aria-current="page">{number}</span>
                ) : (
                  <SearchLink href={searchHref(query.raw, number)} aria-label={`Page ${number}`}>
                    {number}
                  </SearchLink>
                )
              }
            />
            {page < pageCount ? (
              <li>
                <SearchLink href={searchHref(query.raw, page + 1)} rel="next">
                  Next
                </SearchLink>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
