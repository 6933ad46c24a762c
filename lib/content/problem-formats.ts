import { formatProblem, summarizeProblems, type ContentProblem } from './errors';

export type ProblemFormat = 'text' | 'json' | 'github';
export const PROBLEM_FORMATS: readonly ProblemFormat[] = ['text', 'json', 'github'];

/** One line per problem like a compiler, then a summary line. */
export function formatText(problems: readonly ContentProblem[], summary: string): string {
  return [...problems.map(formatProblem), summary].join('\n');
}

/** For tools: the problems as data, with counts. */
export function formatJson(problems: readonly ContentProblem[], stats: { entries: number; pages: number }): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return JSON.stringify({ ok: errors === 0, errors, warnings: problems.length - errors, ...stats, problems }, null, 2);
}

/**
 * GitHub Actions workflow commands, which show each problem on its line of the pull request.
 * Data and properties are escaped as the runner requires (%, CR, LF; and `:`/`,` in properties).
 */
export function formatGithub(problems: readonly ContentProblem[], summary: string): string {
  const data = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (value: string) => data(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const lines = problems.map((problem) => {
    const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
    return `::${problem.severity} file=${property(problem.file)},line=${problem.line},col=${problem.column},title=${property(problem.rule)}::${data(message)}`;
  });
  return [...lines, summary].join('\n');
}

export function checkSummary(problems: readonly ContentProblem[], stats: { entries: number; pages: number; elapsedMs: number; contentDir: string }): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (problems.length === 0) {
    return `✓ ${count(stats.entries, 'entry', 'entries')} and ${count(stats.pages, 'page', 'pages')} in ${stats.contentDir} are valid (${stats.elapsedMs} ms)`;
  }
  return `${errors > 0 ? '✗' : '!'} ${summarizeProblems(problems)} (${count(stats.entries, 'valid entry', 'valid entries')}, ${stats.elapsedMs} ms)`;
}
