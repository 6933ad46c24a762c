/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { MdxLink } from '@/components/mdx/mdx-link';

describe('MdxLink', () => {
  it('renders site links as plain same-site links', () => {
    render(<MdxLink href="/wiki/canisters/">Canisters</MdxLink>);
    const link = screen.getByRole('link', { name: 'Canisters' });
    expect(link).toHaveAttribute('href', '/wiki/canisters/');
    expect(link).not.toHaveAttribute('rel');
  });

  it('marks external links and keeps them from reaching back', () => {
    render(<MdxLink href="https://internetcomputer.org/">ICP</MdxLink>);
    const link = screen.getByRole('link', { name: 'ICP (external link)' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveClass('link-external');
    // The icon comes from the stylesheet: a page of many links carries no copy of it per link.
    expect(link.querySelector('svg')).toBeNull();
  });

  it('shows a link to a missing entry in red with an explanation', () => {
    render(
      <MdxLink href="/wiki/gone/" data-missing="true">
        Gone
      </MdxLink>,
    );
    const link = screen.getByRole('link', { name: 'Gone' });
    expect(link).toHaveClass('link-missing');
    expect(link).toHaveAttribute('title', 'This entry does not exist yet');
  });

  it('keeps same-page anchors as they are', () => {
    render(<MdxLink href="#subnets">Subnets</MdxLink>);
    expect(screen.getByRole('link', { name: 'Subnets' })).toHaveAttribute('href', '#subnets');
  });
});
