/**
 * What the full parser (micromark) is slow on, estimated from the text alone so that a body can
 * be refused before it is parsed, and before a build compiles it.
 *
 * Emphasis: micromark pairs emphasis by walking back from every closing run over the runs before
 * it, so a paragraph's cost grows with the square of its `*`, `_` and `~` runs: 4,000 of them in
 * 24 KB took 6 s, and a 256 KB file of such paragraphs minutes. The estimate over-counts on
 * purpose: a paragraph is every line up to a blank one, so list items written without blank lines
 * between them add up as one (each list item marker still starts a new count, as does a heading,
 * and every row of a table, whose cells are parsed apart). Fenced code and code spans are left
 * out; everything else with a marker counts.
 *
 * Containers: each block quote and list item becomes an element, and quotes reopened paragraph
 * after paragraph multiply: 250 KB of `>>>>…> x` paragraphs, each 40 deep (within the nesting
 * limit), is 232,000 quotes, 6 MB of HTML and two minutes of parsing. The scanner counts them
 * exactly as it reads a `.md` body; this estimate (meant to count at least as many) is for the bodies
 * the full parser reads, and names the line where the limit is passed.
 */

/** Σ (runs in a paragraph)²: the real content's largest is 292; a body at the budget parses in 0.35 s at worst. */
export const EMPHASIS_BUDGET = 4_000_000;

export interface EmphasisCost {
  /** The estimate: the sum over paragraphs of their runs, squared. */
  cost: number;
  /** The paragraph with the most runs: its first line (counting from 0) and its run count. */
  densestLine: number;
  densestRuns: number;
}

// Any indentation: a fence inside a list item sits deeper than the three spaces a top-level one may have.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const CONTAINER_PREFIX = /^(?: {0,3}> ?)*/;
const LIST_ITEM = /^ *(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const TABLE_DELIMITER_ROW = /^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;
const CODE_SPAN = /`+[^`]*`+/g;
/** One container marker at the start of what is left of a line: a `>` (group 1) or a list item marker. */
const CONTAINER_MARKER = /^[ \t]*(?:(>) ?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$))/;
const RUN = /[*_~]+/g;

export function emphasisCost(body: string): EmphasisCost {
  const lines = body.split('\n');
  let cost = 0;
  let runs = 0;
  let start = 0;
  let densestLine = 0;
  let densestRuns = 0;
  let fence: string | null = null;
  let table = false;

  const close = (nextStart: number) => {
    cost += runs * runs;
    if (runs > densestRuns) {
      densestRuns = runs;
      densestLine = start;
    }
    runs = 0;
    start = nextStart;
  };

  for (let index = 0; index < lines.length; index += 1) {
    const content = (lines[index] as string).replace(CONTAINER_PREFIX, '');
    if (fence !== null) {
      if (content.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    const opening = FENCE.exec(content);
    if (opening) {
      close(index + 1);
      fence = opening[1] as string;
      continue;
    }
    if (content.trim() === '') {
      close(index + 1);
      table = false;
      continue;
    }
    const listItem = LIST_ITEM.exec(content);
    if ((listItem || HEADING.test(content) || table) && index > start) close(index);
    // A table starts where the next line is its delimiter row; from there on each row counts alone.
    if (!table && TABLE_DELIMITER_ROW.test((lines[index + 1] ?? '').replace(CONTAINER_PREFIX, '')) && content.includes('|')) {
      if (index > start) close(index);
      table = true;
    }
    runs += content.slice(listItem?.[0].length ?? 0).replace(CODE_SPAN, '').match(RUN)?.length ?? 0;
  }
  close(lines.length);
  return { cost, densestLine, densestRuns };
}

/** Block quotes and list items a body may open: 20,000 deep quotes parse in under a second; a 256 KB list of one-line items has 10,000. */
export const CONTAINER_BUDGET = 20_000;

export interface ContainerCount {
  openings: number;
  /** The line (counting from 0) on which the count passed CONTAINER_BUDGET, or -1. */
  overLine: number;
}

/**
 * Counts the block quotes and list items the lines open: every list item marker opens one, and a
 * `>` opens one unless the line before (not blank) already had that many, which it continues.
 */
export function containerOpenings(body: string): ContainerCount {
  const lines = body.split('\n');
  let openings = 0;
  let overLine = -1;
  let previousQuotes = 0;
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    if (fence !== null) {
      if (line.replace(CONTAINER_PREFIX, '').trimStart().startsWith(fence)) fence = null;
      continue;
    }
    let quotes = 0;
    let items = 0;
    let offset = 0;
    for (let marker = CONTAINER_MARKER.exec(line); marker; marker = CONTAINER_MARKER.exec(line.slice(offset))) {
      if (marker[1]) quotes += 1;
      else items += 1;
      offset += marker[0].length;
    }
    openings += items + Math.max(0, quotes - previousQuotes);
    previousQuotes = quotes;
    if (overLine === -1 && openings > CONTAINER_BUDGET) overLine = index;
    const opening = FENCE.exec(line.slice(offset));
    if (opening) fence = opening[1] as string;
  }
  return { openings, overLine };
}
