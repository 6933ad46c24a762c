/**
 * A fast reader for the flat YAML that every entry's frontmatter uses: `key: scalar` lines, flow
 * lists `[a, "b"]` and block lists of `- scalar` items, with comments. It returns `undefined` for
 * anything outside that subset (anchors, aliases, tags, block scalars, nested mappings, multi-line
 * scalars, duplicate keys, tabs, odd characters…), and the caller then runs the `yaml` package,
 * which owns every error message and position. So this reader never reports a problem: it only
 * has to be exact about values, which must equal what `yaml` gives with `schema: 'core'`
 * (checked by a differential test over fixtures and a generated list of tricky scalars).
 */

/** A value this reader does not handle; the caller falls back to the full parser. */
const UNSUPPORTED = Symbol('unsupported');
type Read<T> = T | typeof UNSUPPORTED;

/**
 * Characters whose meaning differs between YAML processors or that the full parser reports on:
 * tabs (indentation), CR, C1 controls and Unicode line separators, BOM and non-characters.
 */
const UNSUPPORTED_CHARACTER = /[\t\r\u0080-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/;

/**
 * C0 controls other than tab, newline and CR, and DEL: never legitimate in frontmatter (NUL crashes
 * other YAML parsers). The caller refuses them in the raw text; escapes in double quotes (`"\0"`)
 * that produce one are left to the full parser, which reports them too.
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const MAX_KEY_LENGTH = 200;

// The YAML 1.2 core schema, in the order `yaml` tries its tags (first match wins).
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT_OCT = /^0o[0-7]+$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_INT_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
/** Only plain scalars starting with one of these (`[-+.~0-9nNtTfF]`) can resolve to anything but a string. */
const MAYBE_NOT_STRING = new Set([...'-+.~0123456789nNtTfF'].map((character) => character.charCodeAt(0)));

const DOUBLE_QUOTED_ESCAPES = new Map<string, string>([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['e', '\x1b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['v', '\v'],
  ['N', '\u0085'],
  ['_', '\u00a0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
  [' ', ' '],
  ['"', '"'],
  ['/', '/'],
  ['\\', '\\'],
]);

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;

export function parseFlatYaml(input: string): Record<string, unknown> | undefined {
  if (UNSUPPORTED_CHARACTER.test(input)) return undefined;
  const data: Record<string, unknown> = {};
  let pairs = 0;
  // The last key written without a value: the block list below it, if any, is its value.
  let openKey: string | null = null;
  let list: unknown[] | null = null;
  let listIndent = -1;

  for (let start = 0; start <= input.length; ) {
    const newline = input.indexOf('\n', start);
    const end = newline === -1 ? input.length : newline;
    const line = input.slice(start, end);
    start = end + 1;

    let indent = 0;
    while (line.charCodeAt(indent) === SPACE) indent += 1;
    if (indent === line.length || line.charCodeAt(indent) === HASH) continue;

    if (indent > 0 || line.charCodeAt(0) === DASH) {
      if (line.charCodeAt(indent) !== DASH || line.charCodeAt(indent + 1) !== SPACE) return undefined;
      if (list === null) {
        if (openKey === null) return undefined;
        list = [];
        listIndent = indent;
        data[openKey] = list;
      } else if (indent !== listIndent) {
        return undefined;
      }
      const item = readBlockScalar(line, skipSpaces(line, indent + 2));
      if (item === UNSUPPORTED) return undefined;
      list.push(item);
      continue;
    }

    openKey = null;
    list = null;
    // A key is `[A-Za-z][A-Za-z0-9_-]*` right before the colon, and not one that reads as null or a boolean.
    const keyLength = keyLengthAt(line);
    if (keyLength === 0 || keyLength > MAX_KEY_LENGTH || line.charCodeAt(keyLength) !== COLON) return undefined;
    const key = line.slice(0, keyLength);
    if ((keyLength === 4 || keyLength === 5) && (CORE_NULL.test(key) || CORE_BOOL.test(key))) return undefined;
    const afterColon = keyLength + 1;
    if (afterColon < line.length && line.charCodeAt(afterColon) !== SPACE) return undefined;

    const valueStart = skipSpaces(line, afterColon);
    let value: Read<unknown>;
    if (valueStart === line.length || line.charCodeAt(valueStart) === HASH) {
      value = null;
      openKey = key;
    } else {
      value = line.charCodeAt(valueStart) === 0x5b /* [ */ ? readFlowList(line, valueStart) : readBlockScalar(line, valueStart);
      if (value === UNSUPPORTED) return undefined;
    }
    if (!setField(data, key, value)) return undefined;
    pairs += 1;
  }
  return pairs > 0 ? data : undefined;
}

function isKeyStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isKeyPart(code: number): boolean {
  return isKeyStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === DASH;
}

/** Length of the key-shaped run at the start of the line, 0 if there is none. */
function keyLengthAt(line: string): number {
  if (!isKeyStart(line.charCodeAt(0))) return 0;
  let length = 1;
  while (isKeyPart(line.charCodeAt(length))) length += 1;
  return length;
}

/**
 * As `yaml` adds a pair to a plain object: a key that is inherited (`constructor`) becomes an own
 * property. False for a key already present: duplicates are for the full parser to report.
 */
function setField(data: Record<string, unknown>, key: string, value: unknown): boolean {
  if (!(key in data)) {
    data[key] = value;
    return true;
  }
  if (Object.prototype.hasOwnProperty.call(data, key)) return false;
  Object.defineProperty(data, key, { value, writable: true, enumerable: true, configurable: true });
  return true;
}

function skipSpaces(line: string, index: number): number {
  while (line.charCodeAt(index) === SPACE) index += 1;
  return index;
}

/** Only spaces, optionally followed by a comment, may follow a complete value. */
function onlyCommentFrom(line: string, index: number): boolean {
  const next = skipSpaces(line, index);
  return next === line.length || (next > index && line.charCodeAt(next) === HASH);
}

/** A scalar that runs to the end of its line (a field's value or a block list item). */
function readBlockScalar(line: string, start: number): Read<unknown> {
  if (start >= line.length) return UNSUPPORTED;
  const first = line[start];
  if (first === '"' || first === "'") {
    const quoted = first === '"' ? readDoubleQuoted(line, start) : readSingleQuoted(line, start);
    if (quoted === UNSUPPORTED || !onlyCommentFrom(line, quoted.end)) return UNSUPPORTED;
    return quoted.value;
  }
  if (!canStartPlain(line, start, '')) return UNSUPPORTED;

  let end = line.length;
  for (let index = start + 1; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === COLON && (index + 1 === line.length || line.charCodeAt(index + 1) === SPACE)) return UNSUPPORTED;
    if (code === HASH && line.charCodeAt(index - 1) === SPACE) {
      end = index;
      break;
    }
  }
  while (end > start && line.charCodeAt(end - 1) === SPACE) end -= 1;
  return resolvePlain(line.slice(start, end));
}

/**
 * `-`, `?` and `:` may start a plain scalar only when followed by a character that could continue
 * it; the other indicators never can. `[` and quotes are handled before this is asked.
 */
function canStartPlain(line: string, start: number, stops: string): boolean {
  const first = line[start] ?? '';
  if ('-?:'.includes(first)) {
    const next = line[start + 1];
    return next !== undefined && next !== ' ' && !stops.includes(next);
  }
  return !',[]{}#&*!|>\'"%@`'.includes(first);
}

/** `[a, "b", 3]` on one line; nested collections, empty items and comments inside fall back. */
function readFlowList(line: string, open: number): Read<unknown[]> {
  const items: unknown[] = [];
  let index = skipSpaces(line, open + 1);
  if (line[index] === ']') return onlyCommentFrom(line, index + 1) ? items : UNSUPPORTED;
  for (;;) {
    const first = line[index];
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? readDoubleQuoted(line, index) : readSingleQuoted(line, index);
      if (quoted === UNSUPPORTED) return UNSUPPORTED;
      items.push(quoted.value);
      index = quoted.end;
    } else {
      if (first === undefined || '-?:'.includes(first) || !canStartPlain(line, index, ',[]{}')) return UNSUPPORTED;
      let end = index;
      for (; end < line.length; end += 1) {
        const character = line[end];
        if (character === ',' || character === ']') break;
        if (character === ':' || character === '#' || character === '[' || character === '{' || character === '}') return UNSUPPORTED;
      }
      if (end === line.length) return UNSUPPORTED;
      let valueEnd = end;
      while (line.charCodeAt(valueEnd - 1) === SPACE) valueEnd -= 1;
      items.push(resolvePlain(line.slice(index, valueEnd)));
      index = end;
    }
    index = skipSpaces(line, index);
    if (line[index] === ']') return onlyCommentFrom(line, index + 1) ? items : UNSUPPORTED;
    if (line[index] !== ',') return UNSUPPORTED;
    index = skipSpaces(line, index + 1);
  }
}

interface Quoted {
  value: string;
  /** Index just after the closing quote. */
  end: number;
}

function readSingleQuoted(line: string, open: number): Read<Quoted> {
  let value = '';
  let from = open + 1;
  for (;;) {
    const quote = line.indexOf("'", from);
    if (quote === -1) return UNSUPPORTED;
    value += line.slice(from, quote);
    if (line[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    from = quote + 2;
  }
}

function readDoubleQuoted(line: string, open: number): Read<Quoted> {
  let value = '';
  let from = open + 1;
  for (let index = from; index < line.length; ) {
    const character = line[index];
    if (character === '"') return { value: value + line.slice(from, index), end: index + 1 };
    if (character !== '\\') {
      index += 1;
      continue;
    }
    value += line.slice(from, index);
    const escape = line[index + 1] ?? '';
    const simple = DOUBLE_QUOTED_ESCAPES.get(escape);
    if (simple !== undefined) {
      if (CONTROL_CHARACTER.test(simple)) return UNSUPPORTED;
      value += simple;
      index += 2;
    } else if (escape === 'x' || escape === 'u' || escape === 'U') {
      const length = escape === 'x' ? 2 : escape === 'u' ? 4 : 8;
      const digits = line.slice(index + 2, index + 2 + length);
      if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) return UNSUPPORTED;
      const code = parseInt(digits, 16);
      if (code > 0x10ffff || CONTROL_CHARACTER.test(String.fromCharCode(code))) return UNSUPPORTED;
      value += String.fromCodePoint(code);
      index += 2 + length;
    } else {
      return UNSUPPORTED;
    }
    from = index;
  }
  return UNSUPPORTED;
}

/** A plain scalar's value under the core schema: null, boolean, number or else the text itself. */
function resolvePlain(text: string): unknown {
  if (!MAYBE_NOT_STRING.has(text.charCodeAt(0))) return text;
  if (CORE_NULL.test(text)) return null;
  if (CORE_BOOL.test(text)) return text[0] === 't' || text[0] === 'T';
  if (CORE_INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (CORE_FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (CORE_FLOAT_EXP.test(text) || CORE_FLOAT.test(text)) return parseFloat(text);
  return text;
}
