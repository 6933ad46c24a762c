/**
 * A one-pass reader of `.md` bodies that finds what `analyzeBody` reports without building a
 * syntax tree: headings with their ids, every URL and raw-HTML node in document order, the video
 * cards, and the plain text for search.
 *
 * It follows micromark (CommonMark plus GFM as remark-gfm configures it) closely enough to agree
 * with the full parser on every body it accepts, positions included: the differential test
 * (__tests__/lib/markdown/scan.test.ts) holds it to that on the real content and on a generated
 * corpus. What it does not model (footnotes, lone CR line endings, two micromark quirks of lazy
 * lines, and anything nested near the limits the caller refuses) makes it return null, and the
 * caller falls back to the full parser.
 *
 * Two phases, each linear in the body (emphasis pairing is quadratic in the runs of one leaf, so
 * their number is capped; past the cap the caller falls back too):
 * 1. Blocks, line by line, with the CommonMark container algorithm (block quotes and list items
 *    continue or close, paragraphs continue lazily). Leaf blocks are collected with their inline
 *    text and a map from that text back to file positions. Reference definitions are gathered
 *    here, so a link may use one defined further down.
 * 2. Inlines, per leaf: code spans, escapes, entities, links and images (the bracket stack),
 *    autolinks, inline HTML, emphasis runs, GFM strikethrough and bare-URL autolinks.
 */
import { GENERIC_LABELS } from './remark-video-cards';
import { characterEntities } from 'character-entities';
import { slug } from 'github-slugger';
import type { VideoInfo } from './analyze';
import type { HeadingInfo } from './remark-heading-ids';
import { parseYouTubeUrl } from './youtube';

/** What a walk over the mdast tree inspects for safety: every URL and every raw-HTML node. */
export type ScannedNode =
  | { type: 'link' | 'image' | 'definition'; url: string; line: number; column: number }
  | { type: 'html'; value: string; line: number; column: number };

export interface BodyScan {
  headings: HeadingInfo[];
  /** In document order, as a pre-order walk of the tree would meet them. */
  nodes: ScannedNode[];
  videos: VideoInfo[];
  text: string;
  /** Block quotes and list items opened: each is an element of the page (see parse-cost.ts). */
  containers: number;
}

/** What the caller refuses: bodies that come near these limits are left to it (see scanMarkdown). */
export interface ScanLimits {
  /** Depth of the mdast tree. */
  maxDepth: number;
  /** Quotes and list markers (or two-column indentation levels, twice as many) on one line. */
  maxNesting: number;
}

/**
 * Scans a Markdown body. `bodyLine` is the file line the body starts on. Returns null for a body
 * the full parser must read: footnotes, lone CR line endings, a few lazy-line oddities, a tree
 * that might be deeper than `maxDepth`, or a line nested past `maxNesting` (which the caller
 * refuses with its own check, so that check need not run when the scan succeeds).
 */
export function scanMarkdown(body: string, bodyLine: number, limits: ScanLimits): BodyScan | null {
  // Footnotes and old-Mac line endings are rare enough to leave to the full parser.
  if (body.includes('[^') || (body.includes('\r') && /\r(?!\n)/.test(body))) return null;
  const blocks = new BlockParser(body, limits);
  if (!blocks.run()) return null;
  const hints: InlineHints = { emails: body.includes('@') };
  return readLeaves(blocks.leaves, { defined: blocks.defined, hints, maxDepth: limits.maxDepth, containers: blocks.containerCount }, bodyLine);
}

// ---------------------------------------------------------------------------------------------
// Character classes

const SPACE = 32;
const TAB = 9;
const LF = 10;

function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiAlpha(code) || isAsciiDigit(code);
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function isAsciiControl(code: number): boolean {
  return code < 32 || code === 127;
}

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = 1;
const PUNCTUATION = 2;

/**
 * micromark's `classifyCharacter`: whitespace (1), punctuation (2) or other (0), for the flanking
 * rules of emphasis. NaN stands for the start or end of the text, which counts as whitespace.
 * Like micromark it classifies UTF-16 code units, so an emoji counts as "other".
 */
function classify(code: number): number {
  if (Number.isNaN(code)) return WHITESPACE;
  if (code < 128) {
    if (code === SPACE || (code >= 9 && code <= 13)) return WHITESPACE;
    return isAsciiPunctuation(code) ? PUNCTUATION : 0;
  }
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return WHITESPACE;
  return UNICODE_PUNCTUATION.test(char) ? PUNCTUATION : 0;
}

/** Whitespace as micromark's `markdownLineEndingOrSpace` plus Unicode whitespace. */
function isWhitespace(code: number): boolean {
  return Number.isNaN(code) || classify(code) === WHITESPACE;
}

// ---------------------------------------------------------------------------------------------
// Character references and escapes

const entities = new Map<string, string>(Object.entries(characterEntities));

/** micromark-util-decode-numeric-character-reference: invalid code points become U+FFFD. */
function decodeNumeric(value: string, base: number): string {
  const code = Number.parseInt(value, base);
  if (
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111
  ) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

/** A character reference at `start` (on `&`): its decoded value and end, or null. */
function matchCharacterReference(s: string, start: number): { value: string; end: number } | null {
  let index = start + 1;
  if (s.charCodeAt(index) === 35) {
    index += 1;
    const hex = s.charCodeAt(index) === 120 || s.charCodeAt(index) === 88;
    if (hex) index += 1;
    const digitsStart = index;
    const max = hex ? 6 : 7;
    while (index - digitsStart < max && (hex ? isHexDigit(s.charCodeAt(index)) : isAsciiDigit(s.charCodeAt(index)))) index += 1;
    if (index === digitsStart || s.charCodeAt(index) !== 59) return null;
    return { value: decodeNumeric(s.slice(digitsStart, index), hex ? 16 : 10), end: index + 1 };
  }
  const nameStart = index;
  while (index - nameStart < 31 && isAsciiAlphanumeric(s.charCodeAt(index))) index += 1;
  if (index === nameStart || s.charCodeAt(index) !== 59) return null;
  const value = entities.get(s.slice(nameStart, index));
  return value === undefined ? null : { value, end: index + 1 };
}

function isHexDigit(code: number): boolean {
  return isAsciiDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

const STRING_ESCAPES = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;

/** Escapes and references decoded, as in link destinations (micromark-util-decode-string). */
function decodeString(value: string): string {
  if (!value.includes('\\') && !value.includes('&')) return value;
  return value.replace(STRING_ESCAPES, (whole: string, escaped: string | undefined, reference: string | undefined) => {
    if (escaped) return escaped;
    const name = reference ?? '';
    if (name.charCodeAt(0) === 35) {
      const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88;
      return decodeNumeric(name.slice(hex ? 2 : 1), hex ? 16 : 10);
    }
    return entities.get(name) ?? whole;
  });
}

/** Reference labels match case-insensitively with whitespace collapsed (micromark-util-normalize-identifier). */
function normalizeIdentifier(value: string): string {
  return value
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Inline text and its positions

/**
 * The inline content of a leaf block: its lines joined by `\n`, each without the container
 * prefix and leading whitespace, and where it starts in the file. Most paragraphs are a plain
 * slice of the body whose later lines start at column 1; only the others carry a line map.
 */
interface Source {
  text: string;
  /** 0-based body line and 1-based column of the first character. */
  line: number;
  column: number;
  map: LineMap | null;
  /** Whether a bare URL may be in it (it may hold `//` or `w.`); false rules out looking for one. */
  urls: boolean;
}

/** Per line of `text`: its offset, body line and column. */
interface LineMap {
  starts: number[];
  lines: number[];
  columns: number[];
}

function locate(source: Source, offset: number, bodyLine: number): { line: number; column: number } {
  const { map } = source;
  if (!map) {
    let line = source.line;
    let lineStart = 0;
    for (let newline = source.text.indexOf('\n'); newline !== -1 && newline < offset; newline = source.text.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = newline + 1;
    }
    return { line: bodyLine + line, column: line === source.line ? source.column + offset : offset - lineStart + 1 };
  }
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((map.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: bodyLine + (map.lines[low] ?? 0), column: (map.columns[low] ?? 1) + offset - (map.starts[low] ?? 0) };
}

/** The part of a source from `offset`, which starts a line. */
function sourceFrom(source: Source, offset: number): Source {
  const text = source.text.slice(offset);
  const { map } = source;
  if (!map) return { text, line: locate(source, offset, 0).line, column: 1, map: null, urls: source.urls };
  const first = map.starts.findIndex((start) => start >= offset);
  return {
    text,
    line: map.lines[first] ?? 0,
    column: map.columns[first] ?? 1,
    map: { starts: map.starts.slice(first).map((start) => start - offset), lines: map.lines.slice(first), columns: map.columns.slice(first) },
    urls: source.urls,
  };
}

// ---------------------------------------------------------------------------------------------
// Blocks

/**
 * The lines of the open paragraph, four numbers each: body line, start and end (absolute offsets
 * into the body) and column. Only one paragraph is open at a time and scans never overlap, so
 * one flat array serves every paragraph of every body instead of an object per line. It only
 * grows: in V8 an array whose length is set to 0 gives up its storage, to be regrown.
 */
const LINE_FIELDS = 4;
const paragraphLines: number[] = [];

type Container =
  | { kind: 'quote'; depth: number; children: number }
  /** `marker`: the bullet, or the delimiter after the number; a different one starts a new list. */
  | { kind: 'item'; depth: number; children: number; size: number; marker: number; initialBlank: boolean; furtherBlank: boolean };

type OpenLeaf =
  | { kind: 'paragraph'; taskable: boolean }
  | { kind: 'fenced'; char: number; length: number; parts: string[] }
  | { kind: 'indented'; parts: string[] }
  | { kind: 'html'; type: number; parts: string[]; line: number; column: number }
  | { kind: 'table'; cells: Source[] };

type Leaf =
  | { kind: 'definition'; top: number; url: string; line: number; column: number }
  | { kind: 'paragraph'; top: number; depth: number; source: Source; taskable: boolean }
  | { kind: 'heading'; top: number; depth: number; level: number; source: Source; crlf?: boolean }
  | { kind: 'table'; top: number; depth: number; cells: Source[] }
  | { kind: 'code'; top: number; text: string }
  | { kind: 'html'; top: number; value: string; line: number; column: number };

/** HTML block start conditions 1 and 6 (CommonMark §4.6), as micromark-util-html-tag-name lists them. */
const HTML_RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const HTML_BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

const ATTRIBUTE = `(?:[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`]+|'[^'\\n]*'|"[^"\\n]*"))?)`;
/** HTML block condition 7: one complete open or closing tag alone on its line. */
const COMPLETE_TAG = new RegExp(`(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \\t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t]*>)[ \\t]*$`, 'y');

/** Characters of list markers, quote markers and indentation: ` \t>*+-0123456789.)`. */
function isNestingPrefix(code: number): boolean {
  return code === SPACE || code === TAB || code === 62 || code === 42 || code === 43 || code === 45 || code === 46 || code === 41 || isAsciiDigit(code);
}

/**
 * Whether the line from `start` to `end` begins with more than `max` characters that could be
 * markers or indentation: only such a line can be nested too deep (more than `max` markers take
 * that many characters, more than `2 * max` two-column levels at least as many tabs).
 */
export function mayNestTooDeep(s: string, start: number, end: number, max: number): boolean {
  const limit = start + max + 1;
  if (end < limit) return false;
  for (let index = start; index < limit; index += 1) {
    if (!isNestingPrefix(s.charCodeAt(index))) return false;
  }
  return true;
}

/** Whether a line nests more than `max` quotes or list markers, or is indented more than `2 * max` two-column levels. */
export function nestsTooDeep(line: string, max: number): boolean {
  const markers = /^(?:[ \t]*(?:>|[*+-][ \t]|\d{1,9}[.)][ \t]))+/.exec(line)?.[0] ?? '';
  const markerCount = (markers.match(/>|[*+-][ \t]|\d{1,9}[.)][ \t]/g) ?? []).length;
  const indentLevels = Math.floor((/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length / 2);
  return markerCount > max || indentLevels > max * 2;
}

/** What starting blocks on a line came to. */
const NOTHING_STARTED = 0;
const LEAF_STARTED = 1;
const DECLINED = 2;

/**
 * The CommonMark block algorithm (as in commonmark.js), with micromark's choices where they
 * differ: a list item continues over blank lines until a second one ends an item that began
 * empty, a lazy line may start any list item or a type-7 HTML block, and a GFM table may
 * interrupt a paragraph.
 */
class BlockParser {
  readonly leaves: Leaf[] = [];
  readonly defined = new Set<string>();
  private readonly containers: Container[] = [];
  private tip: OpenLeaf | null = null;
  /** Where the open paragraph's lines end in `paragraphLines`. */
  private paragraphEnd = 0;
  /** How many containers enclose the tip. */
  private tipContainers = 0;
  /** Index of the current top-level block, for the one-line-per-block search text. */
  private top = 0;
  /** Where the line after the current one starts, or -1 after the last. */
  private nextLineStart = 0;
  /** The marker of the list that is the current top-level block, or -1. */
  private topListMarker = -1;
  /** Whether a container opened on the current line. */
  private openedContainers = false;
  /** Block quotes and list items opened so far. */
  containerCount = 0;
  private readonly newlines: Finder;
  readonly urlMarks: UrlMarks;
  private readonly dashes: Finder;
  private readonly pipes: Finder;
  private readonly colons: Finder;

  // The current line and the cursor in it: absolute offsets, and columns with tabs stopping every 4.
  private lineIndex = 0;
  private lineStart = 0;
  private lineEnd = 0;
  private offset = 0;
  private column = 0;
  private nextNonspace = 0;
  private nextNonspaceColumn = 0;
  private indent = 0;
  private blank = false;

  constructor(
    private readonly body: string,
    private readonly limits: ScanLimits,
  ) {
    // A table's delimiter row is looked at before it is read as a line: both ask for its end.
    this.newlines = new Finder(body, '\n');
    this.urlMarks = new UrlMarks(body);
    this.dashes = new Finder(body, '-');
    this.pipes = new Finder(body, '|');
    this.colons = new Finder(body, ':');
  }

  /** False when the body nests deeper than the caller allows, or uses a construct left to the full parser. */
  run(): boolean {
    this.lineIndex = -1;
    while (this.nextLineStart !== -1) {
      this.readLine();
      if (this.nestsTooDeep() || !this.processLine()) return false;
    }
    this.closeTip();
    return true;
  }

  /** Moves to the next line; CR LF counts as one line ending. */
  private readLine() {
    const start = this.nextLineStart;
    const newline = this.newlines.next(start);
    const end = newline === -1 ? this.body.length : newline;
    this.lineIndex += 1;
    this.lineStart = start;
    this.lineEnd = end > start && this.body.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.nextLineStart = newline === -1 ? -1 : newline + 1;
  }

  private nestsTooDeep(): boolean {
    const { body, lineStart, lineEnd, limits } = this;
    return mayNestTooDeep(body, lineStart, lineEnd, limits.maxNesting) && nestsTooDeep(body.slice(lineStart, lineEnd), limits.maxNesting);
  }

  private char(offset: number): number {
    return offset < this.lineEnd ? this.body.charCodeAt(offset) : NaN;
  }

  private findNextNonspace() {
    let offset = this.offset;
    let column = this.column;
    for (;;) {
      const code = this.char(offset);
      if (code === SPACE) {
        offset += 1;
        column += 1;
      } else if (code === TAB) {
        offset += 1;
        column += 4 - (column % 4);
      } else {
        break;
      }
    }
    this.blank = offset >= this.lineEnd;
    this.nextNonspace = offset;
    this.nextNonspaceColumn = column;
    this.indent = column - this.column;
  }

  private advanceNextNonspace() {
    this.offset = this.nextNonspace;
    this.column = this.nextNonspaceColumn;
  }

  /** Moves over `count` columns; a tab wider than what is left is consumed only partly. */
  private advanceColumns(count: number) {
    let left = count;
    while (left > 0 && this.offset < this.lineEnd) {
      if (this.char(this.offset) === TAB) {
        const width = 4 - (this.column % 4);
        const step = Math.min(width, left);
        this.column += step;
        left -= step;
        if (step === width) this.offset += 1;
      } else {
        this.offset += 1;
        this.column += 1;
        left -= 1;
      }
    }
  }

  private processLine(): boolean {
    this.offset = this.lineStart;
    this.column = 0;
    let matched = 0;
    while (matched < this.containers.length && this.continues(this.containers[matched] as Container)) matched += 1;
    const allMatched = matched === this.containers.length;
    this.findNextNonspace();

    // The commonest line: more of an open paragraph, starting with a letter. No block can start
    // with one (startBlocks would find nothing), so only a table head row remains to rule out.
    if (allMatched && this.indent < 4 && this.tip?.kind === 'paragraph' && isAsciiAlpha(this.char(this.nextNonspace))) {
      if (!this.startTable(matched)) this.addParagraphLine();
      return true;
    }

    // Code and HTML blocks take their lines raw, as long as every container continues.
    if (allMatched && this.tip && this.continueConcreteLeaf()) return true;

    // micromark decides once per line whether a list item would interrupt: when every container
    // continued and a paragraph or indented code is still open.
    const interruptsList = allMatched && (this.tip?.kind === 'paragraph' || this.tip?.kind === 'indented');
    this.openedContainers = false;
    const started = this.startBlocks(matched, allMatched, interruptsList);
    if (started !== NOTHING_STARTED) return started === LEAF_STARTED;
    if (this.openedContainers) matched = this.containers.length;

    if (!allMatched && !this.openedContainers && !this.blank && this.tip?.kind === 'paragraph') {
      this.addParagraphLine();
      return true;
    }
    this.closeUnmatched(matched);
    if (this.blank) {
      if (this.tip?.kind === 'paragraph' || this.tip?.kind === 'table') this.closeTip();
      return true;
    }
    if (this.tip?.kind === 'table') {
      this.advanceNextNonspace();
      this.tip.cells.push(...this.rowCells(this.offset, this.lineEnd));
      return true;
    }
    if (this.indent < 4 && this.startTable(matched)) return true;
    if (this.tip?.kind === 'paragraph') {
      this.addParagraphLine();
      return true;
    }
    this.openBlock(matched);
    const parent = this.containers[this.containers.length - 1];
    const paragraph: OpenLeaf = { kind: 'paragraph', taskable: parent?.kind === 'item' && parent.children === 0 };
    this.paragraphEnd = 0;
    this.startLeaf(paragraph);
    this.addParagraphLine();
    return true;
  }

  /**
   * Opens the containers and at most one leaf that start on this line (`openedContainers` tells
   * whether any container did). DECLINED when the scan cannot go on: too deep, or a construct
   * left to the full parser.
   */
  private startBlocks(matchedBefore: number, allMatched: boolean, interruptsList: boolean): number {
    let matched = matchedBefore;
    for (;;) {
      const opened = this.openedContainers;
      this.findNextNonspace();
      const paragraphOpen = this.tip?.kind === 'paragraph';
      // Only a paragraph that would continue on this line (not a lazy one) is interrupted.
      const interrupting = paragraphOpen && allMatched && !opened;
      if (this.indent >= 4) {
        if (this.blank || paragraphOpen) return NOTHING_STARTED;
        // Indented code on a line that continues no container splits oddly in micromark: leave it to the full parser.
        if (!allMatched && !opened) return DECLINED;
        this.openBlock(matched);
        this.advanceColumns(4);
        this.startLeaf({ kind: 'indented', parts: [this.rest()] });
        return LEAF_STARTED;
      }
      if (this.blank) return NOTHING_STARTED;
      const code = this.char(this.nextNonspace);
      if (code === 62) {
        this.openBlock(matched);
        this.advanceNextNonspace();
        this.advanceColumns(1);
        if (isSpaceOrTab(this.char(this.offset))) this.advanceColumns(1);
        if (!this.pushContainer({ kind: 'quote', depth: 0, children: 0 })) return DECLINED;
        matched = this.containers.length;
        continue;
      }
      if (code === 60 && paragraphOpen && !allMatched && htmlBlockType(this.body.slice(this.nextNonspace, this.lineEnd), true) === 7) {
        // micromark keeps a complete tag on a lazy line inside the container; not worth modelling.
        return DECLINED;
      }
      const leaf =
        (code === 35 && this.startAtxHeading(matched)) ||
        ((code === 96 || code === 126) && this.startFence(matched)) ||
        (code === 60 && this.startHtml(matched, interrupting)) ||
        ((code === 61 || code === 45) && interrupting && this.setextUnderline(code)) ||
        ((code === 42 || code === 45 || code === 95) && this.thematicBreak(matched, code));
      if (leaf) return LEAF_STARTED;
      const item = this.parseListMarker(interruptsList);
      if (!item) return NOTHING_STARTED;
      this.closeUnmatched(matched);
      this.closeTip();
      if (!this.pushContainer(item)) return DECLINED;
      matched = this.containers.length;
    }
  }

  /** Block quote: `>`; list item: indented at least to its content, with micromark's rules for blank lines. */
  private continues(container: Container): boolean {
    this.findNextNonspace();
    if (container.kind === 'quote') {
      if (this.indent >= 4 || this.char(this.nextNonspace) !== 62) return false;
      this.advanceNextNonspace();
      this.advanceColumns(1);
      if (isSpaceOrTab(this.char(this.offset))) this.advanceColumns(1);
      return true;
    }
    if (this.blank) {
      container.furtherBlank = container.furtherBlank || container.initialBlank;
      return true;
    }
    const further = container.furtherBlank;
    container.furtherBlank = false;
    container.initialBlank = false;
    if (further || this.indent < container.size) return false;
    this.advanceColumns(container.size);
    return true;
  }

  /** Fenced code, indented code and HTML blocks; true when the line was theirs. */
  private continueConcreteLeaf(): boolean {
    const tip = this.tip as OpenLeaf;
    if (tip.kind === 'fenced') {
      if (this.isClosingFence(tip)) this.closeTip();
      else tip.parts.push(this.rest());
      return true;
    }
    if (tip.kind === 'indented') {
      if (this.indent < 4 && !this.blank) return false;
      this.advanceColumns(4);
      tip.parts.push(this.rest());
      return true;
    }
    if (tip.kind === 'html') {
      if (this.blank && tip.type >= 6) {
        this.closeTip();
        return true;
      }
      const text = this.rest();
      tip.parts.push(text);
      if (htmlBlockEnds(tip.type, text, false)) this.closeTip();
      return true;
    }
    return false;
  }

  private rest(): string {
    return this.body.slice(this.offset, this.lineEnd);
  }

  /** Counts a new block in its parent and returns its tree depth; at the top, the items of one list are one block. */
  private place(listMarker = -1): number {
    const parent = this.containers[this.containers.length - 1];
    if (parent) {
      parent.children += 1;
    } else {
      if (listMarker === -1 || listMarker !== this.topListMarker) this.top += 1;
      this.topListMarker = listMarker;
    }
    return (parent?.depth ?? 0) + 1;
  }

  private pushContainer(container: Container): boolean {
    // A list item sits below its list node; a block quote directly in its parent.
    container.depth = container.kind === 'item' ? this.place(container.marker) + 1 : this.place();
    this.containers.push(container);
    this.openedContainers = true;
    this.containerCount += 1;
    return container.depth <= this.limits.maxDepth;
  }

  /** Before a block starts at `matched`: close what did not continue, and the tip it replaces. */
  private openBlock(matched: number) {
    this.closeUnmatched(matched);
    this.closeTip();
  }

  private closeUnmatched(matched: number) {
    if (this.containers.length > matched) {
      if (this.tipContainers > matched) this.closeTip();
      this.containers.length = matched;
    }
  }

  private startLeaf(leaf: OpenLeaf) {
    this.place();
    this.tip = leaf;
    this.tipContainers = this.containers.length;
  }

  private tipDepth(): number {
    return 1 + (this.containers[this.tipContainers - 1]?.depth ?? 0);
  }

  private addParagraphLine() {
    const start = this.nextNonspace;
    const end = this.paragraphEnd;
    paragraphLines[end] = this.lineIndex;
    paragraphLines[end + 1] = start;
    paragraphLines[end + 2] = this.lineEnd;
    paragraphLines[end + 3] = start - this.lineStart + 1;
    this.paragraphEnd = end + LINE_FIELDS;
  }

  // --- Leaf starts -----------------------------------------------------------------------------

  private startAtxHeading(matched: number): boolean {
    let index = this.nextNonspace;
    while (this.char(index) === 35 && index - this.nextNonspace < 7) index += 1;
    const level = index - this.nextNonspace;
    if (level > 6 || !(index >= this.lineEnd || isSpaceOrTab(this.char(index)))) return false;
    this.openBlock(matched);
    let start = index;
    while (isSpaceOrTab(this.char(start))) start += 1;
    let end = this.lineEnd;
    while (end > start && isSpaceOrTab(this.body.charCodeAt(end - 1))) end -= 1;
    // A closing run of #s counts only after whitespace (or when it is all there is).
    let hashes = end;
    while (hashes > start && this.body.charCodeAt(hashes - 1) === 35) hashes -= 1;
    if (hashes < end && (hashes === start || isSpaceOrTab(this.body.charCodeAt(hashes - 1)))) {
      end = hashes;
      while (end > start && isSpaceOrTab(this.body.charCodeAt(end - 1))) end -= 1;
    }
    const depth = this.place();
    const source: Source = { text: this.body.slice(start, end), line: this.lineIndex, column: start - this.lineStart + 1, map: null, urls: this.urlMarks.within(start, end) };
    this.leaves.push({ kind: 'heading', top: this.top, depth, level, source });
    return true;
  }

  private startFence(matched: number): boolean {
    const code = this.char(this.nextNonspace);
    let index = this.nextNonspace;
    while (this.char(index) === code) index += 1;
    const length = index - this.nextNonspace;
    if (length < 3) return false;
    // A backtick fence's info string may not contain backticks (the line would be a code span).
    if (code === 96 && this.body.slice(index, this.lineEnd).includes('`')) return false;
    this.openBlock(matched);
    this.startLeaf({ kind: 'fenced', char: code, length, parts: [] });
    return true;
  }

  private isClosingFence(fence: Extract<OpenLeaf, { kind: 'fenced' }>): boolean {
    if (this.indent >= 4) return false;
    let index = this.nextNonspace;
    while (this.char(index) === fence.char) index += 1;
    if (index - this.nextNonspace < fence.length) return false;
    while (isSpaceOrTab(this.char(index))) index += 1;
    return index >= this.lineEnd;
  }

  private startHtml(matched: number, interrupting: boolean): boolean {
    const line = this.body.slice(this.nextNonspace, this.lineEnd);
    const type = htmlBlockType(line, !interrupting);
    if (type === 0) return false;
    this.openBlock(matched);
    // The node starts where the container prefix ends, indentation included.
    const html: OpenLeaf = { kind: 'html', type, parts: [line], line: this.lineIndex, column: this.offset - this.lineStart + 1 };
    this.startLeaf(html);
    if (htmlBlockEnds(type, line, true)) this.closeTip();
    return true;
  }

  /** `===` or `---` under a paragraph makes it a heading, unless it held nothing but definitions. */
  private setextUnderline(code: number): boolean {
    let index = this.nextNonspace;
    while (this.char(index) === code) index += 1;
    while (isSpaceOrTab(this.char(index))) index += 1;
    if (index < this.lineEnd) return false;
    const { definitions, source } = this.readParagraph();
    if (!source) return false;
    const depth = this.tipDepth();
    this.tip = null;
    // Sources join lines with LF; mdast keeps a setext heading's CR LF line endings in its text.
    const lines = paragraphLines;
    let crlf = this.paragraphEnd > LINE_FIELDS;
    for (let index = 0; index < this.paragraphEnd - LINE_FIELDS && crlf; index += LINE_FIELDS) crlf = this.body.charCodeAt(lines[index + 2] as number) === 13;
    this.leaves.push(...definitions, { kind: 'heading', top: this.top, depth, level: code === 61 ? 1 : 2, source, crlf });
    return true;
  }

  private thematicBreak(matched: number, code: number): boolean {
    let count = 0;
    for (let index = this.nextNonspace; index < this.lineEnd; index += 1) {
      const current = this.body.charCodeAt(index);
      if (current === code) count += 1;
      else if (!isSpaceOrTab(current)) return false;
    }
    if (count < 3) return false;
    this.openBlock(matched);
    this.place();
    return true;
  }

  /**
   * A list item marker at the cursor. Its size is how far its content is indented from the
   * parent's content; an item may not interrupt a paragraph if it is empty or an ordered one
   * not numbered 1.
   */
  private parseListMarker(interrupting: boolean): Container | null {
    const start = this.nextNonspace;
    const code = this.char(start);
    let index = start;
    let marker = code;
    if (code === 42 || code === 43 || code === 45) {
      index += 1;
    } else if (isAsciiDigit(code)) {
      while (isAsciiDigit(this.char(index)) && index - start < 9) index += 1;
      marker = this.char(index);
      if (marker !== 46 && marker !== 41) return null;
      if (interrupting && (index - start !== 1 || code !== 49)) return null;
      index += 1;
    } else {
      return null;
    }
    if (index < this.lineEnd && !isSpaceOrTab(this.char(index))) return null;

    const base = this.column;
    const savedOffset = this.offset;
    this.advanceNextNonspace();
    this.advanceColumns(index - start);
    const markerEnd = this.column;
    this.findNextNonspace();
    if (this.blank) {
      if (interrupting) {
        this.offset = savedOffset;
        this.column = base;
        this.findNextNonspace();
        return null;
      }
      return { kind: 'item', depth: 0, children: 0, size: markerEnd - base + 1, marker, initialBlank: true, furtherBlank: false };
    }
    const spaces = this.nextNonspaceColumn - markerEnd;
    // Five or more spaces: the content is indented code, one space after the marker.
    if (spaces >= 5) this.advanceColumns(1);
    else this.advanceNextNonspace();
    return { kind: 'item', depth: 0, children: 0, size: this.column - base, marker, initialBlank: false, furtherBlank: false };
  }

  // --- Tables ------------------------------------------------------------------------------------

  /** A GFM table: this line is the head row when the next line is a delimiter row with as many cells. */
  private startTable(matched: number): boolean {
    if (this.nextLineStart === -1) return false;
    if (!this.mayBeDelimiterRow(this.nextLineStart)) return false;
    const next = lineAt(this.body, this.nextLineStart);
    this.advanceNextNonspace();
    const size = headRowSize(this.body, this.offset, this.lineEnd);
    if (size < 0) return false;
    const delimiterStart = this.continuationOffset(next);
    if (delimiterStart < 0 || delimiterRowSize(this.body, delimiterStart, next.end) !== size) return false;
    const cells = this.rowCells(this.offset, this.lineEnd);
    this.openBlock(matched);
    this.startLeaf({ kind: 'table', cells });
    // The delimiter row belongs to the table; its container prefixes were just checked.
    this.readLine();
    return true;
  }

  /** Whether the line at `start` has a `-` and a `|` or `:`: that rules out most lines cheaply. */
  private mayBeDelimiterRow(start: number): boolean {
    const newline = this.newlines.next(start);
    const end = newline === -1 ? this.body.length : newline;
    const dash = this.dashes.next(start);
    if (dash === -1 || dash >= end) return false;
    const pipe = this.pipes.next(start);
    if (pipe !== -1 && pipe < end) return true;
    const colon = this.colons.next(start);
    return colon !== -1 && colon < end;
  }

  /** Where the next line's content starts if every open container continues on it (else -1); the cursor is left as it was. */
  private continuationOffset(next: { start: number; end: number }): number {
    const { lineStart, lineEnd, offset, column } = this;
    this.lineStart = next.start;
    this.lineEnd = next.end;
    this.offset = next.start;
    this.column = 0;
    // The next line is not blank, so continuing resets no list item state that this line has not reset already.
    let result = -1;
    if (this.containers.every((container) => this.continues(container))) {
      this.findNextNonspace();
      if (this.indent < 4) result = this.nextNonspace;
    }
    Object.assign(this, { lineStart, lineEnd, offset, column });
    this.findNextNonspace();
    return result;
  }

  /** The cells of a table row: split on unescaped pipes, trimmed, each mapped back to its column. */
  private rowCells(start: number, end: number): Source[] {
    const cells: Source[] = [];
    let cellStart = start;
    for (let index = start; index < end; index += 1) {
      const code = this.body.charCodeAt(index);
      if (code === 92) {
        const next = this.body.charCodeAt(index + 1);
        if (index + 1 < end && (next === 124 || next === 92)) index += 1;
      } else if (code === 124) {
        // A leading pipe does not open an empty cell.
        this.addCell(cells, cellStart, index, index > start);
        cellStart = index + 1;
      }
    }
    // Nor does a trailing one.
    this.addCell(cells, cellStart, end, false);
    return cells;
  }

  private addCell(cells: Source[], start: number, end: number, keepEmpty: boolean) {
    let from = start;
    let until = end;
    while (from < until && isSpaceOrTab(this.body.charCodeAt(from))) from += 1;
    while (until > from && isSpaceOrTab(this.body.charCodeAt(until - 1))) until -= 1;
    if (from === until && !keepEmpty) return;
    cells.push({ text: this.body.slice(from, until), line: this.lineIndex, column: from - this.lineStart + 1, map: null, urls: this.urlMarks.within(from, until) });
  }

  // --- Closing -------------------------------------------------------------------------------------

  private closeTip() {
    const tip = this.tip;
    if (!tip) return;
    const depth = this.tipDepth();
    this.tip = null;
    switch (tip.kind) {
      case 'paragraph': {
        const { definitions, source } = this.readParagraph();
        this.leaves.push(...definitions);
        if (source) this.leaves.push({ kind: 'paragraph', top: this.top, depth, source, taskable: tip.taskable });
        return;
      }
      case 'fenced':
      case 'indented':
        this.leaves.push({ kind: 'code', top: this.top, text: tip.parts.join(' ') });
        return;
      case 'html':
        this.leaves.push({ kind: 'html', top: this.top, value: tip.parts.join('\n'), line: tip.line, column: tip.column });
        return;
      case 'table':
        this.leaves.push({ kind: 'table', top: this.top, depth, cells: tip.cells });
        return;
    }
  }

  /** Splits the reference definitions off the start of a paragraph; `source` is what is left (null if nothing). */
  private readParagraph(): { definitions: Leaf[]; source: Source | null } {
    const source = this.sourceOf();
    const definitions: Leaf[] = [];
    let offset = 0;
    while (source.text.charCodeAt(offset) === 91) {
      const definition = parseDefinition(source.text, offset);
      if (!definition) break;
      this.defined.add(definition.identifier);
      const position = locate(source, offset, 0);
      definitions.push({ kind: 'definition', top: this.top, url: definition.url, line: position.line, column: position.column });
      offset = definition.end;
    }
    if (offset === 0) return { definitions, source };
    return { definitions, source: offset >= source.text.length ? null : sourceFrom(source, offset) };
  }

  private sourceOf(): Source {
    const lines = paragraphLines;
    const last = this.paragraphEnd - LINE_FIELDS;
    const firstLine = lines[0] as number;
    const firstStart = lines[1] as number;
    const firstColumn = lines[3] as number;
    const lastStart = lines[last + 1] as number;
    // Trailing whitespace is not content (of the last line; the inline parser drops it before line endings).
    let lastEnd = lines[last + 2] as number;
    while (lastEnd > lastStart && isSpaceOrTab(this.body.charCodeAt(lastEnd - 1))) lastEnd -= 1;
    // Lines with nothing stripped between them are one slice of the body, which costs no copy.
    let contiguous = true;
    for (let index = LINE_FIELDS; index <= last && contiguous; index += LINE_FIELDS) contiguous = lines[index + 1] === (lines[index - LINE_FIELDS + 2] as number) + 1;
    if (contiguous) {
      return { text: this.body.slice(firstStart, lastEnd), line: firstLine, column: firstColumn, map: null, urls: this.urlMarks.within(firstStart, lastEnd) };
    }
    // Sized up front: grown by push, each array would be reallocated on the way.
    const count = last / LINE_FIELDS + 1;
    const map: LineMap = { starts: new Array<number>(count), lines: new Array<number>(count), columns: new Array<number>(count) };
    const parts = new Array<string>(count);
    let length = 0;
    for (let index = 0; index <= last; index += LINE_FIELDS) {
      const line = index / LINE_FIELDS;
      const start = lines[index + 1] as number;
      const end = index === last ? lastEnd : (lines[index + 2] as number);
      map.starts[line] = length;
      map.lines[line] = lines[index] as number;
      map.columns[line] = lines[index + 3] as number;
      parts[line] = this.body.slice(start, end);
      length += end - start + 1;
    }
    // The lines' text lies within this part of the body (a superset is fine for a hint).
    return { text: parts.join('\n'), line: firstLine, column: firstColumn, map, urls: this.urlMarks.within(firstStart, lastEnd) };
  }
}

/** The next occurrence of a character, remembered: lines are read in order, so each search covers new ground. */
class Finder {
  private at = -2;

  constructor(
    private readonly s: string,
    private readonly char: string,
  ) {}

  next(from: number): number {
    if (this.at !== -1 && this.at < from) this.at = this.s.indexOf(this.char, from);
    return this.at;
  }
}

/** The line starting at `start`: its end without the line ending, and where the next one starts (-1 if none). */
function lineAt(body: string, start: number): { start: number; end: number; next: number } {
  const newline = body.indexOf('\n', start);
  const end = newline === -1 ? body.length : newline;
  return { start, end: end > start && body.charCodeAt(end - 1) === 13 ? end - 1 : end, next: newline === -1 ? -1 : newline + 1 };
}

// ---------------------------------------------------------------------------------------------
// Block helpers

/** Which HTML block (CommonMark conditions 1–7) starts this line, or 0. Condition 7 may not interrupt a paragraph. */
function htmlBlockType(line: string, allowComplete: boolean): number {
  const second = line.charCodeAt(1);
  if (second === 33) {
    if (line.startsWith('<!--')) return 2;
    if (line.startsWith('<![CDATA[')) return 5;
    return isAsciiAlpha(line.charCodeAt(2)) ? 4 : 0;
  }
  if (second === 63) return 3;
  const closing = second === 47;
  let index = closing ? 2 : 1;
  if (!isAsciiAlpha(line.charCodeAt(index))) return 0;
  const nameStart = index;
  while (isAsciiAlphanumeric(line.charCodeAt(index)) || line.charCodeAt(index) === 45) index += 1;
  const name = line.slice(nameStart, index).toLowerCase();
  const after = line.charCodeAt(index);
  const ends = Number.isNaN(after) || isSpaceOrTab(after) || after === 62;
  if (!closing && HTML_RAW_NAMES.has(name) && ends) return 1;
  if (HTML_BLOCK_NAMES.has(name) && (ends || (after === 47 && line.charCodeAt(index + 1) === 62))) return 6;
  if (!allowComplete || (HTML_RAW_NAMES.has(name) && !closing)) return 0;
  COMPLETE_TAG.lastIndex = 0;
  return COMPLETE_TAG.test(line) ? 7 : 0;
}

/**
 * Whether an HTML block of conditions 1–5 ends on this line. On its first line the end is looked
 * for after the start, which it may overlap as in micromark (`<!-->` and `<?>` end at once).
 */
function htmlBlockEnds(type: number, line: string, firstLine: boolean): boolean {
  switch (type) {
    case 1:
      return /<\/(?:script|pre|style|textarea)>/i.test(line);
    case 2:
      return line.indexOf('-->', firstLine ? 2 : 0) !== -1;
    case 3:
      return line.indexOf('?>', firstLine ? 1 : 0) !== -1;
    case 4:
      return line.indexOf('>', firstLine ? 2 : 0) !== -1;
    case 5:
      return line.indexOf(']]>', firstLine ? 9 : 0) !== -1;
    default:
      return false;
  }
}

/** GFM table head row: its cell count, or -1 (micromark-extension-gfm-table's head row states). */
function headRowSize(s: string, start: number, end: number): number {
  let size = 0;
  let marks = 0;
  let seen = false;
  let index = start;
  if (s.charCodeAt(index) !== 124) {
    seen = true;
    marks = 1;
  }
  while (index < end) {
    const code = s.charCodeAt(index);
    if (isSpaceOrTab(code)) {
      index += 1;
      continue;
    }
    marks += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code === 124) {
      seen = true;
      index += 1;
      continue;
    }
    while (index < end) {
      const data = s.charCodeAt(index);
      if (data === 124 || isSpaceOrTab(data)) break;
      index += data === 92 && (s.charCodeAt(index + 1) === 92 || s.charCodeAt(index + 1) === 124) && index + 1 < end ? 2 : 1;
    }
  }
  return marks > 1 ? size : -1;
}

/** GFM table delimiter row (`|---|:--:|`): its cell count, or -1. Past `end` is a line ending, which none of the checks accept. */
function delimiterRowSize(s: string, start: number, end: number): number {
  let size = 0;
  let seen = false;
  let index = start;
  if (s.charCodeAt(index) === 124) {
    seen = true;
    index = skipSpaces(s, index + 1);
  }
  while (index < end) {
    const code = s.charCodeAt(index);
    if (code !== 45 && code !== 58) return -1;
    size += 1;
    if (code === 58) {
      seen = true;
      index += 1;
      if (s.charCodeAt(index) !== 45) return -1;
    }
    while (s.charCodeAt(index) === 45) index += 1;
    if (s.charCodeAt(index) === 58) {
      seen = true;
      index += 1;
    }
    index = skipSpaces(s, index);
    if (index >= end) break;
    if (s.charCodeAt(index) !== 124) return -1;
    seen = true;
    index = skipSpaces(s, index + 1);
  }
  return seen && size > 0 ? size : -1;
}

/** A reference definition `[label]: destination "title"` at `start`, ending at the end of its line. */
function parseDefinition(s: string, start: number): { identifier: string; url: string; end: number } | null {
  const label = parseLabel(s, start);
  if (!label || s.charCodeAt(label.end) !== 58) return null;
  let index = skipWhitespace(s, label.end + 1);
  const destination = parseDestination(s, index, Infinity);
  if (!destination) return null;
  index = destination.end;
  const afterDestination = index;
  // An optional title, separated by whitespace, then nothing but spaces to the end of the line.
  const titleStart = skipWhitespace(s, index);
  if (titleStart > index) {
    const title = parseTitle(s, titleStart);
    if (title >= 0) {
      const lineEnd = skipSpaces(s, title);
      if (lineEnd >= s.length || s.charCodeAt(lineEnd) === LF) {
        return { identifier: normalizeIdentifier(label.raw), url: decodeString(destination.raw), end: lineEnd + 1 };
      }
    }
  }
  const lineEnd = skipSpaces(s, afterDestination);
  if (lineEnd < s.length && s.charCodeAt(lineEnd) !== LF) return null;
  return { identifier: normalizeIdentifier(label.raw), url: decodeString(destination.raw), end: lineEnd + 1 };
}

function skipWhitespace(s: string, start: number): number {
  let index = start;
  while (index < s.length && (isSpaceOrTab(s.charCodeAt(index)) || s.charCodeAt(index) === LF)) index += 1;
  return index;
}

function skipSpaces(s: string, start: number): number {
  let index = start;
  while (isSpaceOrTab(s.charCodeAt(index))) index += 1;
  return index;
}

/** A link label `[…]` at `start` (micromark-factory-label): at most 999 characters, no unescaped `[`, not blank. */
function parseLabel(s: string, start: number): { raw: string; end: number } | null {
  let index = start + 1;
  let seen = false;
  while (index < s.length && index - start <= 1000) {
    const code = s.charCodeAt(index);
    if (code === 91) return null;
    if (code === 93) return seen ? { raw: s.slice(start + 1, index), end: index + 1 } : null;
    if (code === 92 && (s.charCodeAt(index + 1) === 91 || s.charCodeAt(index + 1) === 92 || s.charCodeAt(index + 1) === 93)) {
      index += 2;
      seen = true;
      continue;
    }
    if (!isWhitespace(code)) seen = true;
    index += 1;
  }
  return null;
}

/** What a backslash escapes in a `<…>` destination, and in a raw one. */
const ENCLOSED_ESCAPES = codes('<>\\');
const RAW_ESCAPES = codes('()\\');

function codes(characters: string): Set<number> {
  return new Set(Array.from(characters, (char) => char.charCodeAt(0)));
}

/** A link destination at `start`: `<…>` or raw with balanced parentheses (micromark-factory-destination). */
function parseDestination(s: string, start: number, limit: number): { raw: string; end: number } | null {
  if (s.charCodeAt(start) === 60) {
    let index = start + 1;
    while (index < s.length) {
      const code = s.charCodeAt(index);
      if (code === 62) return { raw: s.slice(start + 1, index), end: index + 1 };
      if (code === 60 || code === LF) return null;
      index += code === 92 && ENCLOSED_ESCAPES.has(s.charCodeAt(index + 1)) ? 2 : 1;
    }
    return null;
  }
  let index = start;
  let balance = 0;
  for (;;) {
    const code = index < s.length ? s.charCodeAt(index) : NaN;
    if (balance === 0 && (Number.isNaN(code) || code === 41 || isSpaceOrTab(code) || code === LF)) {
      return index === start ? null : { raw: s.slice(start, index), end: index };
    }
    if (Number.isNaN(code) || code === SPACE || isAsciiControl(code)) return null;
    if (code === 40) {
      if (balance >= limit) return null;
      balance += 1;
    } else if (code === 41) {
      balance -= 1;
    }
    index += code === 92 && RAW_ESCAPES.has(s.charCodeAt(index + 1)) ? 2 : 1;
  }
}

/** A link title `"…"`, `'…'` or `(…)` at `start`: returns the index after it, or -1. */
function parseTitle(s: string, start: number): number {
  const open = s.charCodeAt(start);
  const close = open === 40 ? 41 : open;
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  let index = start + 1;
  while (index < s.length) {
    const code = s.charCodeAt(index);
    if (code === close) return index + 1;
    index += code === 92 && (s.charCodeAt(index + 1) === close || s.charCodeAt(index + 1) === 92) ? 2 : 1;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Inlines

/**
 * A list for scratch work that keeps its storage from one use to the next: in V8 an array whose
 * length is set to 0 gives up its storage, and regrowing one for every leaf and every body was a
 * large part of what the scanner allocated. Items past `size` are stale.
 */
class ScratchList<T> {
  readonly items: T[] = [];
  size = 0;

  push(item: T) {
    this.items[this.size] = item;
    this.size += 1;
  }
}

/**
 * A plain string is literal text without a line ending, the same in the heading and the search
 * text; it is by far the commonest node, so it costs no object.
 */
type Inline =
  | string
  | Text
  | { kind: 'html'; value: string; at: number }
  | { kind: 'break' }
  | Run
  | Media;

/** A link (also an autolink) or an image. */
interface Media {
  kind: 'link' | 'image';
  /** Null for a reference, which the walk does not inspect. */
  url: string | null;
  at: number;
  children: Inline[];
}

/** Text holding a line ending, or a code span; `search` is its value on one line, for the search text. */
interface Text {
  kind: 'text' | 'code';
  value: string;
  search: string;
}

/** A run of `*`, `_` or `~`: `remaining` of its characters are left as text once emphasis is resolved. */
interface Run {
  kind: 'run';
  char: number;
  length: number;
  remaining: number;
  open: boolean;
  close: boolean;
  /** Inside a resolved pair: it can no longer pair with anything outside. */
  sealed: boolean;
}

/** An unclosed `[` or `![`: where it is, and what came after it. */
interface Bracket {
  at: number;
  image: boolean;
  node: number;
  run: number;
  contentStart: number;
}

const ATTENTION = 1;
const STRIKETHROUGH = 2;
/** Inside a link or an emphasis micromark resolves emphasis before strikethrough. */
const INSIDE_SPAN: readonly number[] = [ATTENTION, STRIKETHROUGH];
/** The orders in which a leaf's resolvers first appear: shared, as most leaves have one of them or none. */
const NO_RESOLVERS: readonly number[] = [];
const ONLY_ATTENTION: readonly number[] = [ATTENTION];
const ONLY_STRIKETHROUGH: readonly number[] = [STRIKETHROUGH];
const STRIKETHROUGH_FIRST: readonly number[] = [STRIKETHROUGH, ATTENTION];
const BREAK: Inline = { kind: 'break' };
const OPEN_LINK: Inline = '[';
const OPEN_IMAGE: Inline = '![';
/** A soft line break: a newline in the text (and in heading text), a space in the search text. */
const SOFT_BREAK: Inline = { kind: 'text', value: '\n', search: ' ' };

/**
 * Where the next inline construct may start, as a regular expression that skips plain text:
 * `http://`, `https://` and `www.` (in any case) only where a bare URL may be, and any word start
 * only where an email address may be. Line endings always do: they split the text, so its pieces
 * hold no newline. A bare URL is looked for only at the start of one of those prefixes, so an `h`
 * or `w` anywhere else need not stop the search.
 */
const TRIGGERS = /[\n!&*<[\]\\_`~]/g;
const TRIGGERS_WITH_URLS = /[\n!&*<[\]\\_`~]|[hH](?=[tT][tT][pP][sS]?:\/\/)|[wW](?=[wW][wW]\.)/g;
const TRIGGERS_WITH_EMAILS = /[\n!&*<[\]\\_`~hHwW+\-.0-9A-Za-z]/g;

function triggerPattern(urls: boolean, emails: boolean): RegExp {
  if (emails) return TRIGGERS_WITH_EMAILS;
  return urls ? TRIGGERS_WITH_URLS : TRIGGERS;
}

/**
 * A bare URL needs `//` (after http:) or `w.` / `W.` (of www.). Their places in the body are
 * found once, so each leaf asks whether one falls within its part of the body instead of
 * searching its own text three times.
 */
class UrlMarks {
  /** Where each `//`, `w.` or `W.` starts, ascending. */
  private readonly starts: number[] = [];

  constructor(body: string) {
    for (let index = body.indexOf('//'); index !== -1; index = body.indexOf('//', index + 1)) this.starts.push(index);
    let dots = false;
    for (let index = body.indexOf('.', 1); index !== -1; index = body.indexOf('.', index + 1)) {
      if ((body.charCodeAt(index - 1) | 32) === 119) {
        this.starts.push(index - 1);
        dots = true;
      }
    }
    if (dots) this.starts.sort((a, b) => a - b);
  }

  /** Whether one lies wholly between `start` and `end`. */
  within(start: number, end: number): boolean {
    const { starts } = this;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] as number) < start) low = middle + 1;
      else high = middle;
    }
    return low < starts.length && (starts[low] as number) + 1 < end;
  }
}

const URL_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>\u007F]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const INLINE_ATTRIBUTE = `(?:[ \\t\\n]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t\\n]*=[ \\t\\n]*(?:[^ \\t\\n"'=<>\`]+|'[^']*'|"[^"]*"))?)`;
const INLINE_TAG = new RegExp(`<[A-Za-z][A-Za-z0-9-]*${INLINE_ATTRIBUTE}*[ \\t\\n]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t\\n]*>`, 'y');

/** What the whole body may contain, so most leaves skip looking for email addresses. */
interface InlineHints {
  emails: boolean;
}

/**
 * The inline parser: a left-to-right scan with a bracket stack for links and a list of
 * emphasis runs, resolved the way micromark's resolvers pair them.
 */
class InlineParser {
  /** The inlines of the last leaf parsed, valid until the next parse: one list serves every leaf of a body. */
  readonly nodes = new ScratchList<Inline>();
  private s = '';
  /**
   * Characters left for emphasis runs. Each level of emphasis nesting uses two at least, so
   * running out means the tree might be too deep, and pairing many runs is quadratic anyway.
   */
  private runBudget = 0;
  private readonly runs: Run[] = [];
  private readonly brackets: Bracket[] = [];
  /** The `[`s among the first this many brackets are inactive: a link closed after them. */
  private linksClosedAbove = 0;
  private hasAt = false;
  private triggers = TRIGGERS;
  /** Backtick run lengths known to have no closer; made on first need, as most leaves have no code span. */
  private missingCloser: Set<number> | null = null;
  private resolverOrder = NO_RESOLVERS;
  private textStart = 0;
  private escapeEnd = -1;

  constructor(
    private readonly defined: Set<string>,
    private readonly hints: InlineHints,
    private readonly maxDepth: number,
  ) {}

  /**
   * Parses a leaf's inlines from `start` into `nodes`; false when emphasis might nest too deep.
   * `depth` is the tree depth of the leaf; inside it a link, an image and the emphasis levels may nest.
   */
  parse(source: Source, start: number, depth: number): boolean {
    const s = source.text;
    this.s = s;
    this.hasAt = this.hints.emails && s.includes('@');
    this.triggers = triggerPattern(source.urls, this.hasAt);
    this.runBudget = 2 * (this.maxDepth - depth - 3) + 1;
    this.nodes.size = 0;
    // Most leaves have neither; setting an array's length is not free.
    if (this.runs.length > 0) this.runs.length = 0;
    if (this.brackets.length > 0) this.brackets.length = 0;
    this.linksClosedAbove = 0;
    this.missingCloser = null;
    this.resolverOrder = NO_RESOLVERS;
    this.escapeEnd = -1;
    this.textStart = start;
    const triggers = this.triggers;
    let index = start;
    while (index < s.length) {
      triggers.lastIndex = index;
      if (!triggers.test(s)) break;
      index = triggers.lastIndex - 1;
      const end = this.construct(s.charCodeAt(index), index);
      if (this.runBudget < 0) return false;
      index = end > index ? end : index + 1;
    }
    this.flushText(s.length);
    resolveRuns(this.runs, 0, this.runs.length, this.resolverOrder);
    return true;
  }

  /** Tries the constructs that may start at `index`; returns where the one that matched ends, or -1. */
  private construct(code: number, index: number): number {
    if (this.hasAt && isGfmAtext(code)) {
      const end = this.emailLiteral(index);
      if (end > 0) return end;
    }
    switch (code) {
      case LF:
        return this.lineEnding(index);
      case 33:
        return this.s.charCodeAt(index + 1) === 91 ? this.openBracket(index, true) : -1;
      case 38:
        return this.characterReference(index);
      case 42:
      case 95:
        return this.attention(index, code);
      case 60:
        return this.angleBracket(index);
      case 91:
        return this.openBracket(index, false);
      case 92:
        return this.escape(index);
      case 93:
        return this.closeBracket(index);
      case 96:
        return this.codeSpan(index);
      case 126:
        return this.strikethrough(index);
      case 72:
      case 104:
        return this.protocolLiteral(index);
      case 87:
      case 119:
        return this.wwwLiteral(index);
      default:
        return -1;
    }
  }

  private flushText(end: number) {
    if (end > this.textStart) this.nodes.push(this.s.slice(this.textStart, end));
    this.textStart = end;
  }

  /** Ends the pending text at `start` and adds `node` for `[start, end)`. */
  private emit(start: number, end: number, node: Inline): number {
    this.flushText(start);
    this.nodes.push(node);
    this.textStart = end;
    return end;
  }

  private previous(index: number): number {
    return index > 0 ? this.s.charCodeAt(index - 1) : NaN;
  }

  /** Spaces before a line ending are dropped; two or more (no tabs) make a hard break. */
  private lineEnding(index: number): number {
    let spaces = index;
    while (spaces > this.textStart && isSpaceOrTab(this.s.charCodeAt(spaces - 1))) spaces -= 1;
    const trailing = this.s.slice(spaces, index);
    const hard = trailing.length >= 2 && !trailing.includes('\t');
    return this.emit(spaces, index + 1, hard ? BREAK : SOFT_BREAK);
  }

  private escape(index: number): number {
    const next = this.s.charCodeAt(index + 1);
    if (next === LF) return this.emit(index, index + 2, BREAK);
    if (!isAsciiPunctuation(next)) return -1;
    this.escapeEnd = index + 2;
    return this.emit(index, index + 2, this.s[index + 1] as string);
  }

  private characterReference(index: number): number {
    const reference = matchCharacterReference(this.s, index);
    if (!reference) return -1;
    const { value } = reference;
    // `&NewLine;` and `&#10;` decode to a line ending, which the search text turns into a space.
    return this.emit(index, reference.end, value.includes('\n') ? { kind: 'text', value, search: oneLine(value) } : value);
  }

  /** A code span: a backtick run closed by one of the same length; without one the run is text. */
  private codeSpan(index: number): number {
    const s = this.s;
    let end = index;
    while (s.charCodeAt(end) === 96) end += 1;
    const length = end - index;
    const close = this.findBacktickRun(end, length);
    if (close < 0) return end;
    let value = s.slice(end, close);
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if ((first === SPACE || first === LF) && (last === SPACE || last === LF) && /[^ \n]/.test(value)) value = value.slice(1, -1);
    return this.emit(index, close + length, { kind: 'code', value, search: oneLine(value) });
  }

  private findBacktickRun(from: number, length: number): number {
    if (this.missingCloser?.has(length)) return -1;
    let index = from;
    for (;;) {
      index = this.s.indexOf('`', index);
      if (index < 0) {
        // Searches only move forward, so no later run of this length can find a closer either.
        (this.missingCloser ??= new Set()).add(length);
        return -1;
      }
      let end = index;
      while (this.s.charCodeAt(end) === 96) end += 1;
      if (end - index === length) return index;
      index = end;
    }
  }

  /** `*` and `_` runs, with micromark's flanking rules (GFM adds `~` as a neighbour that allows both). */
  private attention(index: number, code: number): number {
    const s = this.s;
    let end = index;
    while (s.charCodeAt(end) === code) end += 1;
    const previous = this.previous(index);
    const next = end < s.length ? s.charCodeAt(end) : NaN;
    const before = classify(previous);
    const after = classify(next);
    const open = !after || (after === PUNCTUATION && Boolean(before)) || next === 126;
    const close = !before || (before === PUNCTUATION && Boolean(after)) || previous === 126;
    return this.pushRun(index, end, code, code === 42 ? open : open && (Boolean(before) || !close), code === 42 ? close : close && (Boolean(after) || !open), ATTENTION);
  }

  /** GFM strikethrough: one or two tildes; longer runs, and a tilde right after another, are text. */
  private strikethrough(index: number): number {
    const s = this.s;
    const previous = this.previous(index);
    if (previous === 126 && this.escapeEnd !== index) return -1;
    let end = index;
    while (s.charCodeAt(end) === 126) end += 1;
    if (end - index > 2) return end;
    const before = classify(previous);
    const after = classify(end < s.length ? s.charCodeAt(end) : NaN);
    const open = !after || (after === PUNCTUATION && Boolean(before));
    const close = !before || (before === PUNCTUATION && Boolean(after));
    return this.pushRun(index, end, 126, open, close, STRIKETHROUGH);
  }

  private pushRun(index: number, end: number, char: number, open: boolean, close: boolean, resolver: number): number {
    const run: Run = { kind: 'run', char, length: end - index, remaining: end - index, open, close, sealed: false };
    this.runs.push(run);
    this.runBudget -= run.length;
    const order = this.resolverOrder;
    if (order.length === 0) this.resolverOrder = resolver === ATTENTION ? ONLY_ATTENTION : ONLY_STRIKETHROUGH;
    else if (order.length === 1 && order[0] !== resolver) this.resolverOrder = resolver === ATTENTION ? STRIKETHROUGH_FIRST : INSIDE_SPAN;
    return this.emit(index, end, run);
  }

  private openBracket(index: number, image: boolean): number {
    const contentStart = index + (image ? 2 : 1);
    this.flushText(index);
    this.brackets.push({ at: index, image, node: this.nodes.size, run: this.runs.length, contentStart });
    return this.emit(index, contentStart, image ? OPEN_IMAGE : OPEN_LINK);
  }

  /**
   * `]`: pairs with the nearest open bracket if a resource `(…)` or a defined reference follows
   * (micromark's label end: a full reference must be defined, and a defined label may also be
   * used collapsed `[]` or as a shortcut).
   */
  private closeBracket(index: number): number {
    const opener = this.brackets[this.brackets.length - 1];
    if (!opener) return -1;
    if (!opener.image && this.brackets.length <= this.linksClosedAbove) {
      this.popBracket();
      return -1;
    }
    const s = this.s;
    const next = s.charCodeAt(index + 1);
    let end = -1;
    let url: string | null = null;
    if (next === 40) {
      const resource = parseResource(s, index + 1);
      if (resource) {
        end = resource.end;
        url = resource.url;
      } else if (this.isDefined(opener.contentStart, index)) {
        end = index + 1;
      }
    } else if (next === 91) {
      const reference = parseLabel(s, index + 1);
      if (reference && this.defined.has(normalizeIdentifier(reference.raw))) end = reference.end;
      else if (s.charCodeAt(index + 2) === 93 && this.isDefined(opener.contentStart, index)) end = index + 3;
    } else if (this.isDefined(opener.contentStart, index)) {
      end = index + 1;
    }
    this.popBracket();
    if (end < 0) return -1;
    this.flushText(index);
    // The bracket's own text node is not among the children.
    const children = this.nodes.items.slice(opener.node + 1, this.nodes.size);
    this.nodes.size = opener.node;
    resolveRuns(this.runs, opener.run, this.runs.length, INSIDE_SPAN);
    this.runs.length = opener.run;
    // Links cannot contain links: every earlier `[` now stays text.
    if (!opener.image) this.linksClosedAbove = this.brackets.length;
    return this.emit(index, end, { kind: opener.image ? 'image' : 'link', url, at: opener.at, children });
  }

  private popBracket() {
    this.brackets.pop();
    this.linksClosedAbove = Math.min(this.linksClosedAbove, this.brackets.length);
  }

  /** Whether the text between `start` and `end` is the label of a definition. */
  private isDefined(start: number, end: number): boolean {
    return this.defined.size > 0 && this.defined.has(normalizeIdentifier(this.s.slice(start, end)));
  }

  /** `<`: an autolink, else inline HTML. */
  private angleBracket(index: number): number {
    const s = this.s;
    URL_AUTOLINK.lastIndex = index;
    const url = URL_AUTOLINK.exec(s);
    if (url) return this.emit(index, URL_AUTOLINK.lastIndex, { kind: 'link', url: url[1] as string, at: index, children: [url[1] as string] });
    EMAIL_AUTOLINK.lastIndex = index;
    const email = EMAIL_AUTOLINK.exec(s);
    if (email) return this.emit(index, EMAIL_AUTOLINK.lastIndex, { kind: 'link', url: `mailto:${email[1]}`, at: index, children: [email[1] as string] });
    const end = matchInlineHtml(s, index);
    return end < 0 ? -1 : this.emit(index, end, { kind: 'html', value: s.slice(index, end), at: index });
  }

  // GFM bare-URL autolinks, as micromark-extension-gfm-autolink-literal finds them. It skips
  // them after an open `[`; mdast-util-gfm-autolink-literal links those later, which changes
  // neither the text nor the inspected URLs, so they stay text here.

  private literal(index: number, end: number, url: string): number {
    return this.emit(index, end, { kind: 'link', url, at: index, children: [this.s.slice(index, end)] });
  }

  private protocolLiteral(index: number): number {
    if (this.brackets.length > 0 || isAsciiAlpha(this.previous(index))) return -1;
    const s = this.s;
    let end = index;
    while (end - index < 5 && isAsciiAlpha(s.charCodeAt(end))) end += 1;
    const protocol = s.slice(index, end).toLowerCase();
    if ((protocol !== 'http' && protocol !== 'https') || s.charCodeAt(end) !== 58 || s.charCodeAt(end + 1) !== 47 || s.charCodeAt(end + 2) !== 47) return -1;
    const first = s.charCodeAt(end + 3);
    if (isWhitespace(first) || isAsciiControl(first) || classify(first) === PUNCTUATION) return -1;
    const domainEnd = literalDomain(s, end + 3);
    if (domainEnd < 0) return -1;
    const pathEnd = literalPath(s, domainEnd);
    return this.literal(index, pathEnd, s.slice(index, pathEnd));
  }

  private wwwLiteral(index: number): number {
    const previous = this.previous(index);
    const allowed = Number.isNaN(previous) || BEFORE_WWW.has(previous);
    if (!allowed || this.brackets.length > 0) return -1;
    const s = this.s;
    for (let offset = 0; offset < 3; offset += 1) if ((s.charCodeAt(index + offset) | 32) !== 119) return -1;
    if (s.charCodeAt(index + 3) !== 46 || index + 4 >= s.length) return -1;
    const domainEnd = literalDomain(s, index);
    if (domainEnd < 0) return -1;
    const pathEnd = literalPath(s, domainEnd);
    return this.literal(index, pathEnd, `http://${s.slice(index, pathEnd)}`);
  }

  private emailLiteral(index: number): number {
    const previous = this.previous(index);
    if (this.brackets.length > 0 || previous === 47 || isGfmAtext(previous)) return -1;
    const s = this.s;
    let end = index;
    while (isGfmAtext(s.charCodeAt(end))) end += 1;
    if (s.charCodeAt(end) !== 64) return -1;
    end += 1;
    let dot = false;
    let data = false;
    for (;;) {
      const code = s.charCodeAt(end);
      if (code === 46 && isAsciiAlphanumeric(s.charCodeAt(end + 1))) {
        dot = true;
        end += 1;
      } else if (code === 45 || code === 95 || isAsciiAlphanumeric(code)) {
        data = true;
        end += 1;
      } else {
        break;
      }
    }
    if (!data || !dot || !isAsciiAlpha(s.charCodeAt(end - 1))) return -1;
    return this.literal(index, end, `mailto:${s.slice(index, end)}`);
  }
}

/** What may come right before `www.` in a bare URL. */
const BEFORE_WWW = codes('(*_[]~ \t\n');
/** Punctuation a bare URL's path does not end on (unless more path follows), and the part of it that trails. */
const MAY_END_PATH = codes('!"&\')*,.:;<?]_~');
const TRAILING_PUNCTUATION = codes('!"\')*,.:;?_~');

function isGfmAtext(code: number): boolean {
  return code === 43 || code === 45 || code === 46 || code === 95 || isAsciiAlphanumeric(code);
}

/** The domain of a bare URL: no underscore in its last two segments, at least one non-punctuation character. */
function literalDomain(s: string, start: number): number {
  let underscoreInLast = false;
  let underscoreInLastButOne = false;
  let seen = false;
  let index = start;
  for (;;) {
    const code = index < s.length ? s.charCodeAt(index) : NaN;
    if (code === 46 || code === 95) {
      if (isTrail(s, index)) break;
      if (code === 95) {
        underscoreInLast = true;
      } else {
        underscoreInLastButOne = underscoreInLast;
        underscoreInLast = false;
      }
      index += 1;
      continue;
    }
    if (isWhitespace(code) || (code !== 45 && classify(code) === PUNCTUATION)) break;
    seen = true;
    index += 1;
  }
  return underscoreInLast || underscoreInLastButOne || !seen ? -1 : index;
}

/** The path of a bare URL: up to whitespace, without trailing punctuation, with balanced parentheses. */
function literalPath(s: string, start: number): number {
  let opened = 0;
  let closed = 0;
  let index = start;
  for (;;) {
    const code = index < s.length ? s.charCodeAt(index) : NaN;
    if (code === 40) {
      opened += 1;
    } else if (code === 41 && closed < opened) {
      closed += 1;
    } else if (MAY_END_PATH.has(code)) {
      if (isTrail(s, index)) return index;
      if (code === 41) closed += 1;
    } else if (isWhitespace(code)) {
      return index;
    }
    index += 1;
  }
}

/** Whether what follows `start` is only trailing punctuation (or an entity-like `&…;`) before the URL ends. */
function isTrail(s: string, start: number): boolean {
  let index = start;
  for (;;) {
    const code = index < s.length ? s.charCodeAt(index) : NaN;
    if (TRAILING_PUNCTUATION.has(code)) {
      index += 1;
    } else if (code === 38) {
      index += 1;
      if (!isAsciiAlpha(s.charCodeAt(index))) return false;
      while (isAsciiAlpha(s.charCodeAt(index))) index += 1;
      if (s.charCodeAt(index) !== 59) return false;
      index += 1;
    } else if (code === 93) {
      index += 1;
      const next = index < s.length ? s.charCodeAt(index) : NaN;
      if (next === 40 || next === 91 || isWhitespace(next)) return true;
    } else {
      return code === 60 || isWhitespace(code);
    }
  }
}

/** Inline HTML at `start` (on `<`): a tag, comment, processing instruction, declaration or CDATA; its end, or -1. */
function matchInlineHtml(s: string, start: number): number {
  const next = s.charCodeAt(start + 1);
  if (next === 33) {
    if (s.startsWith('<!--', start)) return endAfter(s, '-->', start + 2);
    if (s.startsWith('<![CDATA[', start)) return endAfter(s, ']]>', start + 9);
    return isAsciiAlpha(s.charCodeAt(start + 2)) ? endAfter(s, '>', start + 2) : -1;
  }
  if (next === 63) return endAfter(s, '?>', start + 2);
  if (!isAsciiAlpha(next) && next !== 47) return -1;
  INLINE_TAG.lastIndex = start;
  return INLINE_TAG.test(s) ? INLINE_TAG.lastIndex : -1;
}

function endAfter(s: string, marker: string, from: number): number {
  const index = s.indexOf(marker, from);
  return index < 0 ? -1 : index + marker.length;
}

/** `(destination "title")` after a `]`: the decoded URL and where it ends. */
function parseResource(s: string, start: number): { url: string; end: number } | null {
  let index = skipWhitespace(s, start + 1);
  if (s.charCodeAt(index) === 41) return { url: '', end: index + 1 };
  const destination = parseDestination(s, index, 32);
  if (!destination) return null;
  index = destination.end;
  const titleStart = skipWhitespace(s, index);
  if (titleStart > index) {
    const code = s.charCodeAt(titleStart);
    if (code === 34 || code === 39 || code === 40) {
      const titleEnd = parseTitle(s, titleStart);
      if (titleEnd < 0) return null;
      index = skipWhitespace(s, titleEnd);
    } else {
      index = titleStart;
    }
  }
  return s.charCodeAt(index) === 41 ? { url: decodeString(destination.raw), end: index + 1 } : null;
}

/**
 * Pairs emphasis and strikethrough runs between `from` and `to` like micromark's resolvers: each
 * closer takes the nearest eligible opener (the rule of three for `*` and `_`, equal length for
 * `~`), and everything between a pair is resolved on its own and sealed.
 */
function resolveRuns(runs: Run[], from: number, to: number, order: readonly number[]) {
  for (const resolver of order) {
    if (resolver === ATTENTION) pairAttention(runs, from, to);
    else pairTildes(runs, from, to);
  }
}

function pairAttention(runs: Run[], from: number, to: number) {
  for (let close = from; close < to; close += 1) {
    const closer = runs[close] as Run;
    if (closer.sealed || closer.char === 126 || !closer.close) continue;
    while (closer.remaining > 0) {
      let open = close - 1;
      for (; open >= from; open -= 1) {
        const opener = runs[open] as Run;
        if (opener.sealed || opener.char !== closer.char || !opener.open || opener.remaining === 0) continue;
        if ((opener.close || closer.open) && closer.remaining % 3 !== 0 && (opener.remaining + closer.remaining) % 3 === 0) continue;
        break;
      }
      if (open < from) break;
      const opener = runs[open] as Run;
      const use = opener.remaining > 1 && closer.remaining > 1 ? 2 : 1;
      opener.remaining -= use;
      closer.remaining -= use;
      seal(runs, open + 1, close);
    }
  }
}

function pairTildes(runs: Run[], from: number, to: number) {
  for (let close = from; close < to; close += 1) {
    const closer = runs[close] as Run;
    if (closer.sealed || closer.char !== 126 || !closer.close || closer.remaining === 0) continue;
    for (let open = close - 1; open >= from; open -= 1) {
      const opener = runs[open] as Run;
      if (opener.sealed || opener.char !== 126 || !opener.open || opener.remaining === 0 || opener.length !== closer.length) continue;
      opener.remaining = 0;
      closer.remaining = 0;
      seal(runs, open + 1, close);
      break;
    }
  }
}

function seal(runs: Run[], from: number, to: number) {
  resolveRuns(runs, from, to, INSIDE_SPAN);
  for (let index = from; index < to; index += 1) (runs[index] as Run).sealed = true;
}

/** mdast-util-to-string over inlines: images give their alt; HTML is kept for headings (`toString`) but not for search, where a hard break is a space. */
function inlineText(nodes: Inline[], forSearch: boolean, end = nodes.length): string {
  let result = '';
  for (let index = 0; index < end; index += 1) {
    const node = nodes[index] as Inline;
    if (typeof node === 'string') {
      result += node;
      continue;
    }
    switch (node.kind) {
      case 'text':
      case 'code':
        result += forSearch ? node.search : node.value;
        break;
      case 'html':
        if (!forSearch) result += node.value;
        break;
      case 'break':
        if (forSearch) result += ' ';
        break;
      case 'run':
        if (node.remaining > 0) result += String.fromCharCode(node.char).repeat(node.remaining);
        break;
      case 'link':
        result += inlineText(node.children, forSearch);
        break;
      case 'image':
        result += inlineText(node.children, false);
        break;
    }
  }
  return result;
}

function oneLine(text: string): string {
  return text.includes('\n') ? text.replaceAll('\n', ' ') : text;
}

/** The URL and HTML nodes among inlines, in pre-order; an image's alt is text only, so it is not descended into. */
function inspectInlines(nodes: Inline[], source: Source, bodyLine: number, out: ScannedNode[], end = nodes.length) {
  for (let index = 0; index < end; index += 1) {
    const node = nodes[index] as Inline;
    if (typeof node === 'string') continue;
    if (node.kind === 'html') {
      const { line, column } = locate(source, node.at, bodyLine);
      out.push({ type: 'html', value: node.value, line, column });
    } else if (node.kind === 'link' || node.kind === 'image') {
      if (node.url !== null) {
        const { line, column } = locate(source, node.at, bodyLine);
        out.push({ type: node.kind, url: node.url, line, column });
      }
      if (node.kind === 'link') inspectInlines(node.children, source, bodyLine, out);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// From leaves to the analysis


/**
 * remarkVideoCards' rule: a paragraph holding one link (inline, autolink or bare URL) to a YouTube
 * video and otherwise only whitespace is a card, titled by the link's words or else the section.
 */
function readVideoCard(nodes: Inline[], end: number, sectionTitle: string | undefined): VideoInfo | null {
  let link: Media | undefined;
  for (let index = 0; index < end; index += 1) {
    const node = nodes[index] as Inline;
    if (typeof node === 'string') {
      if (node.trim() !== '') return null;
    } else if (node.kind === 'link' && node.url !== null && !link) {
      link = node;
    } else if (!(node.kind === 'text' && node.value.trim() === '')) {
      return null;
    }
  }
  const video = link?.url ? parseYouTubeUrl(link.url) : null;
  if (!link || !video) return null;
  const label = link.children.map((child) => inlineText([child], false)).join('').trim();
  const title = label && !GENERIC_LABELS.test(label) && !/^https?:\/\//i.test(label) ? label : (sectionTitle ?? 'Video on YouTube');
  return video.start === undefined ? { id: video.id, title } : { id: video.id, title, start: video.start };
}

/**
 * Where a GFM task item's paragraph text starts: after `[ ]`, `[x]` or `[X]`, a line ending or
 * whitespace before more content, and the one character of it that mdast drops.
 */
function taskCheckEnd(s: string): number {
  const value = s.charCodeAt(1);
  if (s.charCodeAt(0) !== 91 || s.charCodeAt(2) !== 93) return 0;
  if (!(isSpaceOrTab(value) || value === LF || value === 88 || value === 120)) return 0;
  const after = s.charCodeAt(3);
  if (after === LF) return 4;
  return isSpaceOrTab(after) && skipSpaces(s, 3) < s.length ? 4 : 0;
}

/**
 * The pieces of one body's search text. Scans never overlap, so one list serves every body and
 * is not regrown for each.
 */
const textPieces = new ScratchList<string>();

/**
 * Collects the search text: one line per top-level block, its parts separated by spaces so words
 * never run together. The parts hold no newlines (soft breaks and code lines became spaces), and
 * inline text goes in piece by piece, so the whole text is built by one join.
 */
class TextCollector {
  private readonly pieces = textPieces;
  private top = -1;

  constructor() {
    this.pieces.size = 0;
  }

  add(top: number, text: string) {
    if (!NON_SPACE.test(text)) return;
    this.separate(top);
    this.pieces.push(text);
  }

  addInlines(top: number, nodes: Inline[], end: number) {
    const mark = this.pieces.size;
    const previousTop = this.top;
    this.separate(top);
    const start = this.pieces.size;
    this.push(nodes, end);
    const { items, size } = this.pieces;
    for (let index = start; index < size; index += 1) if (NON_SPACE.test(items[index] as string)) return;
    this.pieces.size = mark;
    this.top = previousTop;
  }

  result(): string {
    const { items, size } = this.pieces;
    items.length = size;
    return items.join('');
  }

  private separate(top: number) {
    if (this.pieces.size > 0) this.pieces.push(top === this.top ? ' ' : '\n');
    this.top = top;
  }

  /** inlineText(nodes, true), as pieces. */
  private push(nodes: Inline[], end = nodes.length) {
    for (let index = 0; index < end; index += 1) {
      const node = nodes[index] as Inline;
      if (typeof node === 'string') {
        this.pieces.push(node);
        continue;
      }
      switch (node.kind) {
        case 'text':
        case 'code':
          this.pieces.push(node.search);
          break;
        case 'break':
          this.pieces.push(' ');
          break;
        case 'run':
          if (node.remaining > 0) this.pieces.push(String.fromCharCode(node.char).repeat(node.remaining));
          break;
        case 'link':
          this.push(node.children);
          break;
        case 'image':
          this.pieces.push(oneLine(inlineText(node.children, false)));
          break;
        case 'html':
          break;
      }
    }
  }
}

const NON_SPACE = /\S/;

/** Heading ids as remarkHeadingIds makes them: github-slugger's slug, numbered on repeats. */
class HeadingIds {
  private readonly occurrences = new Map<string, number>();

  id(text: string, index: number): string {
    const base = cachedSlug(text);
    let result = base;
    while (this.occurrences.has(result)) {
      const count = (this.occurrences.get(base) ?? 0) + 1;
      this.occurrences.set(base, count);
      result = `${base}-${count}`;
    }
    this.occurrences.set(result, 0);
    return result || `section-${index}`;
  }
}

/** Headings repeat across entries ("Overview", "See also"); the slug of a text never changes. */
const slugCache = new Map<string, string>();

function cachedSlug(text: string): string {
  let value = slugCache.get(text);
  if (value === undefined) {
    if (slugCache.size >= 10_000) slugCache.clear();
    value = slug(text);
    slugCache.set(text, value);
  }
  return value;
}

interface LeafContext {
  defined: Set<string>;
  hints: InlineHints;
  maxDepth: number;
  containers: number;
}

function readLeaves(leaves: Leaf[], context: LeafContext, bodyLine: number): BodyScan | null {
  const ids = new HeadingIds();
  const headings: HeadingInfo[] = [];
  const nodes: ScannedNode[] = [];
  const videos: VideoInfo[] = [];
  const text = new TextCollector();
  // Each leaf's inlines are read to the end before the next leaf is parsed into the same list.
  const inlines = new InlineParser(context.defined, context.hints, context.maxDepth);
  const content = inlines.nodes.items;
  let sectionTitle: string | undefined;

  for (const leaf of leaves) {
    switch (leaf.kind) {
      case 'definition':
        nodes.push({ type: 'definition', url: leaf.url, line: bodyLine + leaf.line, column: leaf.column });
        break;
      case 'html':
        nodes.push({ type: 'html', value: leaf.value, line: bodyLine + leaf.line, column: leaf.column });
        break;
      case 'code':
        text.add(leaf.top, leaf.text);
        break;
      case 'heading': {
        if (!inlines.parse(leaf.source, 0, leaf.depth)) return null;
        const end = inlines.nodes.size;
        const title = leaf.crlf ? inlineText(content, false, end).replaceAll('\n', '\r\n') : inlineText(content, false, end);
        const trimmed = title.trim();
        headings.push({ depth: leaf.level, text: trimmed, id: ids.id(trimmed, headings.length + 1) });
        sectionTitle = title;
        inspectInlines(content, leaf.source, bodyLine, nodes, end);
        text.addInlines(leaf.top, content, end);
        break;
      }
      case 'paragraph': {
        if (!inlines.parse(leaf.source, leaf.taskable ? taskCheckEnd(leaf.source.text) : 0, leaf.depth)) return null;
        const end = inlines.nodes.size;
        const video = readVideoCard(content, end, sectionTitle);
        if (video) {
          videos.push(video);
          break;
        }
        inspectInlines(content, leaf.source, bodyLine, nodes, end);
        text.addInlines(leaf.top, content, end);
        break;
      }
      case 'table':
        for (const cell of leaf.cells) {
          // Table → row → cell → inlines.
          if (!inlines.parse(cell, 0, leaf.depth + 2)) return null;
          const end = inlines.nodes.size;
          inspectInlines(content, cell, bodyLine, nodes, end);
          text.addInlines(leaf.top, content, end);
        }
        break;
    }
  }
  return { headings, nodes, videos, text: text.result(), containers: context.containers };
}
