import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { parseFlatYaml } from '@/lib/content/flat-yaml';
import { parseFrontmatter, type FieldPath } from '@/lib/content/frontmatter';

/**
 * The fast reader must be invisible: for every input, parseFrontmatter with and without it gives
 * the same result, problems, body and positions; and wherever the fast reader accepts an input,
 * `yaml` (core schema) reads that input without any error or warning and to the same value.
 */

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
    const full = path.join(dir, dirent.name);
    if (dirent.isSymbolicLink()) return [];
    return dirent.isDirectory() ? listFiles(full) : [full];
  });
}

/** Every path to a value in the data, plus one that does not exist under each container. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): FieldPath[] {
  const paths: FieldPath[] = [prefix, [...prefix, 'no-such-field']];
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
    paths.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function expectSameResult(text: string) {
  const fast = parseFrontmatter(text);
  const full = parseFrontmatter(text, { fastPath: false });
  expect(fast.ok).toBe(full.ok);
  if (!fast.ok || !full.ok) {
    expect(fast).toEqual(full);
    return;
  }
  expect(fast.value.data).toEqual(full.value.data);
  expect(Object.keys(fast.value.data as object)).toEqual(Object.keys(full.value.data as object));
  expect(fast.value.body).toBe(full.value.body);
  expect(fast.value.bodyLine).toBe(full.value.bodyLine);
  for (const fieldPath of pathsOf(full.value.data)) {
    expect([fieldPath, fast.value.locate(fieldPath)]).toEqual([fieldPath, full.value.locate(fieldPath)]);
    expect([fieldPath, fast.value.locate(fieldPath, { key: true })]).toEqual([fieldPath, full.value.locate(fieldPath, { key: true })]);
  }
}

/** The text gray-matter hands to the YAML engine: after the opening `---`, up to the first "\n---". */
function yamlInputOf(text: string): string | null {
  if (!text.startsWith('---')) return null;
  const rest = text.slice(3);
  const close = rest.indexOf('\n---');
  return close === -1 ? null : rest.slice(0, close);
}

/** Accepted by the fast reader implies: `yaml` has nothing to say about it and reads the same value. */
function expectFastReaderAgrees(input: string): boolean {
  const fast = parseFlatYaml(input);
  if (fast === undefined) return false;
  const document = parseDocument(input, { schema: 'core', uniqueKeys: true });
  expect({ input, errors: document.errors.map((error) => error.code), warnings: document.warnings.map((warning) => warning.code) }).toEqual({ input, errors: [], warnings: [] });
  expect({ input, value: fast }).toEqual({ input, value: document.toJS({ maxAliasCount: 0 }) });
  expect({ input, keys: Object.keys(fast) }).toEqual({ input, keys: Object.keys(document.toJS({ maxAliasCount: 0 }) as object) });
  return true;
}

const repoRoot = path.resolve(__dirname, '../../..');
const files = [...listFiles(path.join(repoRoot, '__tests__/fixtures')), ...listFiles(path.join(repoRoot, 'content'))].filter((file) => /\.(md|mdx|md~|txt)$/.test(file));

describe('frontmatter fast path: fixtures and content', () => {
  it('finds files to compare', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [path.relative(repoRoot, file), file]))('%s reads the same with and without the fast path', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8');
    expectSameResult(text);
    const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    expectSameResult(normalised);
    const input = yamlInputOf(normalised);
    if (input !== null) expectFastReaderAgrees(input);
  });

  it('takes the fast path for the real content', () => {
    const contentFiles = files.filter((file) => file.startsWith(path.join(repoRoot, 'content', 'wiki')));
    const accepted = contentFiles.filter((file) => {
      const input = yamlInputOf(fs.readFileSync(file, 'utf8'));
      return input !== null && parseFlatYaml(input) !== undefined;
    });
    expect(accepted.length).toBe(contentFiles.length);
  });
});

/** Scalars that the core schema resolves, or that come close to a YAML indicator or rule. */
const SCALARS = [
  'plain', 'two words', 'yes', 'no', 'on', 'off', 'y', 'n', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE',
  'null', 'Null', 'NULL', 'nULL', '~', '~x', '2024-01-01', '2024-02-30', '12:30', '1:20', '1_000', '010', '0010', '01234', '08', '0o17', '0o18', '0O17', '0x1F', '0x1g', '0X1F',
  '-0', '+0', '0', '-1', '+12', '1.5', '1.50', '-.5', '+.5', '.5', '5.', '1e3', '1E3', '1e+3', '1.5e-3', '.5e3', '5.e3', 'e3', '1e', '12345678901234567890',
  '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.iNf', '.nan', '.NaN', '.NAN', '-.nan', 'inf', 'nan', 'NaN', 'Infinity',
  '"double"', '"a \\"quoted\\" word"', '"tab\\tand\\nnewline"', '"\\x41\\u00e9\\U0001F600"', '"\\u00"', '"\\U00110000"', '"\\UFFFFFFFF"', '"\\uD800"', '"\\q"', '"ends in backslash\\"', '"\\0\\a\\b\\e\\f\\r\\v\\N\\_\\L\\P\\ \\/\\\\"', '"unterminated', '"a" b', '"a"#c', '"a" #c', '""',
  "'single'", "'it''s'", "''", "'''", "'a' b", "'a'#c", "'a' #c", "'unterminated", "'#not a comment'",
  'a # comment', 'a#b', 'a #', '#only', 'a: b', 'a:b', 'a:', 'a :b', ':a', '::', '-a', '- a', '-', '--', '---', '...', '?a', '? a', '?',
  '[a, b]', '[]', '[ ]', '[a,b]', '[ a , b ]', '[a, [b]]', '[a, {b: c}]', '[a, b', '[a,, b]', '[a, b,]', '[, a]', '["a", \'b\']', '["a":b]', '[a:b]', '[a: b]', '[a #c]', '[a] #c', '[a]#c', '[a] b', '[-1, -a]', '[1, 2.5, true, null, ~, .inf]', '[a b, c  d]',
  '{a: b}', '{}', '&anchor a', '*alias', '!tag a', '!!str 1', '|', '>', '|-', '%x', '@x', '`x`', ',x', ']x', '}x', 'x]', 'x}', 'x,y', 'x[y]', 'a{b}',
  'a\u00a0b', 'a\u00a0', '\u00a0a', 'é', '日本語', '😀', 'a\u200bb', 'a\u2028b', 'a\u0085b', 'a\u0080b', 'a\ufeffb', 'a\tb', 'a\t# c', 'x\\y', 'C:\\path', 'https://example.com/a?b=c#d', 'a & b', 'a | b', 'a > b', 'a*b', 'a!b', 'a%b', 'a@b', 'a`b', "a'b", 'a"b',
  '__proto__', 'constructor', 'toString', '<<',
];

const KEYS = ['title', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'true', 'True', 'null', 'NULL', 'yes', 'no', 'y', 'x-y', 'a_b', 'A1', '1a', '<<', 'k'];

function generatedDocuments(): string[] {
  const documents: string[] = [];
  for (const scalar of SCALARS) {
    documents.push(`\nkey: ${scalar}`);
    documents.push(`\nkey:    ${scalar}   `);
    documents.push(`\nkey: ${scalar} # comment\nnext: 1`);
    documents.push(`\nkey:\n  - ${scalar}\n  - second`);
    documents.push(`\nkey:\n- ${scalar}\nnext: x`);
    documents.push(`\nkey: [${scalar}]`);
    documents.push(`\nkey: [first, ${scalar}, last]`);
    // A collection as a key makes `yaml` print a process warning; the fast reader refuses it anyway.
    if (!/^[[{?]/.test(scalar)) documents.push(`\n${scalar}: value`);
  }
  for (const key of KEYS) {
    documents.push(`\n${key}: value\nother: 1`);
    documents.push(`\n${key}:\n  - a`);
  }
  documents.push(
    '\ntitle: a\ntitle: b',
    '\ntitle: a\n  continued',
    '\ntitle: a\n\n  continued',
    '\ntitle: a\n  # indented comment\nslug: b',
    '\ntitle: a\n# comment\nslug: b',
    '\ntags:\n  - a\n# comment\n  - b',
    '\ntags:\n  - a\n  # comment\n  - b',
    '\ntags:\n  - a\n\n  - b',
    '\ntags:\n  - a\n    - b',
    '\ntags:\n    - a\n  - b',
    '\ntags:\n  - a\n  b',
    '\ntags:\n  - a\n- b',
    '\ntags: # comment\n  - a',
    '\ntags:\n  -\n  - a',
    '\ntags:\n  - # c\n  - a',
    '\ntags:\n  - a: b',
    '\ntags:\n  - [a]',
    '\ntags:\n  -  spaced',
    '\ntags: a\n  - b',
    '\ntags:\n\n  - a',
    '\nmap:\n  nested: value',
    '\n  title: indented',
    '  \ntitle: after trailing spaces',
    '\ntitle : spaced colon',
    '\ntitle:value',
    '\ntitle:\ttab',
    '\n- a\n- b',
    '\njust text',
    '\n# only a comment',
    '\n',
    '\ntitle: a\n...',
    '\n%YAML 1.2\ntitle: a',
    '\ntitle: a\n---\nb: c',
    '\n? complex\n: value',
    `\n${'k'.repeat(1100)}: long key`,
    `\ntitle: ${'v'.repeat(2000)}`,
  );
  return documents;
}

/** Short random scalars over the characters YAML gives meaning to, from a fixed seed. */
function randomScalars(count: number): string[] {
  const alphabet = [...'ab01.-+~:#?[]{},\'"!&*|>%@`\\ eEoxtTnN_/'];
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('frontmatter fast path: generated tricky scalars', () => {
  const documents = generatedDocuments();

  it('accepts a good share of them, so the comparison means something', () => {
    const accepted = documents.filter((input) => parseFlatYaml(input) !== undefined);
    expect(accepted.length).toBeGreaterThan(documents.length / 3);
  });

  it('reads every accepted document exactly as yaml does', () => {
    for (const input of documents) expectFastReaderAgrees(input);
  });

  it('reads random scalars exactly as yaml does whenever it accepts them', () => {
    let accepted = 0;
    for (const scalar of randomScalars(3000)) {
      for (const input of [`\nkey: ${scalar}`, `\nkey:\n  - ${scalar}`, `\nkey: [${scalar}]`]) {
        if (expectFastReaderAgrees(input)) accepted += 1;
      }
    }
    expect(accepted).toBeGreaterThan(1000);
  }, 60_000);

  it('gives the same parseFrontmatter result, problems and positions with and without the fast path', () => {
    for (const input of documents) expectSameResult(`---${input}\n---\nBody\n`);
    // A couple of seconds on an idle machine: room for a busy one.
  }, 60_000);
});

describe('frontmatter fast path: delimiters and where the body starts', () => {
  // The fast path skips gray-matter, so it must cut the YAML and the body exactly where gray-matter does.
  const documents = [
    '---\ntitle: a\n---\nBody\n',
    '---   \ntitle: a\n---\t \nBody\n',
    '---\ntitle: a\n---',
    '---\ntitle: a\n---\n',
    '---\ntitle: a\n---\n\n\nBody after blank lines\n',
    '---\ntitle: a\n---\n  indented body\n',
    '---\ntitle: a\n----\n---\nBody\n',
    '---\ntitle: a\n---x\n---\nBody\n',
    '---\ntitle: a\n---\rBody\n---\nrest\n',
    '---\ntitle: a\n---\r\nBody\n',
    '---\n# comment\ntitle: a\n  # indented comment\n---\nBody\n',
    '---\n\ntitle: a\n\n---\nBody\n',
    '---\ntitle: a\ntags:\n  - x\n---\n---\nBody starting with a rule\n',
    '---\n---\nBody\n',
    '---\n# only a comment\n---\nBody\n',
    '---\n#\n---\nBody\n',
    '---\ntitle: a\n',
  ];

  it.each(documents.map((document) => [JSON.stringify(document), document]))('%s reads the same with and without the fast path', (_name, document) => {
    expectSameResult(document);
  });
});
