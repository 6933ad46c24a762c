import Link from 'next/link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { SearchResults } from '@/components/search/search-results';
import { getAllTags } from '@/lib/content';
import { firstValue, MAX_QUERY_LENGTH, parseQuery, search } from '@/lib/search';
import { buildPageMetadata } from '@/lib/seo/metadata';

const DESCRIPTION = 'Search every entry of the Internet Computer wiki.';

export async function generateMetadata({ searchParams }: PageProps<'/search'>): Promise<Metadata> {
  // The query as the results read it: control and bidi characters gone, so the tab title shows what was searched.
  const query = [...parseQuery((await searchParams).q).raw].slice(0, 60).join('').trim();
  return buildPageMetadata({ title: query ? `Search: ${query}` : 'Search', description: DESCRIPTION, path: '/search/', noindex: true });
}

/** Server-rendered results, so search works without JavaScript and before any script loads. */
export default async function SearchPage({ searchParams }: PageProps<'/search'>) {
  const params = await searchParams;
  const result = search(params.q, { page: Number(firstValue(params.page)) || 1 });
  const { query } = result;
  const hasQuery = Boolean(query.text || query.tags.length);

  return (
    <div className="page-narrow">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Search' }]} />
      <h1>Search</h1>
      <form role="search" action="/search/" method="get" className="search-page-form">
        <label htmlFor="search-page-input">Search the wiki</label>
        <div className="search-page-row">
          <input id="search-page-input" type="search" name="q" defaultValue={query.raw} maxLength={MAX_QUERY_LENGTH * 4} autoComplete="off" enterKeyHint="search" />
          <button type="submit">Search</button>
        </div>
        <p className="search-help">
          Words match as you type them, typos included. Use <kbd>&quot;quotes&quot;</kbd> for an exact phrase and <kbd>tag:governance</kbd> to filter by tag.
        </p>
      </form>
      {query.truncated ? (
        <p className="notice" role="note">
          {`Your search was longer than ${MAX_QUERY_LENGTH} characters, so only the first ${MAX_QUERY_LENGTH} were used.`}
        </p>
      ) : null}
      {hasQuery ? (
        <SearchResults result={result} />
      ) : (
        <section aria-labelledby="browse-title">
          <h2 id="browse-title">Or browse by tag</h2>
          <ul className="tag-cloud">
            {getAllTags()
              .slice(0, 16)
              .map(({ tag }) => (
                <li key={tag}>
                  <Link className="tag" href={`/tags/${tag}/`}>
                    {tag}
                  </Link>
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
