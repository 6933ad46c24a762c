/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { EntryLinkList } from '@/components/entry/entry-link-list';
import { makeEntry } from '../../support/entries';

describe('EntryLinkList', () => {
  const entries = [makeEntry('canisters', { title: 'Canisters' }), makeEntry('cycles', { title: 'Cycles' })];

  it('lists entry links with their descriptions under a titled region', () => {
    render(<EntryLinkList id="backlinks-title" title="Linked from" entries={entries} />);
    const region = screen.getByRole('region', { name: 'Linked from' });
    expect(within(region).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Canisters — About canisters', 'Cycles — About cycles']);
    expect(within(region).getAllByRole('link')).toHaveLength(2);
  });

  it('links to the rest of a list it shows only part of', () => {
    render(<EntryLinkList id="backlinks-title" title="Linked from" entries={entries} more={{ href: '/wiki/subnets/links/', label: 'All 312 pages linking here' }} />);
    expect(screen.getByRole('link', { name: 'All 312 pages linking here' })).toHaveAttribute('href', '/wiki/subnets/links/');
  });

  it('renders nothing for an empty list', () => {
    const { container } = render(<EntryLinkList id="backlinks-title" title="Linked from" entries={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
