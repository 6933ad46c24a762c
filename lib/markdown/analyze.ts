import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseInternalHref, type InternalTarget } from './internal-href';
import { MDX_ALLOWLIST, REQUIRED_ATTRIBUTES } from './mdx-allowlist';
import { YOUTUBE_ID_PATTERN } from './youtube';
import { remarkHeadingIds, type HeadingInfo } from './remark-heading-ids';
import { remarkVideoCards } from './remark-video-cards';

export type BodyFormat = 'md' | 'mdx';

export interface BodyProblem {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  hint?: string;
}

export interface InternalLinkRef {
  href: string;
  target: InternalTarget;
  line: number;
  column: number;
}

export interface VideoInfo {
  id: string;
  title: string;
  /** Start offset in seconds. */
  start?: number;
}

export interface BodyAnalysis {
  headings: HeadingInfo[];
  links: InternalLinkRef[];
  /** The video cards the page will show, in order (for structured data). */
  videos: VideoInfo[];
  /** The readable text without Markdown syntax, one block per line (for the search index). */
  text: string;
  problems: BodyProblem[];
}

/** Deeper than this, the MDX compiler's recursive passes can overflow the stack. */
export const MAX_NESTING_DEPTH = 40;
const MAX_TREE_DEPTH = 120;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const parsers = {
  md: unified().use(remarkParse).use(remarkGfm).freeze(),
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze(),
};

/**
 * Reads a body without compiling it: headings with their ids, internal links with positions,
 * and everything unsafe or unsupported. `bodyLine` is the file line the body starts on, so every
 * position reported is a position in the file.
 */
export function analyzeBody(body: string, format: BodyFormat, bodyLine = 1): BodyAnalysis {
  const problems: BodyProblem[] = [];
  const nesting = findExcessiveNesting(body, bodyLine);
  if (nesting) return { headings: [], links: [], videos: [], text: '', problems: [nesting] };
  if (body.trim() === '') {
    problems.push({ line: bodyLine, column: 1, severity: 'warning', rule: 'body-empty', message: 'the entry has no body text', hint: 'write at least a lead paragraph' });
  }

  const file = new VFile({ value: '\n'.repeat(Math.max(0, bodyLine - 1)) + body });
  let tree: Root;
  try {
    tree = parsers[format].parse(file);
  } catch (error) {
    return { headings: [], links: [], videos: [], text: '', problems: [parseFailure(error, bodyLine)] };
  }

  remarkHeadingIds()(tree, file);
  // The same transform the renderer runs, so the videos listed are exactly the cards on the page.
  remarkVideoCards()(tree);
  const links: InternalLinkRef[] = [];
  const videos: VideoInfo[] = [];
  walk(tree, (node, depth) => {
    if (depth > MAX_TREE_DEPTH) {
      problems.push({ ...at(node, bodyLine), severity: 'error', rule: 'nesting-depth', message: `content is nested more than ${MAX_TREE_DEPTH} levels deep`, hint: 'flatten the lists or quotes' });
      return false;
    }
    inspectNode(node, format, bodyLine, problems, links);
    const video = readVideoCard(node);
    if (video) videos.push(video);
    return true;
  });
  return { headings: file.data.headings ?? [], links, videos, text: plainText(tree), problems };
}

type AnyNode = Root | RootContent;

/** Iterative walk: a hostile body must not be able to overflow our own stack either. */
function walk(tree: Root, visitor: (node: AnyNode, depth: number) => boolean) {
  const stack: Array<{ node: AnyNode; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: AnyNode; depth: number };
    if (!visitor(node, depth)) return;
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        stack.push({ node: node.children[index] as AnyNode, depth: depth + 1 });
      }
    }
  }
}

function at(node: AnyNode, bodyLine: number): { line: number; column: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : { line: bodyLine, column: 1 };
}

function inspectNode(node: AnyNode, format: BodyFormat, bodyLine: number, problems: BodyProblem[], links: InternalLinkRef[]) {
  const position = at(node, bodyLine);
  switch (node.type) {
    case 'link':
    case 'definition':
      checkUrl(node.url, 'link', position, problems, links);
      return;
    case 'image':
      checkUrl(node.url, 'image', position, problems, links);
      return;
    case 'html':
      if (format === 'md' && !/^<!--[\s\S]*-->$/.test(node.value.trim())) {
        problems.push({ ...position, severity: 'warning', rule: 'html-ignored', message: 'raw HTML is not rendered in .md entries', hint: 'write it in Markdown' });
      }
      return;
    case 'mdxjsEsm':
      problems.push({ ...position, severity: 'error', rule: 'mdx-esm', message: '`import` and `export` are not allowed in entries', hint: 'delete the statement; components are available without importing' });
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      problems.push({ ...position, severity: 'error', rule: 'mdx-expression', message: 'JavaScript expressions `{…}` are not allowed', hint: 'escape a literal brace as \\{' });
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkJsxElement(node, position, problems);
      return;
    default:
      return;
  }
}

/** Nodes whose text must not run into its neighbour's: `a | b` cells, list items, paragraphs. */
const SEPARATED = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableRow', 'code', 'blockquote']);

/** The readable text, top-level block by block, with a space wherever a block or cell ends. */
function plainText(tree: Root): string {
  const blockText = (node: AnyNode): string => {
    if (!('children' in node)) return toString(node, { includeImageAlt: true, includeHtml: false });
    const inner = (node.children as AnyNode[]).map(blockText).join('');
    return SEPARATED.has(node.type) ? ` ${inner} ` : inner;
  };
  return tree.children
    .map((block) => blockText(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function readVideoCard(node: AnyNode): VideoInfo | null {
  if (node.type !== 'mdxJsxFlowElement' || node.name !== 'VideoCard') return null;
  const attributes = new Map(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? [[attribute.name, attribute.value] as const] : [])));
  const id = attributes.get('id');
  if (!id || !YOUTUBE_ID_PATTERN.test(id)) return null;
  const start = attributes.get('start');
  return { id, title: attributes.get('title') ?? 'Video on YouTube', ...(start && /^\d+$/.test(start) ? { start: Number(start) } : {}) };
}

function checkJsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, position: { line: number; column: number }, problems: BodyProblem[]) {
  const name = node.name ?? '';
  const allowed = MDX_ALLOWLIST[name];
  if (!allowed) {
    problems.push({
      ...position,
      severity: 'error',
      rule: 'mdx-element',
      message: name ? `<${name}> is not an allowed element` : 'fragments `<>` are not allowed',
      hint: `allowed: ${Object.keys(MDX_ALLOWLIST).join(', ')}`,
    });
    return;
  }
  const present = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...position, severity: 'error', rule: 'mdx-attribute', message: `<${name}> has a spread expression`, hint: 'write plain attributes like title="…"' });
      continue;
    }
    present.add(attribute.name);
    const check = allowed[attribute.name];
    if (!check) {
      problems.push({ ...position, severity: 'error', rule: 'mdx-attribute', message: `<${name}> does not take the attribute "${attribute.name}"`, hint: Object.keys(allowed).length ? `allowed: ${Object.keys(allowed).join(', ')}` : `<${name}> takes no attributes` });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      problems.push({ ...position, severity: 'error', rule: 'mdx-attribute', message: `<${name}> attribute "${attribute.name}" must be a quoted string`, hint: `write ${attribute.name}="…"` });
      continue;
    }
    const complaint = check(attribute.value);
    if (complaint) problems.push({ ...position, severity: 'error', rule: 'mdx-attribute', message: `<${name}> attribute ${attribute.name}="${attribute.value}" ${complaint}` });
  }
  for (const required of REQUIRED_ATTRIBUTES[name] ?? []) {
    if (!present.has(required)) problems.push({ ...position, severity: 'error', rule: 'mdx-attribute', message: `<${name}> needs a ${required} attribute` });
  }
}

function checkUrl(rawUrl: string, kind: 'link' | 'image', position: { line: number; column: number }, problems: BodyProblem[], links: InternalLinkRef[]) {
  // Browsers ignore ASCII whitespace and control characters inside a scheme (`java\tscript:`).
  const url = rawUrl.replace(/[\u0000-\u0020\u007F]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme) {
    const allowed = kind === 'image' ? scheme === 'https' : LINK_PROTOCOLS.has(`${scheme}:`);
    if (!allowed) {
      problems.push({
        ...position,
        severity: 'error',
        rule: 'url-protocol',
        message: `${kind} URL with the "${scheme}:" scheme is not allowed`,
        hint: kind === 'image' ? 'images must be https URLs or paths under public/' : 'use https:, mailto: or a /wiki/ link',
      });
    }
    return;
  }
  if (url === '') {
    problems.push({ ...position, severity: 'error', rule: 'link-empty', message: `${kind} has an empty URL` });
    return;
  }
  const target = parseInternalHref(url);
  if (!target) {
    problems.push({ ...position, severity: 'error', rule: 'link-relative', message: `relative ${kind} "${rawUrl}" depends on the page it is on`, hint: 'start it with /, like /wiki/canisters/' });
    return;
  }
  links.push({ href: url, target, ...position });
}

/**
 * Cheap scan before parsing: thousands of nested `>` or list markers in a few KB overflow the
 * compiler's stack with no file named, so such a body is refused with its line instead.
 */
function findExcessiveNesting(body: string, bodyLine: number): BodyProblem | null {
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const markers = /^(?:[ \t]*(?:>|[*+-][ \t]|\d{1,9}[.)][ \t]))+/.exec(line)?.[0] ?? '';
    const markerCount = (markers.match(/>|[*+-][ \t]|\d{1,9}[.)][ \t]/g) ?? []).length;
    const indentLevels = Math.floor((/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length / 2);
    if (markerCount > MAX_NESTING_DEPTH || indentLevels > MAX_NESTING_DEPTH * 2) {
      return {
        line: bodyLine + index,
        column: 1,
        severity: 'error',
        rule: 'nesting-depth',
        message: `quotes or lists are nested more than ${MAX_NESTING_DEPTH} levels deep`,
        hint: 'flatten the structure',
      };
    }
  }
  return null;
}

function parseFailure(error: unknown, bodyLine: number): BodyProblem {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const start = place && 'start' in place && place.start ? place.start : place;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const isComment = /`!`|<!--/.test(reason);
  return {
    line: start?.line ?? bodyLine,
    column: start?.column ?? 1,
    severity: 'error',
    rule: error instanceof RangeError ? 'nesting-depth' : 'mdx-syntax',
    message: error instanceof RangeError ? 'content is nested too deeply to parse' : `MDX syntax error: ${reason}`,
    hint: isComment ? 'HTML comments are not supported in .mdx; delete it' : 'unescaped < or { start JSX or expressions in .mdx: escape them as \\< and \\{',
  };
}
