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
import { findUnknownCalloutMarkers } from './callout-markers';
import { CONTAINER_BUDGET, EMPHASIS_BUDGET, containerOpenings, emphasisCost } from './parse-cost';
import { mayNestTooDeep, nestsTooDeep, scanMarkdown, type ScannedNode } from './scan';

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
export const MAX_TREE_DEPTH = 120;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const parsers = {
  md: unified().use(remarkParse).use(remarkGfm).freeze(),
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze(),
};

export interface AnalyzeOptions {
  /** Parse `.md` with the full remark parser instead of the scanner (the scanner's reference in tests). */
  exact?: boolean;
}

/**
 * Reads a body without compiling it: headings with their ids, internal links with positions,
 * and everything unsafe or unsupported. `bodyLine` is the file line the body starts on, so every
 * position reported is a position in the file.
 *
 * `.md` bodies go through the one-pass scanner (lib/markdown/scan.ts), which finds the same
 * things an order of magnitude faster; `.mdx` needs the real parser for its JSX allowlist, and
 * so does any `.md` body the scanner declines.
 */
export function analyzeBody(body: string, format: BodyFormat, bodyLine = 1, options: AnalyzeOptions = {}): BodyAnalysis {
  const problems: BodyProblem[] = [];
  // The same test as `body.trim() === ''` (\s is exactly what trim removes) without copying the body.
  if (!/\S/.test(body)) {
    problems.push({ line: bodyLine, column: 1, severity: 'warning', rule: 'body-empty', message: 'the entry has no body text', hint: 'write at least a lead paragraph' });
  }
  problems.push(...findUnknownCalloutMarkers(body, bodyLine));
  // The scanner declines every body the nesting check below could refuse, so it runs first.
  const scan = format === 'md' && !options.exact ? scanMarkdown(body, bodyLine, { maxDepth: MAX_TREE_DEPTH, maxNesting: MAX_NESTING_DEPTH }) : null;
  if (scan && scan.containers > CONTAINER_BUDGET) {
    // The estimate names the line; it is meant to count at least what the scanner does (else: the first line).
    const problem = tooManyContainers(bodyLine, scan.containers, containerOpenings(body).overLine);
    return { headings: [], links: [], videos: [], text: '', problems: [...problems, problem] };
  }
  if (scan) {
    const links: InternalLinkRef[] = [];
    for (const node of scan.nodes) inspectScanned(node, problems, links);
    return { headings: scan.headings, links, videos: scan.videos, text: scan.text, problems };
  }

  const nesting = findExcessiveNesting(body, bodyLine) ?? findTooManyContainers(body, bodyLine) ?? findCostlyEmphasis(body, bodyLine);
  if (nesting) return { headings: [], links: [], videos: [], text: '', problems: [nesting] };

  const file = new VFile({ value: '\n'.repeat(Math.max(0, bodyLine - 1)) + body });
  let tree: Root;
  try {
    tree = parsers[format].parse(file);
  } catch (error) {
    return { headings: [], links: [], videos: [], text: '', problems: [parseFailure(error, bodyLine)] };
  }

  try {
    remarkHeadingIds()(tree, file);
    // The same transform the renderer runs, so the videos listed are exactly the cards on the page.
    remarkVideoCards()(tree);
  } catch (error) {
    // unist-util-visit recurses, so thousands of nested emphases overflow it: far past the limit anyway.
    if (!(error instanceof RangeError)) throw error;
    return { headings: [], links: [], videos: [], text: '', problems: [...problems, tooDeep(firstTooDeep(tree), bodyLine)] };
  }
  const links: InternalLinkRef[] = [];
  const videos: VideoInfo[] = [];
  let nestedTooDeep = false;
  walk(tree, (node, depth) => {
    if (depth > MAX_TREE_DEPTH) {
      problems.push(tooDeep(node, bodyLine));
      nestedTooDeep = true;
      return false;
    }
    inspectNode(node, format, bodyLine, problems, links);
    const video = readVideoCard(node);
    if (video) videos.push(video);
    return true;
  });
  // A refused body needs no search text, and plainText recurses.
  return { headings: file.data.headings ?? [], links, videos, text: nestedTooDeep ? '' : plainText(tree), problems };
}

function tooDeep(node: AnyNode | undefined, bodyLine: number): BodyProblem {
  const position = node ? at(node, bodyLine) : { line: bodyLine, column: 1 };
  return { ...position, severity: 'error', rule: 'nesting-depth', message: `content is nested more than ${MAX_TREE_DEPTH} levels deep`, hint: 'flatten the lists or quotes' };
}

function firstTooDeep(tree: Root): AnyNode | undefined {
  let found: AnyNode | undefined;
  walk(tree, (node, depth) => {
    if (depth > MAX_TREE_DEPTH) found = node;
    return !found;
  });
  return found;
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

/** The scanner's nodes get the same checks as the tree's. */
function inspectScanned(node: ScannedNode, problems: BodyProblem[], links: InternalLinkRef[]) {
  // The node is its own position: the checks copy only its line and column (never spread it).
  if (node.type === 'html') checkHtml(node.value, node, problems);
  else checkUrl(node.url, node.type === 'image' ? 'image' : 'link', node, problems, links);
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
      if (format === 'md') checkHtml(node.value, position, problems);
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

/** Raw HTML is not rendered in `.md`; comments are fine, they are not meant to be seen. */
function checkHtml(value: string, position: { line: number; column: number }, problems: BodyProblem[]) {
  if (/^<!--[\s\S]*-->$/.test(value.trim())) return;
  problems.push({ line: position.line, column: position.column, severity: 'warning', rule: 'html-ignored', message: 'raw HTML is not rendered in .md entries', hint: 'write it in Markdown' });
}

/** Nodes whose text must not run into its neighbour's: `a | b` cells, list items, paragraphs. */
const SEPARATED = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'tableRow', 'code', 'blockquote']);

/** The readable text, top-level block by block, with a space wherever a block or cell ends (or a line breaks). */
function plainText(tree: Root): string {
  const blockText = (node: AnyNode): string => {
    if (node.type === 'break') return ' ';
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
        line: position.line,
        column: position.column,
        severity: 'error',
        rule: 'url-protocol',
        message: `${kind} URL with the "${scheme}:" scheme is not allowed`,
        hint: kind === 'image' ? 'images must be https URLs or paths under public/' : 'use https:, mailto: or a /wiki/ link',
      });
    }
    return;
  }
  if (url === '') {
    problems.push({ line: position.line, column: position.column, severity: 'error', rule: 'link-empty', message: `${kind} has an empty URL` });
    return;
  }
  const target = parseInternalHref(url);
  if (!target) {
    problems.push({ line: position.line, column: position.column, severity: 'error', rule: 'link-relative', message: `relative ${kind} "${rawUrl}" depends on the page it is on`, hint: 'start it with /, like /wiki/canisters/' });
    return;
  }
  links.push({ href: url, target, line: position.line, column: position.column });
}

/**
 * Cheap scan before parsing: thousands of nested `>` or list markers in a few KB overflow the
 * compiler's stack with no file named, so such a body is refused with its line instead.
 */
function findExcessiveNesting(body: string, bodyLine: number): BodyProblem | null {
  let line = bodyLine;
  for (let start = 0; ; line += 1) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    if (mayNestTooDeep(body, start, end, MAX_NESTING_DEPTH) && nestsTooDeep(body.slice(start, end), MAX_NESTING_DEPTH)) {
      return {
        line,
        column: 1,
        severity: 'error',
        rule: 'nesting-depth',
        message: `quotes or lists are nested more than ${MAX_NESTING_DEPTH} levels deep`,
        hint: 'flatten the structure',
      };
    }
    if (newline === -1) return null;
    start = newline + 1;
  }
}

/**
 * The `(line:column` an MDX message names. Some errors carry no `place`: a tag still open at the end
 * of the file is reported with only its own position in the text (`… for \`<div>\` (12:1-12:6) …`).
 */
export function placeInReason(reason: string): { line: number; column: number } | undefined {
  const match = /\((\d+):(\d+)/.exec(reason);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/**
 * Too many block quotes and list items to compile quickly (see parse-cost.ts). The scanner counts
 * them exactly as it reads a body; before the full parser, they are estimated from the text.
 */
function findTooManyContainers(body: string, bodyLine: number): BodyProblem | null {
  const { openings, overLine } = containerOpenings(body);
  return overLine === -1 ? null : tooManyContainers(bodyLine, openings, overLine);
}

function tooManyContainers(bodyLine: number, openings: number, overLine: number): BodyProblem {
  return {
    line: bodyLine + Math.max(0, overLine),
    column: 1,
    severity: 'error',
    rule: 'containers-excessive',
    message: `the body opens ${openings.toLocaleString('en-US')} block quotes and list items; at most ${CONTAINER_BUDGET.toLocaleString('en-US')} are allowed (the limit is passed here)`,
    hint: 'split the entry, or quote and nest less',
  };
}

/** The full parser's emphasis pairing is quadratic in a paragraph's runs (see parse-cost.ts); the scanner declines such bodies. */
function findCostlyEmphasis(body: string, bodyLine: number): BodyProblem | null {
  const { cost, densestLine, densestRuns } = emphasisCost(body);
  if (cost <= EMPHASIS_BUDGET) return null;
  return {
    line: bodyLine + densestLine,
    column: 1,
    severity: 'error',
    rule: 'emphasis-excessive',
    message: `too many emphasis markers to parse in reasonable time (${densestRuns} runs of *, _ or ~ in the paragraph starting here)`,
    hint: 'split long paragraphs, and put code and symbols in backticks',
  };
}

function parseFailure(error: unknown, bodyLine: number): BodyProblem {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const start = (place && 'start' in place && place.start ? place.start : place) ?? placeInReason(reason);
  const isComment = /`!`|<!--/.test(reason);
  return {
    line: start?.line ?? bodyLine,
    column: start?.column ?? 1,
    severity: 'error',
    rule: error instanceof RangeError ? 'nesting-depth' : 'mdx-syntax',
    // The parser's own advice for comments is `{/* text */}`: an expression, which content may not use.
    message: error instanceof RangeError ? 'content is nested too deeply to parse' : `MDX syntax error: ${reason.replace(/ \(note: to create a comment in MDX, use `\{\/\* text \*\/\}`\)/, '')}`,
    hint: isComment ? 'HTML comments are not supported in .mdx; delete it' : 'unescaped < or { start JSX or expressions in .mdx: escape them as \\< and \\{',
  };
}
