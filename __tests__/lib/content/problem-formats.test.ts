import type { ContentProblem } from '@/lib/content/errors';
import { checkSummary, formatGithub, formatJson, formatText } from '@/lib/content/problem-formats';

const problems: ContentProblem[] = [
  { file: 'content/wiki/foo.md', line: 12, column: 3, severity: 'error', rule: 'related-missing', message: '"cloud-engine" is not an entry', hint: 'did you mean "cloud-engines"?', field: 'related[0]' },
  { file: 'content/wiki/a,b:c.md', line: 1, column: 1, severity: 'warning', rule: 'body-empty', message: '100% empty\nreally' },
];

describe('problem formats', () => {
  it('prints text like a compiler, one line per problem and a summary', () => {
    expect(formatText(problems, 'summary')).toBe(
      'content/wiki/foo.md:12:3 error related-missing: "cloud-engine" is not an entry (did you mean "cloud-engines"?)\ncontent/wiki/a,b:c.md:1:1 warning body-empty: 100% empty\nreally\nsummary',
    );
  });

  it('prints GitHub Actions annotations with escaped properties and data', () => {
    expect(formatGithub(problems, 'summary').split('\n')).toEqual([
      '::error file=content/wiki/foo.md,line=12,col=3,title=related-missing::"cloud-engine" is not an entry (did you mean "cloud-engines"?)',
      '::warning file=content/wiki/a%2Cb%3Ac.md,line=1,col=1,title=body-empty::100%25 empty%0Areally',
      'summary',
    ]);
  });

  it('prints JSON with counts and every field of every problem', () => {
    expect(JSON.parse(formatJson(problems, { entries: 3, pages: 1 }))).toEqual({ ok: false, errors: 1, warnings: 1, entries: 3, pages: 1, problems });
  });

  it('summarises', () => {
    const stats = { entries: 3, pages: 1, elapsedMs: 12, contentDir: 'content' };
    expect(checkSummary([], stats)).toBe('✓ 3 entries and 1 page in content are valid (12 ms)');
    expect(checkSummary(problems, stats)).toBe('✗ 1 error and 1 warning in 2 files (3 valid entries, 12 ms)');
    expect(checkSummary(problems.slice(1), stats)).toBe('! 0 errors and 1 warning in 1 file (3 valid entries, 12 ms)');
  });
});
