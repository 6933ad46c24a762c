import matter from 'gray-matter';
import { Document, LineCounter, isMap, isScalar, parseDocument, visit, type Node } from 'yaml';
import type { ContentProblem } from './errors';
import { CONTROL_CHARACTER, parseFlatYaml } from './flat-yaml';

/** Where a value sits in the file, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export type FieldPath = ReadonlyArray<string | number>;

export interface ParsedFrontmatter {
  /** Untrusted until the schema has validated it. */
  data: unknown;
  body: string;
  /** File line on which `body` starts, so body positions can be reported as file positions. */
  bodyLine: number;
  /** Position of a field's value (or of the key, with `key: true`); falls back to the opening `---`. */
  locate(path: FieldPath, options?: { key?: boolean }): Position;
}

type ProblemDraft = Omit<ContentProblem, 'file' | 'severity'>;

export type FrontmatterResult =
  | { ok: true; value: ParsedFrontmatter }
  | { ok: false; problems: ProblemDraft[] };

const OPENING_POSITION: Position = { line: 1, column: 1 };
const CLOSING_DELIMITER = /^---[ \t]*$/;

class YamlProblems extends Error {
  constructor(readonly problems: ProblemDraft[]) {
    super('invalid YAML frontmatter');
  }
}

function refuseEngine(language: string) {
  return () => {
    throw new YamlProblems([
      {
        ...OPENING_POSITION,
        rule: 'frontmatter-language',
        message: `frontmatter language "${language}" is not allowed`,
        hint: 'start the file with a plain `---` line and write YAML',
      },
    ]);
  };
}

/**
 * gray-matter evaluates `---js` / `---javascript` frontmatter with `require` in reach, and
 * `engines: { js: false }` does not stop it (it falls back to `javascript`). Every engine other
 * than our YAML one throws, so no frontmatter language tag can ever execute code.
 */
const REFUSED_ENGINES = ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml'];

/**
 * What the YAML engine leaves behind. gray-matter calls the engine synchronously inside
 * `matter()`, so one set of engines made once can serve every file.
 */
const engineCall: { yaml: YamlSource | undefined } = { yaml: undefined };

function takeEngineYaml(): YamlSource | undefined {
  const { yaml } = engineCall;
  engineCall.yaml = undefined;
  return yaml;
}

const MATTER_OPTIONS = {
  language: 'yaml',
  engines: Object.fromEntries<(input: string) => object>([
    [
      'yaml',
      (input: string) => {
        const yaml = readYaml(input);
        engineCall.yaml = yaml;
        return { value: yaml.value };
      },
    ],
    ...REFUSED_ENGINES.map((language) => [language, refuseEngine(language)] as const),
  ]),
};

export interface ParseFrontmatterOptions {
  /**
   * Read flat frontmatter with the fast reader (the default); `false` always runs the `yaml`
   * package, which the differential test compares against.
   */
  fastPath?: boolean;
}

export function parseFrontmatter(text: string, options: ParseFrontmatterOptions = {}): FrontmatterResult {
  const shape = checkDelimiters(text);
  if ('problem' in shape) return { ok: false, problems: [shape.problem] };

  if (options.fastPath ?? true) {
    const flat = readFlatFrontmatter(text, shape.headEnd);
    if (flat) return { ok: true, value: flat };
  }

  takeEngineYaml();

  // gray-matter only needs the text up to the closing delimiter line; given the whole file it
  // copies it into a Buffer and hashes it as a cache key. It closes at the first "\n---", which
  // is never after the closing line found above, so its body plus the rest of the file is the
  // body it would have returned for the whole file.
  const head = text.slice(0, shape.headEnd);
  let file: { content: string; data: { value?: unknown } };
  let yaml: YamlSource | undefined;
  try {
    // Passing options also bypasses gray-matter's cache, which hands out one shared mutable object per text.
    file = matter(head, MATTER_OPTIONS) as typeof file;
    yaml = takeEngineYaml();
  } catch (error) {
    if (error instanceof YamlProblems) return { ok: false, problems: error.problems };
    throw error;
  } finally {
    // Not kept past the call: it holds the parsed document.
    takeEngineYaml();
  }
  if (!yaml) {
    return { ok: false, problems: [emptyFrontmatter()] };
  }

  const data = file.data.value;
  if (data === null || data === undefined) {
    return { ok: false, problems: [emptyFrontmatter()] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [
        {
          line: 2,
          column: 1,
          rule: 'frontmatter-not-mapping',
          message: `frontmatter must be a mapping of fields, got ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`,
          hint: 'write one `field: value` per line',
        },
      ],
    };
  }

  const body = shape.headEnd === text.length ? file.content : file.content + text.slice(shape.headEnd);
  const source = yaml;
  return {
    ok: true,
    value: {
      data,
      body,
      bodyLine: countLines(text.slice(0, text.length - body.length)) + 1,
      locate: (path, locateOptions) => source.locate(path, locateOptions?.key ?? false),
    },
  };
}

/**
 * Flat frontmatter without gray-matter, which for 10,000 files cost as much again as reading the
 * YAML (a Buffer copy of each head, a cache-key lookup, three option merges, a regex pass). What
 * it would do with a head that passed {@link checkDelimiters} (first line `---` plus blanks, so no
 * language tag) is short: the YAML is everything after the opening `---` up to the first "\n---",
 * and the body starts after that "\n---", less one leading "\r" and then one "\n" of the head.
 * A non-empty flat mapping also passes its empty-block test. Anything else, including every
 * problem, takes the gray-matter path, and the differential test compares the two.
 */
function readFlatFrontmatter(text: string, headEnd: number): ParsedFrontmatter | undefined {
  const close = text.indexOf('\n---', 3);
  if (close === -1 || close >= headEnd) return undefined;
  const input = text.slice(3, close);
  const flat = parseFlatYaml(input);
  if (!flat) return undefined;
  let bodyStart = close + 4;
  if (bodyStart < headEnd && text.charCodeAt(bodyStart) === 0x0d) bodyStart += 1;
  if (bodyStart < headEnd && text.charCodeAt(bodyStart) === 0x0a) bodyStart += 1;
  let located: { document: Document; lineCounter: LineCounter } | undefined;
  return {
    data: flat,
    body: text.slice(bodyStart),
    bodyLine: countLines(text, bodyStart) + 1,
    // One closure per file; its positions are only needed when a problem is reported, so the `yaml` document is built on the first call.
    locate: (path, locateOptions) => {
      located ??= composeYaml(input);
      return locateNode(located.document, located.lineCounter, path, locateOptions?.key ?? false);
    },
  };
}

function emptyFrontmatter(): ProblemDraft {
  return { ...OPENING_POSITION, rule: 'frontmatter-empty', message: 'frontmatter is empty', hint: 'add title, slug, description and date' };
}

/** Newlines in `text` before `end` (all of it by default). */
function countLines(text: string, end = text.length): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

/**
 * Checks the delimiters and the frontmatter's characters, reading lines only up to the closing
 * `---`. On success, `headEnd` is where the line after the closing delimiter starts.
 */
function checkDelimiters(text: string): { problem: ProblemDraft } | { headEnd: number } {
  const firstNewline = text.indexOf('\n');
  const firstLine = firstNewline === -1 ? text : text.slice(0, firstNewline);

  if (firstLine.startsWith('+++')) {
    return { problem: { ...OPENING_POSITION, rule: 'frontmatter-language', message: 'TOML frontmatter (`+++`) is not supported', hint: 'use YAML between `---` lines' } };
  }
  if (/^---[ \t]*\S/.test(firstLine)) {
    const language = firstLine.slice(3).trim();
    return {
      problem: {
        ...OPENING_POSITION,
        rule: 'frontmatter-language',
        message: `language tags are not allowed after the opening \`---\` (found "${language}")`,
        hint: 'start the file with a plain `---` line and write YAML',
      },
    };
  }
  if (!CLOSING_DELIMITER.test(firstLine)) {
    const misplaced = /^[ \t]*---[ \t]*$/m.exec(text.slice(0, 4096));
    if (misplaced) {
      const line = countLines(text.slice(0, misplaced.index)) + 1;
      return {
        problem: {
          line,
          column: 1,
          rule: 'frontmatter-position',
          message: 'frontmatter must start at the first byte of the file',
          hint: 'remove the blank lines or spaces before the opening `---`',
        },
      };
    }
    return { problem: { ...OPENING_POSITION, rule: 'frontmatter-missing', message: 'file must start with YAML frontmatter between `---` lines', hint: 'add title, slug, description and date' } };
  }

  let closingStart = -1;
  for (let lineStart = firstNewline + 1; firstNewline !== -1 && lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    // Cheap first-character test before the regex: this runs on every frontmatter line.
    if (text.startsWith('---', lineStart) && CLOSING_DELIMITER.test(text.slice(lineStart, lineEnd))) {
      closingStart = lineStart;
      break;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (closingStart === -1) {
    return { problem: { ...OPENING_POSITION, rule: 'frontmatter-unclosed', message: 'frontmatter is not closed', hint: 'add a `---` line after the last field' } };
  }
  const frontmatter = text.slice(0, closingStart);
  const control = CONTROL_CHARACTER.exec(frontmatter);
  if (control) {
    const lineStart = frontmatter.lastIndexOf('\n', control.index) + 1;
    return {
      problem: { line: countLines(frontmatter.slice(0, lineStart)) + 1, column: control.index - lineStart + 1, rule: 'frontmatter-control-character', message: 'frontmatter contains a control character (such as NUL)', hint: 'delete the invisible character' },
    };
  }
  const closingNewline = text.indexOf('\n', closingStart);
  return { headEnd: closingNewline === -1 ? text.length : closingNewline + 1 };
}

/** Parsed YAML and a way to find where a field sits in it. */
interface YamlSource {
  value: unknown;
  locate(path: FieldPath, key: boolean): Position;
}

/** Frontmatter the fast reader declined (see readFlatFrontmatter): the `yaml` package reads it and reports every problem. */
function readYaml(input: string): YamlSource {
  const parsed = parseYaml(input);
  return { value: parsed.value, locate: (path, key) => locateNode(parsed.document, parsed.lineCounter, path, key) };
}

function composeYaml(input: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  const document = parseDocument(input, { schema: 'core', uniqueKeys: true, lineCounter, prettyErrors: true });
  return { document, lineCounter };
}

interface ParsedYaml {
  document: Document;
  lineCounter: LineCounter;
  value: unknown;
}

/**
 * The YAML engine: YAML 1.2 core schema (no implicit dates, `yes` stays a string), duplicate keys
 * refused, warnings promoted to errors, and no aliases or explicit tags at all, so an alias bomb
 * fails before anything walks it and `!!binary`/`!!js/function` never reach the schema.
 * gray-matter hands over the text after `---`, starting with that line's newline, so YAML line N
 * is file line N.
 */
function parseYaml(input: string): ParsedYaml {
  const { document, lineCounter } = composeYaml(input);
  const problems: ProblemDraft[] = [];

  // An unresolved tag is also reported, with a clearer message, by the tag check below.
  const issues = [...document.errors, ...document.warnings].filter((issue) => issue.code !== 'TAG_RESOLVE_FAILED');
  for (const issue of issues) {
    const start = issue.linePos?.[0];
    problems.push({
      line: start?.line ?? OPENING_POSITION.line,
      column: start?.col ?? OPENING_POSITION.column,
      rule: 'yaml-syntax',
      message: describeYamlIssue(issue.code, issue.message),
      hint: yamlHint(issue.code),
    });
  }

  visit(document, {
    Alias(_, node) {
      problems.push({ ...nodePosition(node, lineCounter), rule: 'yaml-alias', message: 'YAML aliases (`*name`) are not allowed', hint: 'write the value out in full' });
    },
    Node(_, node) {
      // Escapes in double quotes (`"\0"`, `"\e"`, `"\x07"`) make control characters the raw-text check cannot see.
      const control = isScalar(node) && typeof node.value === 'string' ? CONTROL_CHARACTER.exec(node.value) : null;
      if (control) {
        const code = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        problems.push({ ...nodePosition(node, lineCounter), rule: 'frontmatter-control-character', message: `a value contains a control character (${code})`, hint: 'remove the escape sequence' });
      }
      if (node.tag) {
        problems.push({ ...tagPosition(input, node, lineCounter), rule: 'yaml-tag', message: `YAML tags are not allowed (found "${shortTag(node.tag)}")`, hint: 'remove the tag; quote the value if it must stay text' });
      }
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key) && pair.key.value === '<<') {
            problems.push({ ...nodePosition(pair.key, lineCounter), rule: 'yaml-merge-key', message: 'YAML merge keys (`<<`) are not allowed', hint: 'write each field out' });
          }
        }
      }
    },
  });

  if (problems.length > 0) throw new YamlProblems(dedupeByPosition(problems));
  return { document, lineCounter, value: document.toJS({ maxAliasCount: 0 }) };
}

function dedupeByPosition(problems: ProblemDraft[]): ProblemDraft[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.column}:${problem.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function shortTag(tag: string): string {
  return tag.replace('tag:yaml.org,2002:', '!!');
}

function describeYamlIssue(code: string, message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate field: each field may appear only once';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value contains `: ` that YAML reads as a nested mapping';
    default:
      return `invalid YAML: ${firstLine.replace(/ at line \d+, column \d+.*$/, '')}`;
  }
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'delete one of the two';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'quote the value: title: "Foo: bar"';
    case 'TAG_RESOLVE_FAILED':
      return 'remove the tag; quote the value if it must stay text';
    default:
      return 'check indentation and quote values that contain `:` or `#`';
  }
}

function nodePosition(node: Node, lineCounter: LineCounter): Position {
  const offset = node.range?.[0];
  if (offset === undefined) return OPENING_POSITION;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** The node's range starts at its value; the tag written before it is where the editor should look. */
function tagPosition(input: string, node: Node, lineCounter: LineCounter): Position {
  const offset = node.range?.[0];
  if (offset === undefined) return OPENING_POSITION;
  const lineStart = input.lastIndexOf('\n', offset - 1) + 1;
  let bang = input.lastIndexOf('!', offset);
  while (bang > lineStart && input[bang - 1] === '!') bang -= 1;
  const { line, col } = lineCounter.linePos(bang >= lineStart ? bang : offset);
  return { line, column: col };
}

function locateNode(document: Document, lineCounter: LineCounter, path: FieldPath, key: boolean): Position {
  if (path.length === 0) return OPENING_POSITION;
  if (key) {
    const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      if (pair && isScalar(pair.key)) return nodePosition(pair.key, lineCounter);
    }
  }
  const node = document.getIn(path, true);
  if (node && typeof node === 'object' && 'range' in node) return nodePosition(node as Node, lineCounter);
  // A field that exists but whose path ends inside a scalar (e.g. `tags: foo, bar` then tags[0]):
  // point at the nearest ancestor that exists.
  return path.length > 1 ? locateNode(document, lineCounter, path.slice(0, -1), key) : OPENING_POSITION;
}
