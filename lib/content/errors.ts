import path from 'node:path';

export type Severity = 'error' | 'warning';

/** One thing wrong with one content file, located precisely enough for an editor to fix it. */
export interface ContentProblem {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Stable kebab-case identifier, e.g. `related-missing`, usable for filtering and docs. */
  rule: string;
  message: string;
  /** Frontmatter field path such as `related[1]`, when the problem is about one. */
  field?: string;
  hint?: string;
}

export function formatProblem(problem: ContentProblem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `${problem.file}:${problem.line}:${problem.column} ${problem.severity} ${problem.rule}: ${problem.message}${hint}`;
}

export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Thrown when content is invalid; the message is the whole report, so a build log shows every problem. */
export class ContentError extends Error {
  declare readonly problems: ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    super(`Content has ${summarizeProblems(sorted)}:\n${sorted.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    // Not enumerable, so a build log shows the readable report once instead of also dumping the array.
    Object.defineProperty(this, 'problems', { value: sorted, enumerable: false });
  }
}

/** Paths in reports are relative to the working directory, as a compiler prints them. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative.split(path.sep).join('/')
    : absolutePath;
}
