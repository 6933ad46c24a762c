/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { TableOfContents } from '@/components/entry/table-of-contents';

const headings = [
  { depth: 2, text: 'What ICP does', id: 'what-icp-does' },
  { depth: 3, text: 'Execution', id: 'execution' },
  { depth: 4, text: 'Too deep', id: 'too-deep' },
  { depth: 2, text: 'Subnets', id: 'subnets' },
];

describe('TableOfContents', () => {
  it('lists h2 sections with their h3 subsections as anchor links', () => {
    render(<TableOfContents headings={headings} />);
    const nav = screen.getByRole('navigation', { name: 'On this page' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['What ICP does', '#what-icp-does'],
      ['Execution', '#execution'],
      ['Subnets', '#subnets'],
    ]);
  });

  it('is left out when there is at most one section', () => {
    const { container } = render(<TableOfContents headings={[{ depth: 2, text: 'Only', id: 'only' }]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
