/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { RelatedEntries } from '@/components/entry/related-entries';
import type { Entry, RelatedEntry } from '@/lib/content';

const entry = (slug: string, title: string) => ({ slug, title, description: `About ${title}` }) as Entry;

describe('RelatedEntries', () => {
  it('shows each related entry as a card with why it is shown', () => {
    const items: RelatedEntry[] = [
      { entry: entry('chain-key-cryptography', 'Chain-key cryptography'), reason: { kind: 'listed' } },
      { entry: entry('subnets', 'Subnets'), reason: { kind: 'lists-this' } },
      { entry: entry('cycles', 'Cycles'), reason: { kind: 'shared-tags', tags: ['core-concept', 'tokens'] } },
    ];
    render(<RelatedEntries items={items} />);
    const section = screen.getByRole('region', { name: 'Related entries' });
    const cards = within(section).getAllByRole('article');
    expect(cards.map((card) => card.textContent)).toEqual([
      'Chain-key cryptographyAbout Chain-key cryptographySuggested by this entry',
      'SubnetsAbout SubnetsSuggests this entry',
      'CyclesAbout CyclesShares tags core-concept, tokens',
    ]);
    expect(within(cards[0] as HTMLElement).getByRole('link', { name: 'Chain-key cryptography' })).toHaveAttribute('href', '/wiki/chain-key-cryptography/');
  });

  it('renders nothing when there is nothing related', () => {
    const { container } = render(<RelatedEntries items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
