/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { EntryIndex, groupByInitial, initialOf, letterStarts } from '@/components/entry/entry-index';
import { makeEntry } from '../../support/entries';

const titled = (...titles: string[]) => titles.map((title, index) => makeEntry(`entry-${index}`, { title }));

describe('initialOf', () => {
  it('files letters under their capital, accented ones under their base letter, the rest under #', () => {
    expect(['canisters', 'Cycles', 'Élan', 'ckBTC', '3D', '¿Qué?', 'Ωmega', ''].map(initialOf)).toEqual(['C', 'C', 'E', 'C', '#', '#', '#', '#']);
  });
});

describe('groupByInitial', () => {
  it('groups in order of first appearance, each entry once', () => {
    const groups = groupByInitial(titled('1st', 'Apple', 'avocado', 'Banana', 'Élan', 'Egg'));
    expect(groups.map(([letter, group]) => [letter, group.map((entry) => entry.title)])).toEqual([
      ['#', ['1st']],
      ['A', ['Apple', 'avocado']],
      ['B', ['Banana']],
      ['E', ['Élan', 'Egg']],
    ]);
  });

  it('stays linear on a large index', () => {
    const entries = titled(...Array.from({ length: 50_000 }, (_, index) => `A${index}`));
    const started = performance.now();
    expect(groupByInitial(entries)[0]?.[1]).toHaveLength(50_000);
    // The copying version took seconds here; a linear one takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('letterStarts', () => {
  it('gives the page each letter starts on', () => {
    expect(letterStarts(titled('A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2'), 3)).toEqual([
      { letter: 'A', page: 1 },
      { letter: 'B', page: 2 },
      { letter: 'C', page: 2 },
    ]);
  });
});

describe('EntryIndex', () => {
  const all = titled('A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2');
  const letters = letterStarts(all, 3);

  it('links each letter to its place, on this page or the page it starts on', () => {
    render(<EntryIndex entries={all.slice(3, 6)} letters={letters} page={2} basePath="/wiki/" />);
    const bar = screen.getByRole('navigation', { name: 'Jump to letter' });
    expect(within(bar).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/wiki/#letter-A', '#letter-B', '#letter-C']);
  });

  it('repeats the heading of a letter that began on an earlier page and says it continues', () => {
    render(<EntryIndex entries={all.slice(6)} letters={letters} page={3} basePath="/wiki/" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('C (continued)');
    expect(screen.getByRole('region', { name: 'C (continued)' })).toHaveTextContent('C2');
    expect(screen.getByRole('link', { name: 'C2' })).toHaveAttribute('href', '/wiki/entry-6/');
  });

  it('does not mark a letter that starts on this page as continued, and badges hubs', () => {
    const entries = titled('B1', 'B2');
    entries[1] = { ...entries[1]!, hub: true };
    render(<EntryIndex entries={entries} letters={[{ letter: 'B', page: 1 }]} page={1} basePath="/wiki/" />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B');
    expect(screen.getAllByText('Hub')).toHaveLength(1);
  });
});
