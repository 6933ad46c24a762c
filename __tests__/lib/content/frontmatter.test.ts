import { parseFrontmatter } from '@/lib/content/frontmatter';

function problemsOf(text: string) {
  const result = parseFrontmatter(text);
  return result.ok ? [] : result.problems.map(({ line, column, rule, message }) => ({ line, column, rule, message }));
}

function rulesOf(text: string) {
  return problemsOf(text).map((problem) => problem.rule);
}

declare global {
  var __sideEffect: string | undefined;
}

describe('parseFrontmatter', () => {
  afterEach(() => {
    delete globalThis.__sideEffect;
  });

  it('parses YAML, reports where the body starts, and locates fields', () => {
    const result = parseFrontmatter('---\ntitle: Hello\ntags:\n  - a\n  - b\n---\n\nBody\n');
    if (!result.ok) throw new Error('expected success');
    expect(result.value.data).toEqual({ title: 'Hello', tags: ['a', 'b'] });
    expect(result.value.body).toBe('\nBody\n');
    expect(result.value.bodyLine).toBe(7);
    expect(result.value.locate(['tags', 1])).toEqual({ line: 5, column: 5 });
    expect(result.value.locate(['title'], { key: true })).toEqual({ line: 2, column: 1 });
    expect(result.value.locate(['missing'])).toEqual({ line: 1, column: 1 });
  });

  it.each(['---js', '---javascript', '--- js', '---JS', '---coffee', '---json'])('refuses %s frontmatter without running it', (opening) => {
    const text = `${opening}\n{ title: (globalThis.__sideEffect = 'ran', 'x') }\n---\nBody\n`;
    expect(rulesOf(text)).toEqual(['frontmatter-language']);
    expect(globalThis.__sideEffect).toBeUndefined();
  });

  it('refuses TOML frontmatter', () => {
    expect(problemsOf('+++\ntitle = "x"\n+++\n')).toEqual([{ line: 1, column: 1, rule: 'frontmatter-language', message: 'TOML frontmatter (`+++`) is not supported' }]);
  });

  it('refuses frontmatter that does not start at the first byte', () => {
    expect(problemsOf('\n---\ntitle: x\n---\n')).toEqual([{ line: 2, column: 1, rule: 'frontmatter-position', message: 'frontmatter must start at the first byte of the file' }]);
    expect(rulesOf(' ---\ntitle: x\n---\n')).toEqual(['frontmatter-position']);
  });

  it('refuses unclosed frontmatter instead of reading the body as YAML', () => {
    expect(rulesOf('---\ntitle: x\n\n# Body\n')).toEqual(['frontmatter-unclosed']);
  });

  it('requires frontmatter and refuses an empty one', () => {
    expect(rulesOf('# Just a body\n')).toEqual(['frontmatter-missing']);
    expect(rulesOf('---\n---\nBody\n')).toEqual(['frontmatter-empty']);
    expect(rulesOf('---\n# only a comment\n---\nBody\n')).toEqual(['frontmatter-empty']);
  });

  it('refuses a scalar or a list as frontmatter', () => {
    expect(problemsOf('---\njust text\n---\n')[0]?.message).toBe('frontmatter must be a mapping of fields, got a string');
    expect(problemsOf('---\n- a\n- b\n---\n')[0]?.message).toBe('frontmatter must be a mapping of fields, got a list');
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(problemsOf('---\ntitle: a\nslug: b\ntitle: c\n---\n')).toEqual([{ line: 4, column: 1, rule: 'yaml-syntax', message: 'duplicate field: each field may appear only once' }]);
  });

  it('refuses aliases, so an alias bomb fails in milliseconds', () => {
    const bomb = [
      '---',
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      '---',
    ].join('\n');
    const problems = problemsOf(bomb);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((problem) => problem.rule))).toEqual(new Set(['yaml-alias']));
    expect(problems[0]).toMatchObject({ line: 3, message: 'YAML aliases (`*name`) are not allowed' });
  });

  it.each([
    ['!!binary aGVsbG8=', '!!binary'],
    ['!!set {a}', '!!set'],
    ['!!js/function f', '!!js/function'],
    ['!custom x', '!custom'],
  ])('refuses the YAML tag in `title: %s`', (value, tag) => {
    const problems = problemsOf(`---\ntitle: ${value}\n---\n`);
    expect(problems).toContainEqual({ line: 2, column: 8, rule: 'yaml-tag', message: `YAML tags are not allowed (found "${tag}")` });
  });

  it('refuses merge keys and does not pollute prototypes', () => {
    expect(rulesOf('---\n<<: {title: x}\n---\n')).toEqual(['yaml-merge-key']);
    const result = parseFrontmatter('---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n---\n');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(result.ok && Object.keys(result.value.data as object)).toEqual(['__proto__', 'constructor']);
  });

  it('refuses control characters such as NUL', () => {
    expect(problemsOf('---\ntitle: a\u0000b\n---\n')).toEqual([{ line: 2, column: 9, rule: 'frontmatter-control-character', message: 'frontmatter contains a control character (such as NUL)' }]);
  });

  it('refuses control characters written as escapes in double quotes, where the raw text shows none', () => {
    expect(problemsOf('---\ntitle: "Hello\\0World"\nslug: t\n---\n')).toEqual([
      { line: 2, column: 8, rule: 'frontmatter-control-character', message: 'a value contains a control character (U+0000)' },
    ]);
    expect(problemsOf('---\ntags: [ok, "x\\e"]\n---\n')).toEqual([
      { line: 2, column: 12, rule: 'frontmatter-control-character', message: 'a value contains a control character (U+001B)' },
    ]);
    expect(rulesOf('---\ndescription: "bell \\x07"\n---\n')).toEqual(['frontmatter-control-character']);
    // Tab and newline escapes stay allowed, as does a backslash in single quotes (no escapes there).
    const result = parseFrontmatter("---\ndescription: \"a\\tb\\nc\"\ntitle: 'a\\0b'\n---\n");
    expect(result.ok && result.value.data).toEqual({ description: 'a\tb\nc', title: 'a\\0b' });
  });

  it('keeps YAML 1.2 scalars as written: no implicit dates, yes stays text', () => {
    const result = parseFrontmatter('---\ndate: 2026-04-12\ndraft: yes\nzip: 01234\n---\n');
    expect(result.ok && result.value.data).toEqual({ date: '2026-04-12', draft: 'yes', zip: 1234 });
  });
});
