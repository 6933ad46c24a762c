import Link from 'next/link';
import type { ReactElement } from 'react';

export function TagList({ tags, label = 'Tags' }: { tags: readonly string[]; label?: string }): ReactElement | null {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={`/tags/${tag}/`} className="tag">
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
