/**
 * `npm run check [-- --format text|json|github]`: validates the content directory (CONTENT_DIR or
 * content/) with the same code the site uses, as a production build would (drafts left out,
 * missing link targets are errors), and prints every problem. Exit status 1 on any error, 0 when
 * there are only warnings. `npm run build` runs it first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getLoadOptions } from '@/lib/content';
import { loadContent } from '@/lib/content/load';
import { checkSummary, formatGithub, formatJson, formatText, PROBLEM_FORMATS, type ProblemFormat } from '@/lib/content/problem-formats';

function readFormat(argv: string[]): ProblemFormat {
  // `--format json` or `--format=json`; other arguments are ignored.
  const value = parseArgs({ args: argv, options: { format: { type: 'string' } }, strict: false, allowPositionals: true }).values.format;
  if (typeof value !== 'string') return 'text';
  if ((PROBLEM_FORMATS as readonly string[]).includes(value)) return value as ProblemFormat;
  console.error(`Unknown format "${value}": use ${PROBLEM_FORMATS.join(', ')}.`);
  process.exit(2);
}

const format = readFormat(process.argv.slice(2));
const options = { ...getLoadOptions(), includeDrafts: false, missingLinks: 'error' as const };
const started = performance.now();
const { entries, pages, problems } = loadContent(options);
const elapsedMs = Math.round(performance.now() - started);
const summary = checkSummary(problems, { entries: entries.length, pages: pages.length, elapsedMs, contentDir: path.relative(process.cwd(), options.contentDir) || '.' });

console.log(
  format === 'json' ? formatJson(problems, { entries: entries.length, pages: pages.length }) : format === 'github' ? formatGithub(problems, summary) : formatText(problems, summary),
);
process.exitCode = problems.some((problem) => problem.severity === 'error') ? 1 : 0;
