/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SearchBox } from '@/components/search/search-box';

const push = jest.fn();
jest.mock('next/navigation', () => ({ useRouter: () => ({ push }) }));

const hits = [
  { slug: 'chain-key-cryptography', url: '/wiki/chain-key-cryptography/', title: 'Chain-key cryptography', description: 'Threshold keys.' },
  { slug: 'subnets', url: '/wiki/subnets/', title: 'Subnets', description: 'Replicated blockchains.' },
];

beforeEach(() => {
  jest.useFakeTimers();
  push.mockReset();
  global.fetch = jest.fn().mockResolvedValue({ ok: true, json: async () => ({ hits }) }) as jest.Mock;
});

afterEach(() => {
  jest.useRealTimers();
});

async function typeAndWait(text: string) {
  fireEvent.change(screen.getByRole('combobox', { name: 'Search the wiki' }), { target: { value: text } });
  await act(async () => {
    jest.advanceTimersByTime(200);
  });
}

describe('SearchBox', () => {
  it('is a GET form to /search/ that works without JavaScript', () => {
    render(<SearchBox />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/search/');
    expect(form).toHaveAttribute('method', 'get');
    expect(screen.getByRole('combobox')).toHaveAttribute('name', 'q');
  });

  it('asks the API once, after the reader pauses, and lists suggestions', async () => {
    render(<SearchBox />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'ch' } });
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'cha' } });
    await typeAndWait('chain');
    expect(global.fetch).toHaveBeenCalledTimes(1);
    expect((global.fetch as jest.Mock).mock.calls[0][0]).toBe('/api/search/?q=chain&limit=6');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Chain-key cryptographyThreshold keys.', 'SubnetsReplicated blockchains.']);
    expect(screen.getByText('2 suggestions, use the arrow keys to choose')).toBeInTheDocument();
  });

  it('does not ask for a single character', async () => {
    render(<SearchBox />);
    await typeAndWait('c');
    expect(global.fetch).not.toHaveBeenCalled();
  });

  it('moves through suggestions with the arrow keys and opens one with Enter', async () => {
    render(<SearchBox />);
    await typeAndWait('chain');
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', options[1]?.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(push).toHaveBeenCalledWith('/wiki/subnets/');
  });

  it('submits the search when Enter is pressed without a chosen suggestion', async () => {
    render(<SearchBox />);
    await typeAndWait('chain');
    const prevented = !fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(prevented).toBe(false);
    expect(push).not.toHaveBeenCalled();
  });

  it('closes the list with Escape, then clears the box with a second Escape', async () => {
    render(<SearchBox />);
    await typeAndWait('chain');
    const input = screen.getByRole('combobox');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('');
  });

  it('opens a suggestion on click', async () => {
    render(<SearchBox />);
    await typeAndWait('chain');
    fireEvent.mouseDown(screen.getByRole('option', { name: /Chain-key/ }));
    expect(push).toHaveBeenCalledWith('/wiki/chain-key-cryptography/');
  });
});
