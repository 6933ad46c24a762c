/**
 * `npm run check`: validates the content directory (CONTENT_DIR or content/) with the same code
 * the site uses, as a production build would, and prints one line per problem like a compiler.
 * Exit status 1 when there is any error, 0 with warnings only.
 */
import { formatProblem, getLoadOptions } from '@/lib/content';
import { summarizeProblems } from '@/lib/content/errors';
import { loadContent } from '@/lib/content/load';

const options = { ...getLoadOptions(), includeDrafts: false, missingLinks: 'error' as const };
const started = performance.now();
const { entries, pages, problems } = loadContent(options);
const elapsed = Math.round(performance.now() - started);

for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((problem) => problem.severity === 'error').length;
console.log(
  problems.length === 0
    ? `✓ ${count(entries.length, 'entry', 'entries')} and ${count(pages.length, 'page', 'pages')} in ${options.contentDir} are valid (${elapsed} ms)`
    : `${errors > 0 ? '✗' : '!'} ${summarizeProblems(problems)} (${entries.length} valid entries, ${elapsed} ms)`,
);
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

process.exitCode = errors > 0 ? 1 : 0;
