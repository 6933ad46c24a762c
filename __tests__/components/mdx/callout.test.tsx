/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { Callout, calloutVariants } from '@/components/mdx/callout';

describe('Callout', () => {
  it.each(Object.entries(calloutVariants))('renders a %s as a note labelled by its visible title', (type, { label }) => {
    render(<Callout type={type}>Body text</Callout>);
    const note = screen.getByRole('note', { name: label });
    expect(note).toHaveClass(`callout-${type}`);
    expect(note).toHaveTextContent(`${label}Body text`);
  });

  it('uses a custom title as its name', () => {
    render(<Callout type="tip" title="Save cycles">Batch calls.</Callout>);
    expect(screen.getByRole('note', { name: 'Save cycles' })).toBeInTheDocument();
  });

  it('falls back to a note for an unknown type', () => {
    render(<Callout type="danger">x</Callout>);
    expect(screen.getByRole('note', { name: 'Note' })).toHaveClass('callout-note');
  });

  it('hides its icon from assistive technology', () => {
    const { container } = render(<Callout>x</Callout>);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});
