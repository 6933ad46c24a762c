/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { SearchResults } from '@/components/search/search-results';
import { parseQuery } from '@/lib/search/query';
import type { SearchResult } from '@/lib/search/types';

function resultsPage(page: number, pageCount: number): SearchResult {
  return {
    query: parseQuery('canister'),
    total: pageCount * 10,
    page,
    pageCount,
    perPage: 10,
    hits: [{ slug: 'canisters', title: 'Canisters', description: 'Units of software.', tags: [], score: 1, titleParts: [{ text: 'Canisters', match: true }], snippet: [{ text: 'A canister.', match: false }] }],
    facets: [],
    everyWord: true,
    unknownTags: [],
    suggestion: null,
  };
}

describe('SearchResults summary', () => {
  it('says how many entries match every word', () => {
    render(<SearchResults result={resultsPage(1, 1)} />);
    expect(screen.getByRole('status').textContent).toBe('10 entries match “canister”.');
  });

  it('offers ways to browse when nothing matches, and names tags that do not exist', () => {
    render(<SearchResults result={{ ...resultsPage(1, 1), query: parseQuery('tag:nope'), total: 0, hits: [], unknownTags: ['nope'] }} />);
    expect(screen.getByRole('status').textContent).toBe('No entries match “tag:nope”.');
    expect(screen.getByText(/No entry is tagged/).textContent).toBe('No entry is tagged “nope”: see all tags.');
    expect(screen.getByRole('link', { name: 'all tags' })).toHaveAttribute('href', '/tags/');
    expect(screen.getByRole('link', { name: 'every entry A–Z' })).toHaveAttribute('href', '/wiki/');
  });

  it('says so when the hits have only some of the words', () => {
    render(<SearchResults result={{ ...resultsPage(1, 1), query: parseQuery('canister xyzzy'), total: 1, everyWord: false }} />);
    expect(screen.getByRole('status').textContent).toBe('No entry has every word of “canister xyzzy”; 1 entry has some of them.');
  });
});

describe('SearchResults pagination', () => {
  it('shows a bounded run of page numbers around the current page, with gaps, however many pages there are', () => {
    render(<SearchResults result={resultsPage(480, 970)} />);
    const nav = screen.getByRole('navigation', { name: 'Pages of results' });
    const numbers = within(nav).getAllByText(/^\d+$/).map((element) => element.textContent);
    expect(numbers).toEqual(['1', '479', '480', '481', '970']);
    expect(within(nav).getAllByText('…')).toHaveLength(2);
    expect(within(nav).getByText('480')).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Page 481' })).toHaveAttribute('href', '/search/?q=canister&page=481');
    expect(within(nav).getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/search/?q=canister&page=479');
    expect(within(nav).getByRole('link', { name: 'Next' })).toHaveAttribute('rel', 'next');
  });

  it('has no page navigation for a single page of results', () => {
    render(<SearchResults result={resultsPage(1, 1)} />);
    expect(screen.queryByRole('navigation', { name: 'Pages of results' })).toBeNull();
  });
});
