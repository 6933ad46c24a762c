import Link from 'next/link';
import type { ReactElement } from 'react';
import type { Crumb } from '@/lib/seo/json-ld';

export type { Crumb };

export function Breadcrumbs({ items }: { items: Crumb[] }): ReactElement {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item) => (
          <li key={`${item.href ?? ''}${item.label}`}>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
