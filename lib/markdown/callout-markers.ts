import { closestMatches } from '@/lib/content/closest';
import type { BodyProblem } from './analyze';
import { ALERT_TYPES } from './remark-github-alerts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
/** A quote line opening with `[!WORD]`: the quote markers, then the word. */
const MARKER = /^( {0,3}(?:>[ \t]?)+)\[!([A-Za-z]+)\]/;
const ANY_MARKER = new RegExp(MARKER.source, 'gm');
const isAlertType = (type: string) => (ALERT_TYPES as readonly string[]).includes(type.toLowerCase());

/**
 * Quotes that open with a marker GitHub makes no callout of (`> [!NOTES]`, `> [!INFO]`): they
 * render as plain quotes with the marker shown as text, so the editor is warned. Code blocks are
 * skipped. Most bodies hold only the five types or none, which one search of the text tells;
 * only the rest are read line by line.
 */
export function findUnknownCalloutMarkers(body: string, bodyLine: number): BodyProblem[] {
  if (!body.includes('[!') || [...body.matchAll(ANY_MARKER)].every((match) => isAlertType(match[2] as string))) return [];
  const problems: BodyProblem[] = [];
  let fence: { char: string; length: number } | null = null;
  let previous = '';
  body.split('\n').forEach((line, index) => {
    const opening = FENCE.exec(line);
    if (opening) {
      const run = opening[1] as string;
      if (!fence) fence = { char: run[0] as string, length: run.length };
      else if (run[0] === fence.char && run.length >= fence.length && line.trim() === run) fence = null;
    } else if (!fence && !QUOTE.test(previous)) {
      const match = MARKER.exec(line);
      const type = match?.[2];
      if (match && type && !isAlertType(type)) {
        const [closest] = closestMatches(type.toLowerCase(), ALERT_TYPES, 1);
        problems.push({
          line: bodyLine + index,
          column: (match[1] as string).length + 1,
          severity: 'warning',
          rule: 'callout-unknown',
          message: `"[!${type}]" is not a callout type, so the quote shows it as text`,
          hint: closest ? `did you mean "[!${closest.toUpperCase()}]"?` : `use ${ALERT_TYPES.map((name) => name.toUpperCase()).join(', ')}`,
        });
      }
    }
    previous = fence ? '' : line;
  });
  return problems;
}
