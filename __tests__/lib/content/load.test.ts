import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '@/lib/content/errors';
import { loadContent, type LoadOptions } from '@/lib/content/load';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

function load(corpus: string, overrides: Partial<LoadOptions> = {}) {
  return loadContent({
    contentDir: path.join(fixtures, corpus),
    publicDir: path.join(fixtures, 'public'),
    includeDrafts: false,
    missingLinks: 'error',
    today: '2026-11-25',
    ...overrides,
  });
}

describe('loading a corpus with broken files', () => {
  const result = load('broken-corpus');
  const report = result.problems.map(formatProblem).map((line) => line.replace('__tests__/fixtures/broken-corpus/', ''));

  it('reports every problem of every file at once, sorted by file and line, with a hint', () => {
    expect(report).toEqual([
      'pages/about.md:6:1 error field-unknown: unknown field "hub" (allowed fields: title, slug, description, date, updated)',
      'wiki/broken-link.md:10:5 error link-missing: link to "/wiki/no-such-entry/": no such entry',
      'wiki/broken-link.md:10:41 error anchor-missing: "#teardown" is not a heading in "good-entry" (its headings are #setup)',
      'wiki/cover-missing.md:6:8 error cover-missing: cover "/img/nowhere.jpg" does not exist under public/ (add public/img/nowhere.jpg or fix the path)',
      'wiki/crlf-line-endings.md:7:5 error related-missing: "nowhere" is not an entry',
      'wiki/invalid-date.md:5:7 error date-invalid: "2024-02-30" is not a real calendar date (check the month and day)',
      'wiki/js-frontmatter.md:1:1 error frontmatter-language: language tags are not allowed after the opening `---` (found "js") (start the file with a plain `---` line and write YAML)',
      'wiki/mdx-script.mdx:8:7 error mdx-expression: JavaScript expressions `{…}` are not allowed (escape a literal brace as \\{)',
      'wiki/mdx-script.mdx:10:1 error mdx-element: <script> is not an allowed element (allowed: Callout, VideoCard, details, summary, kbd, sub, sup, br, abbr)',
      'wiki/mdx-script.mdx:12:1 error url-protocol: link URL with the "javascript:" scheme is not allowed (use https:, mailto: or a /wiki/ link)',
      'wiki/missing-title.md:1:1 error field-required: frontmatter.title is required',
      'wiki/related-to-missing.md:8:5 error related-missing: "good-entri" is not an entry (did you mean "good-entry"?)',
      'wiki/slug-mismatch.md:3:7 error slug-mismatch: slug "another-name" does not match the file name "slug-mismatch" (rename the file to another-name.md or set slug: slug-mismatch)',
      'wiki/unknown-field.md:6:1 error field-unknown: unknown field "tgas" (did you mean "tags"?)',
      'wiki/unquoted-colon.md:2:8 error yaml-syntax: a value contains `: ` that YAML reads as a nested mapping (quote the value: title: "Foo: bar")',
      'wiki/updated-before-date.md:6:10 error updated-before-date: updated (2026-02-01) is earlier than date (2026-03-01) (updated must be on or after date)',
      'wiki/wrong-types.md:2:8 error field-type: title must be text, got number 1234 (quote it)',
      'wiki/wrong-types.md:6:8 error field-type: draft must be true or false, got the text "yes" (write true or false)',
      'wiki/wrong-types.md:7:7 error field-type: tags must be a list, got the text "foo, bar" (write one item per line, each starting with "- ")',
    ]);
  });

  it('keeps the good files: one bad file hides nothing', () => {
    expect(result.entries.map((entry) => entry.slug)).toEqual(['broken-link', 'crlf-line-endings', 'good-entry', 'related-to-missing']);
  });

  it('never executes JavaScript frontmatter', () => {
    expect((globalThis as { __frontmatterExecuted?: boolean }).__frontmatterExecuted).toBeUndefined();
  });

  it('names the field of each frontmatter problem', () => {
    const fields = result.problems.filter((problem) => problem.file.endsWith('wrong-types.md')).map((problem) => problem.field);
    expect(fields).toEqual(['title', 'draft', 'tags']);
  });
});

describe('loading a valid corpus', () => {
  const result = load('valid-corpus');

  it('loads entries A-Z and pages with no problems, skipping hidden files and editor backups', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entries.map((entry) => entry.slug)).toEqual(['alpha', 'beta', 'delta', 'gamma']);
    expect(result.pages.map((page) => page.slug)).toEqual(['colophon']);
  });

  it('leaves drafts out of production and keeps them in development', () => {
    expect(result.entries.some((entry) => entry.slug === 'draft-entry')).toBe(false);
    const dev = load('valid-corpus', { includeDrafts: true });
    expect(dev.entries.find((entry) => entry.slug === 'draft-entry')?.draft).toBe(true);
  });

  it('normalises fields: defaults, date strings, body start line, format', () => {
    const delta = result.entries.find((entry) => entry.slug === 'delta');
    expect(delta).toMatchObject({ format: 'mdx', hub: false, draft: false, related: [], cover: null, updated: null, date: '2026-01-04', aliases: ['old-delta'], bodyLine: 11 });
  });

  it('records headings with unique GitHub-style ids and internal links with positions', () => {
    const alpha = result.entries.find((entry) => entry.slug === 'alpha');
    expect(alpha?.headings).toEqual([
      { depth: 2, text: 'First section', id: 'first-section' },
      { depth: 3, text: 'A subsection', id: 'a-subsection' },
      { depth: 2, text: 'First section', id: 'first-section-1' },
    ]);
    expect(alpha?.links).toEqual([{ href: '/wiki/gamma', target: { kind: 'entry', slug: 'gamma', anchor: undefined }, line: 15, column: 32 }]);
  });
});

describe('links to missing entries in development', () => {
  it('are warnings, so the page renders them in red instead of failing', () => {
    const result = load('broken-corpus', { missingLinks: 'warning' });
    const linkProblems = result.problems.filter((problem) => problem.rule === 'link-missing');
    expect(linkProblems.map((problem) => problem.severity)).toEqual(['warning']);
  });
});

describe('content directory problems', () => {
  it('reports a missing directory', () => {
    expect(load('does-not-exist').problems.map((problem) => problem.rule)).toEqual(['content-missing']);
  });

  it('reports an empty directory', () => {
    expect(load('empty-corpus').problems.map((problem) => problem.rule)).toEqual(['content-empty']);
  });
});

describe('a corpus written for the test', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** A content directory with one entry per [slug, title, body]. */
  function corpus(entries: Array<[string, string, string]>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
    dirs.push(dir);
    fs.mkdirSync(path.join(dir, 'wiki'));
    for (const [slug, title, body] of entries) {
      fs.writeFileSync(path.join(dir, 'wiki', `${slug}.md`), `---\ntitle: ${title}\nslug: ${slug}\ndescription: An entry of the test corpus.\ndate: 2026-01-01\n---\n\n${body}\n`);
    }
    return dir;
  }

  it('orders entries A-Z by title ignoring case and accents, then by slug', () => {
    const dir = corpus([
      ['zeta', 'éclair', 'Text.'],
      ['alpha', 'Eclair', 'Text.'],
      ['beta', 'banana', 'Text.'],
      ['gamma', 'Apple', 'Text.'],
    ]);
    expect(loadContent({ contentDir: dir, publicDir: path.join(fixtures, 'public'), includeDrafts: false, missingLinks: 'error', today: '2026-11-25' }).entries.map((entry) => entry.slug)).toEqual(['gamma', 'beta', 'alpha', 'zeta']);
  });

  it('suggests the same fix for every link to the same missing entry', () => {
    const dir = corpus([
      ['canisters', 'Canisters', 'See [cycles](/wiki/cycle/).'],
      ['cycles', 'Cycles', 'See [cycles](/wiki/cycle/) and [nothing](/wiki/qqqqqqqq/).'],
      ['subnets', 'Subnets', 'See [cycles](/wiki/cycle/) and [nothing](/wiki/qqqqqqqq/).'],
    ]);
    const result = loadContent({ contentDir: dir, publicDir: path.join(fixtures, 'public'), includeDrafts: false, missingLinks: 'error', today: '2026-11-25' });
    expect(result.problems.map((problem) => [path.basename(problem.file), problem.hint])).toEqual([
      ['canisters.md', 'did you mean "cycles"?'],
      ['cycles.md', 'did you mean "cycles"?'],
      ['cycles.md', undefined],
      ['subnets.md', 'did you mean "cycles"?'],
      ['subnets.md', undefined],
    ]);
  });
});

/** Loads a throwaway content folder holding these files under wiki/, as a production build would. */
function loadWiki(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-test-'));
  try {
    fs.mkdirSync(path.join(dir, 'wiki'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'wiki', name), text);
    return { dir, result: loadContent({ contentDir: dir, publicDir: path.join(fixtures, 'public'), includeDrafts: false, missingLinks: 'error', today: '2026-11-25' }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('a file left out for its own errors', () => {
  it('still has its links and related entries checked, so every problem shows in one run', () => {
    const { result } = loadWiki({
      'cycles.md': '---\ntitle: Cycles\nslug: cycles\ndescription: Fuel.\ndate: 2026-01-01\n---\n\n## Pricing\n\nText.\n',
      'canisters.md':
        '---\ntitle: Canisters\nslug: canisters\ndescription: Software.\ndate: 2026-01-01\nupdated: 2026-13-01\nrelated: [cycle, cycles]\n---\n\n## Lifecycle\n\nSee [nope](/wiki/nope/), [pricing](/wiki/cycles/#prices), [here](#lifecycle) and [there](#life).\n',
    });
    expect(result.entries.map((entry) => entry.slug)).toEqual(['cycles']);
    expect(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`)).toEqual([
      '6:10 date-invalid',
      '7:11 related-missing',
      '12:5 link-missing',
      '12:26 anchor-missing',
      '12:82 anchor-missing',
    ]);
  });
});

describe('an alias claimed by two entries', () => {
  it('is reported on both files, whichever the editor changed', () => {
    const entry = (slug: string) => `---\ntitle: ${slug}\nslug: ${slug}\ndescription: Test.\ndate: 2026-01-01\naliases: [old]\n---\n\nText.\n`;
    const { dir, result } = loadWiki({ 'alpha.md': entry('alpha'), 'beta.md': entry('beta') });
    expect(result.problems.map((problem) => `${path.basename(problem.file)}:${problem.line}:${problem.column} ${problem.rule}: ${problem.message}`)).toEqual([
      `alpha.md:6:11 alias-duplicate: alias "old" is also claimed by ${path.join(dir, 'wiki', 'beta.md')}`,
      `beta.md:6:11 alias-duplicate: alias "old" is also claimed by ${path.join(dir, 'wiki', 'alpha.md')}`,
    ]);
  });
});

describe('a link or related entry naming an old slug', () => {
  it('says which entry the old slug now belongs to', () => {
    const { result } = loadWiki({
      'cycles-and-fees.md': '---\ntitle: Cycles and fees\nslug: cycles-and-fees\ndescription: Fuel.\ndate: 2026-01-01\naliases: [cycles]\n---\n\nText.\n',
      'canisters.md': '---\ntitle: Canisters\nslug: canisters\ndescription: Software.\ndate: 2026-01-01\nrelated: [cycles]\n---\n\nSee [cycles](/wiki/cycles/).\n',
    });
    const hint = '"cycles" is an old slug of "cycles-and-fees" (in its aliases, for outside links): use "cycles-and-fees"';
    expect(result.problems.map((problem) => [problem.rule, problem.hint])).toEqual([
      ['related-missing', hint],
      ['link-missing', hint],
    ]);
  });
});

describe('a malformed percent-escape in a file link', () => {
  it('is reported as a missing file instead of crashing the load', () => {
    const result = load('malformed-escape');
    expect(result.problems.map(formatProblem)).toEqual(['__tests__/fixtures/malformed-escape/wiki/pct.md:8:1 error link-missing: "/img/%ZZ.png" does not exist under public/']);
  });
});
