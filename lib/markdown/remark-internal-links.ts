import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { canonicalHref, parseInternalHref, type InternalTarget } from './internal-href';

export interface InternalLinkOptions {
  /** Whether the target exists. Missing targets are marked so the page can show them in red (dev only: the build refuses them). */
  exists?: (target: InternalTarget) => boolean;
}

/** Rewrites internal links to their canonical trailing-slash form and marks the ones that lead nowhere. */
export function remarkInternalLinks(options: InternalLinkOptions = {}) {
  return (tree: Root) => {
    visit(tree, 'link', (node) => {
      const target = parseInternalHref(node.url);
      if (!target) return;
      node.url = canonicalHref(target);
      if (options.exists && !options.exists(target)) {
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, 'data-missing': 'true' } };
      }
    });
  };
}
