import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface HeadingInfo {
  depth: number;
  text: string;
  id: string;
}

declare module 'vfile' {
  interface DataMap {
    headings: HeadingInfo[];
  }
}

/**
 * Gives every heading a GitHub-style id (`setup`, `setup-1` for a repeat) and records the list on
 * `file.data.headings`. Validation, the table of contents and the rendered page all run this one
 * plugin, so an `#anchor` that passes the check is an id that exists on the page.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const headings: HeadingInfo[] = [];
    visit(tree, 'heading', (node) => {
      const text = toString(node).trim();
      const id = slugger.slug(text) || `section-${headings.length + 1}`;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      headings.push({ depth: node.depth, text, id });
    });
    file.data.headings = headings;
  };
}
