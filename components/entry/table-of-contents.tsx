import type { ReactElement } from 'react';
import type { HeadingInfo } from '@/lib/content';

interface TocItem extends HeadingInfo {
  children: HeadingInfo[];
}

/** h2 sections with their h3 subsections; h3s before the first h2 are listed at the top level. */
export function buildTocItems(headings: readonly HeadingInfo[]): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) items.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = items[items.length - 1];
      if (parent) parent.children.push(heading);
      else items.push({ ...heading, children: [] });
    }
  }
  return items;
}

export function TableOfContents({ headings }: { headings: readonly HeadingInfo[] }): ReactElement | null {
  const items = buildTocItems(headings);
  if (items.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        On this page
      </h2>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.text}</a>
            {item.children.length > 0 ? (
              <ol>
                {item.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
