import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { RootContent } from 'mdast';
// Registers the MDX node types (mdxJsxFlowElement, mdxFlowExpression, mdxjsEsm, …) in mdast's content unions.
import type {} from 'mdast-util-mdx';

/**
 * Builds the JSX element a remark plugin puts where Markdown stood. Attributes are strings only:
 * next-mdx-remote's JS blocking runs after our plugins and would strip any expression value.
 */
export function jsxElement(
  name: string,
  attributes: Record<string, string | undefined>,
  children: RootContent[] = [],
): MdxJsxFlowElement {
  const attributeNodes: MdxJsxAttribute[] = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  return { type: 'mdxJsxFlowElement', name, attributes: attributeNodes, children: children as MdxJsxFlowElement['children'] };
}
