import type { InputHTMLAttributes, ReactElement } from 'react';

/**
 * The box of a GFM task-list item (`- [x] done`). It is read-only, and its state is what a screen
 * reader needs to hear, so it is named "Done" or "To do"; the item's text follows it.
 */
export function TaskCheckbox({ type, checked, ...rest }: InputHTMLAttributes<HTMLInputElement>): ReactElement {
  if (type !== 'checkbox') return <input type={type} {...rest} />;
  return <input type="checkbox" checked={Boolean(checked)} disabled aria-label={checked ? 'Done' : 'To do'} />;
}
