/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { Pagination } from '@/components/layout/pagination';

function links() {
  return within(screen.getByRole('navigation', { name: 'Pages of the index' })).getAllByRole('link');
}

describe('Pagination', () => {
  it('links the previous and next pages with rel, and marks the current one', () => {
    render(<Pagination page={3} pageCount={5} basePath="/wiki/" label="Pages of the index" />);
    expect(links().map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['← Previous', '/wiki/page/2/'],
      ['1', '/wiki/'],
      ['2', '/wiki/page/2/'],
      ['3', '/wiki/page/3/'],
      ['4', '/wiki/page/4/'],
      ['5', '/wiki/page/5/'],
      ['Next →', '/wiki/page/4/'],
    ]);
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('rel', 'prev');
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('rel', 'next');
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
    expect(links().filter((link) => link.hasAttribute('aria-current'))).toHaveLength(1);
  });

  it('leaves out Previous on the first page and Next on the last', () => {
    const { unmount } = render(<Pagination page={1} pageCount={3} basePath="/tags/governance/" label="Pages of the index" />);
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/tags/governance/page/2/');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('href', '/tags/governance/');
    unmount();
    render(<Pagination page={3} pageCount={3} basePath="/tags/governance/" label="Pages of the index" />);
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/tags/governance/page/2/');
  });

  it('shortens many pages with ellipses', () => {
    render(<Pagination page={25} pageCount={50} basePath="/wiki/" label="Pages of the index" />);
    const items = within(screen.getByRole('navigation', { name: 'Pages of the index' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['← Previous', '1', '…', '24', '25', '26', '…', '50', 'Next →']);
    expect(screen.getByRole('link', { name: 'Page 50' })).toHaveAttribute('href', '/wiki/page/50/');
    expect(screen.queryByRole('link', { name: 'Page 2' })).toBeNull();
  });

  it('renders nothing for a listing that fits on one page', () => {
    const { container } = render(<Pagination page={1} pageCount={1} basePath="/wiki/" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is a navigation named "Pages" unless told otherwise', () => {
    render(<Pagination page={1} pageCount={2} basePath="/wiki/" />);
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
  });
});
