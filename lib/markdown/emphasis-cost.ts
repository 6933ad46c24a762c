/**
 * micromark pairs emphasis by walking back from every closing run over the runs before it, so
 * a paragraph's cost grows with the square of its `*`, `_` and `~` runs: 4,000 of them in 24 KB
 * took 6 s, and a 256 KB file of such paragraphs minutes. Before the full parser reads a body,
 * this estimates that cost from the text alone and refuses a body over the budget.
 *
 * The estimate over-counts on purpose: a paragraph is every line up to a blank one, so list
 * items written without blank lines between them add up as one (each list item marker still
 * starts a new count, as does a heading, and every row of a table, whose cells are parsed
 * apart). Fenced code and code spans are left out; everything else with a marker counts.
 */

/** Σ (runs in a paragraph)²: the real content's largest is under 2,000; a body at the budget parses in about 0.2 s. */
export const EMPHASIS_BUDGET = 4_000_000;

export interface EmphasisCost {
  /** The estimate: the sum over paragraphs of their runs, squared. */
  cost: number;
  /** The paragraph with the most runs: its first line (counting from 0) and its run count. */
  densestLine: number;
  densestRuns: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER_PREFIX = /^(?: {0,3}> ?)*/;
const LIST_ITEM = /^ *(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const TABLE_DELIMITER_ROW = /^ *\|? *:?-+:? *(?:\| *:?-+:? *)*\|? *$/;
const CODE_SPAN = /`+[^`]*`+/g;
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
    const startsLeaf = LIST_ITEM.test(content) || HEADING.test(content) || table;
    if (startsLeaf && index > start) close(index);
    // A table starts where the next line is its delimiter row; from there on each row counts alone.
    if (!table && TABLE_DELIMITER_ROW.test((lines[index + 1] ?? '').replace(CONTAINER_PREFIX, '')) && content.includes('|')) {
      if (index > start) close(index);
      table = true;
    }
    const marker = LIST_ITEM.exec(content)?.[0].length ?? 0;
    runs += content.slice(marker).replace(CODE_SPAN, '').match(RUN)?.length ?? 0;
  }
  close(lines.length);
  return { cost, densestLine, densestRuns };
}
