import { spawnSync } from 'node:child_process';
import path from 'node:path';

const fixtures = path.join('__tests__', 'fixtures');

/** Runs `npm run check`'s script the way an editor or CI does, in its own process. */
function check(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/check-content.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, CONTENT_DIR: contentDir, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return { status: result.status, lines: result.stdout.trim().split('\n'), stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check', () => {
  it('exits 0 on the real content with a one-line confirmation', () => {
    const { status, lines } = check('content');
    expect(status).toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^✓ \d+ entries and 1 page in content are valid \(\d+ ms\)$/)]);
  });

  it('exits 1 with one line per problem and a summary when there are errors', () => {
    const { status, lines } = check(path.join(fixtures, 'broken-corpus'));
    expect(status).toBe(1);
    expect(lines).toContain('__tests__/fixtures/broken-corpus/wiki/related-to-missing.md:8:5 error related-missing: "good-entri" is not an entry (did you mean "good-entry"?)');
    expect(lines.at(-1)).toMatch(/^✗ 19 errors and 0 warnings in 14 files \(4 valid entries, \d+ ms\)$/);
  });

  it('exits 0 when there are only warnings, and lists them', () => {
    const { status, lines } = check(path.join(fixtures, 'hostile-corpus'));
    expect(status).toBe(0);
    expect(lines.filter((line) => line.includes(' warning html-ignored: '))).toHaveLength(2);
  });

  it('prints GitHub annotations with --format github', () => {
    const { status, lines } = check(path.join(fixtures, 'broken-corpus'), '--format', 'github');
    expect(status).toBe(1);
    expect(lines).toContain('::error file=__tests__/fixtures/broken-corpus/wiki/missing-title.md,line=1,col=1,title=field-required::frontmatter.title is required');
  });

  it('prints JSON with --format json', () => {
    const { status, stdout } = check(path.join(fixtures, 'broken-corpus'), '--format=json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, errors: 19, warnings: 0, entries: 4, pages: 0 });
    expect(report.problems[0]).toEqual({ file: '__tests__/fixtures/broken-corpus/pages/about.md', severity: 'error', line: 6, column: 1, rule: 'field-unknown', field: 'hub', message: 'unknown field "hub"', hint: 'allowed fields: title, slug, description, date, updated' });
  });

  it('refuses an unknown format with exit status 2', () => {
    const { status, stderr } = check('content', '--format', 'xml');
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown format "xml": use text, json, github.');
  });
});
