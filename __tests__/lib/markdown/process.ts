import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/** Parses Markdown (or MDX) and runs the given remark plugins, for asserting on the tree they produce. */
export function runRemark(markdown: string, plugins: Pluggable[], options: { mdx?: boolean } = {}): { tree: Root; file: VFile } {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (options.mdx) processor.use(remarkMdx);
  for (const plugin of plugins) processor.use(...(Array.isArray(plugin) ? plugin : [plugin]) as [never]);
  const file = new VFile(markdown);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** The tree without positions, for readable assertions. */
export function strip<T>(node: T): T {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value)));
}
