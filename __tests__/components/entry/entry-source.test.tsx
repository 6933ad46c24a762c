/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { EntrySource } from '@/components/entry/entry-source';
import { repositoryUrl } from '@/lib/site/config';

describe('EntrySource', () => {
  it('says when the file was last edited and links to editing it and to its history', () => {
    render(<EntrySource file="content/wiki/canisters.md" lastEdited="2026-11-25" />);
    const aside = screen.getByRole('complementary', { name: 'About this page' });
    expect(within(aside).getByText(/Last edited/).textContent).toBe('Last edited 25 November 2026');
    expect(within(aside).getByText('25 November 2026')).toHaveAttribute('datetime', '2026-11-25');
    expect(within(aside).getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', repositoryUrl('edit', 'content/wiki/canisters.md'));
    expect(within(aside).getByRole('link', { name: 'History' })).toHaveAttribute('href', repositoryUrl('commits', 'content/wiki/canisters.md'));
  });

  it('leaves the date out when there is no git history to take it from', () => {
    render(<EntrySource file="content/wiki/canisters.md" lastEdited={null} />);
    const aside = screen.getByRole('complementary', { name: 'About this page' });
    expect(within(aside).queryByText(/Last edited/)).toBeNull();
    expect(within(aside).getAllByRole('link')).toHaveLength(2);
  });
});
