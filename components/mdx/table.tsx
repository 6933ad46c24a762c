import type { ReactElement, TableHTMLAttributes } from 'react';

/** Wide tables scroll inside their own box on phones instead of widening the page; the box is focusable so keyboards can scroll it too. */
export function Table(props: TableHTMLAttributes<HTMLTableElement>): ReactElement {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}
