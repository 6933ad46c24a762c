import { z } from 'zod';
import { didYouMean } from './closest';
import type { FieldPath } from './frontmatter';

/** Lowercase ASCII words joined by single hyphens: safe in URLs and file names on every OS. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;
/** Paths the site itself owns (top-level ones, and `page` for /wiki/page/N/); a page or entry with one of these names would be shadowed or shadow it. */
export const RESERVED_SLUGS = new Set(['index', 'wiki', 'tags', 'search', 'api', 'feed', 'sitemap', 'robots', 'maintenance', 'img', 'static', 'not-found', 'next', 'page']);

export const LIMITS = { title: 160, description: 320, tags: 20, related: 30, aliases: 20 } as const;

export interface FieldIssue {
  path: FieldPath;
  rule: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  /** Point at the key rather than its value (unknown fields). */
  atKey?: boolean;
}

interface IssueParams {
  rule: string;
  hint?: string;
}

function custom(ctx: z.RefinementCtx, path: FieldPath, rule: string, message: string, hint?: string) {
  ctx.addIssue({ code: 'custom', path: [...path], message, params: { rule, hint } satisfies IssueParams });
}

/** Composed (NFC) and trimmed, so `é` typed two ways is one title and sorts and searches alike. */
const text = (max: number) => z.string().transform((value) => value.normalize('NFC').trim()).pipe(z.string().min(1).max(max));

/** Zero-width and bidi-control characters: invisible in an editor, able to reorder or hide text on the page. */
const INVISIBLE_CHARACTER = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** `YYYY-MM-DD` that names a real day. YAML's core schema leaves dates as strings; a Date is accepted for other engines. */
const calendarDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  const textValue = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(textValue);
  if (!match) {
    custom(ctx, [], 'date-format', `"${textValue}" is not a date in YYYY-MM-DD form`, 'write it like 2026-04-12');
    return z.NEVER;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    custom(ctx, [], 'date-invalid', `"${textValue}" is not a real calendar date`, 'check the month and day');
    return z.NEVER;
  }
  return textValue;
});

const slugValue = z.string().superRefine((value, ctx) => {
  if (!SLUG_PATTERN.test(value)) {
    custom(ctx, [], 'slug-format', `"${value}" is not a valid slug`, 'use lowercase letters, digits and single hyphens, like chain-key-cryptography');
  } else if (value.length > MAX_SLUG_LENGTH) {
    custom(ctx, [], 'slug-format', `slug is ${value.length} characters long; at most ${MAX_SLUG_LENGTH} are allowed`);
  } else if (RESERVED_SLUGS.has(value)) {
    custom(ctx, [], 'slug-reserved', `"${value}" is reserved by the site`, 'choose another name');
  }
});

/** A tag that normalising would leave as it is (ASCII needs no NFC; nothing to trim, lower or join). */
const NORMALIZED_TAG = /^[a-z0-9-]*$/;

/**
 * Tags are normalised before they are checked (trim, NFC, lowercase, spaces to hyphens), because
 * `React`, `react ` and `react` are one topic to a reader; anything still not kebab-case is refused.
 */
export function normalizeTag(tag: string): string {
  // Most tags are written normalised already; every step below leaves such a tag as it is.
  if (NORMALIZED_TAG.test(tag)) return tag;
  return tag.normalize('NFC').trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const tagList = z.array(z.string()).max(LIMITS.tags).transform((tags, ctx) => {
  const values = tags.map(normalizeTag);
  values.forEach((value, index) => {
    if (!SLUG_PATTERN.test(value) || value.length > MAX_SLUG_LENGTH) {
      custom(ctx, [index], 'tag-format', `tag "${tags[index]}" is not kebab-case`, 'use lowercase ASCII words joined by hyphens, like core-concept');
    }
  });
  return [...new Set(values)];
});

/** Duplicates are harmless to readers, so they are dropped here and reported as warnings by {@link addWarnings}. */
const slugList = (max: number) => z.array(slugValue).max(max).transform((slugs) => [...new Set(slugs)]);

const coverValue = z.string().superRefine((value, ctx) => {
  if (value.startsWith('/')) {
    if (value.startsWith('//') || value.split('/').some((part) => part === '..' || part === '.')) {
      custom(ctx, [], 'cover-path', `cover "${value}" must be a plain path under public/`, 'like /img/static/home-share.jpg');
    }
    return;
  }
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    custom(ctx, [], 'cover-path', `cover "${value}" must be a path under public/ or an https URL`, 'like /img/static/home-share.jpg');
  }
});

const documentFields = {
  title: text(LIMITS.title),
  slug: slugValue,
  description: text(LIMITS.description),
  date: calendarDate,
  updated: calendarDate.optional(),
};

export const entrySchema = z
  .strictObject({
    ...documentFields,
    tags: tagList.default([]),
    related: slugList(LIMITS.related).default([]),
    cover: coverValue.optional(),
    hub: z.boolean().default(false),
    draft: z.boolean().default(false),
    aliases: slugList(LIMITS.aliases).default([]),
  });

export const pageSchema = z.strictObject(documentFields);

export type EntryFrontmatter = z.output<typeof entrySchema>;
export type PageFrontmatter = z.output<typeof pageSchema>;

export type ParseResult<T> = { data: T | null; issues: FieldIssue[] };

export function parseEntryFrontmatter(data: unknown, fileSlug: string, today: string): ParseResult<EntryFrontmatter> {
  return parseWith(entrySchema, data, fileSlug, today);
}

export function parsePageFrontmatter(data: unknown, fileSlug: string, today: string): ParseResult<PageFrontmatter> {
  return parseWith(pageSchema, data, fileSlug, today);
}

type DateResult = { success: true; data: string } | { success: false };

function parseWith<T extends { slug: string; date: string; updated?: string }>(
  schema: z.ZodType<T>,
  data: unknown,
  fileSlug: string,
  today: string,
): ParseResult<T> {
  const result = schema.safeParse(data, { reportInput: true });
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  // The rules between fields need the dates even when another field failed. When the whole
  // frontmatter passed, the schema has already read them with the same calendarDate.
  const dates: { date: DateResult; updated: DateResult } = result.success
    ? { date: { success: true, data: result.data.date }, updated: result.data.updated === undefined ? { success: false } : { success: true, data: result.data.updated } }
    : { date: calendarDate.safeParse(record.date), updated: calendarDate.safeParse(record.updated) };
  const issues = result.success ? [] : withoutChecksOfWrongTypes(result.error.issues).flatMap((issue) => toFieldIssues(issue, schema));
  addCrossFieldIssues(issues, record, fileSlug, dates);
  addWarnings(issues, record, today, dates);
  const hasErrors = issues.some((issue) => issue.severity === 'error');
  return { data: result.success && !hasErrors ? result.data : null, issues };
}

/**
 * Rules between fields, checked on the raw values whenever those values are well-formed, so they
 * are reported in the same pass as any unrelated error elsewhere in the frontmatter.
 */
function addCrossFieldIssues(issues: FieldIssue[], record: Record<string, unknown>, fileSlug: string, { date, updated }: { date: DateResult; updated: DateResult }) {
  const slug = typeof record.slug === 'string' && SLUG_PATTERN.test(record.slug) ? record.slug : null;
  if (slug && slug !== fileSlug) {
    issues.push({ path: ['slug'], rule: 'slug-mismatch', message: `slug "${slug}" does not match the file name "${fileSlug}"`, hint: SLUG_PATTERN.test(fileSlug) ? `rename the file to ${slug}.md or set slug: ${fileSlug}` : `rename the file to ${slug}.md`, severity: 'error' });
  }
  if (date.success && updated.success && updated.data < date.data) {
    issues.push({ path: ['updated'], rule: 'updated-before-date', message: `updated (${updated.data}) is earlier than date (${date.data})`, hint: 'updated must be on or after date', severity: 'error' });
  }
  const self = slug ?? fileSlug;
  for (const [field, rule, message] of SELF_REFERENCES) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index += 1) {
      if (list[index] === self) issues.push({ path: [field, index], rule, message, hint: 'delete this line', severity: 'error' });
    }
  }
}

const SELF_REFERENCES = [
  ['related', 'related-self', 'an entry cannot be related to itself'],
  ['aliases', 'alias-self', 'an alias cannot equal the entry’s own slug'],
] as const;

const REPEATABLE_LISTS = [
  ['related', 'related-duplicate'],
  ['aliases', 'alias-duplicate'],
] as const;

// Loops and a module function rather than callbacks and a closure: this runs for every file.
function warn(warnings: FieldIssue[], path: FieldPath, rule: string, message: string, hint?: string) {
  warnings.push({ path, rule, message, hint, severity: 'warning' });
}

/** Things worth fixing that do not stop the entry from being published. */
function addWarnings(warnings: FieldIssue[], record: Record<string, unknown>, today: string, { date, updated }: { date: DateResult; updated: DateResult }) {
  const tags = record.tags;
  if (Array.isArray(tags)) {
    const seen: string[] = [];
    for (let index = 0; index < tags.length; index += 1) {
      const tag: unknown = tags[index];
      if (typeof tag !== 'string') continue;
      const value = normalizeTag(tag);
      if (!SLUG_PATTERN.test(value)) continue;
      if (value !== tag) warn(warnings, ['tags', index], 'tag-normalized', `tag "${tag}" is read as "${value}"`, `write it as ${value}`);
      if (seen.includes(value)) warn(warnings, ['tags', index], 'tag-duplicate', `tag "${value}" is listed twice`, 'delete one');
      else seen.push(value);
    }
  }
  for (const [field, rule] of REPEATABLE_LISTS) {
    const list = record[field];
    if (!Array.isArray(list)) continue;
    for (let index = 0; index < list.length; index += 1) {
      // As forEach did: a hole in a list built in code (never in YAML) is not a value.
      if (!(index in list)) continue;
      const value: unknown = list[index];
      if (list.indexOf(value) !== index) warn(warnings, [field, index], rule, `"${String(value)}" is listed twice`, 'delete one');
    }
  }
  if (date.success && date.data > today) warn(warnings, ['date'], 'date-future', `date ${date.data} is in the future`, 'check the year');
  else if (updated.success && updated.data > today) warn(warnings, ['updated'], 'date-future', `updated ${updated.data} is in the future`, 'check the year');
  for (const field of TEXT_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && /^\s*TODO\b/.test(value)) warn(warnings, [field], 'placeholder-text', `${field} is still a TODO placeholder`, 'write it before publishing');
    if (typeof value === 'string' && INVISIBLE_CHARACTER.test(value)) {
      warn(warnings, [field], 'invisible-character', `${field} contains an invisible or text-direction character`, 'retype the text or delete the character');
    }
  }
}

const TEXT_FIELDS = ['title', 'description'] as const;

function knownFields(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } });
  return Object.keys(shape.shape ?? shape.def?.in?.shape ?? {});
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}

/** `['related', 1]` → `related[1]`, as problems name fields. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
}

/**
 * A value of the wrong type gets that error alone: zod also measures a text written where a list
 * belongs (`tags: a, b`) against the list's length limit, which would add "too long" to it.
 */
function withoutChecksOfWrongTypes(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => issue.path.join('\u0000')));
  return issues.filter((issue) => issue.code === 'invalid_type' || !wrongType.has(issue.path.join('\u0000')));
}

const EXPECTED_NAMES: Record<string, string> = { string: 'text', boolean: 'true or false', array: 'a list', date: 'a date' };

function toFieldIssues(issue: z.core.$ZodIssue, schema: z.ZodType): FieldIssue[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const field = fieldName(path);
  const params = (issue as { params?: IssueParams }).params;

  switch (issue.code) {
    case 'custom':
      return [{ path, rule: params?.rule ?? 'invalid', message: issue.message, hint: params?.hint, severity: 'error' }];
    case 'unrecognized_keys': {
      const fields = knownFields(schema);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        rule: 'field-unknown',
        message: `unknown field "${key}"`,
        hint: didYouMean(key, fields) ?? `allowed fields: ${fields.join(', ')}`,
        severity: 'error' as const,
      }));
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [{ path, rule: 'field-required', message: `frontmatter.${field} is required`, severity: 'error' }];
      }
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      const hint =
        issue.expected === 'string' ? 'quote it' : issue.expected === 'boolean' ? 'write true or false' : issue.expected === 'array' ? `write one item per line, each starting with "- "` : undefined;
      return [{ path, rule: 'field-type', message: `${field} must be ${expected}, got ${describeValue(issue.input)}`, hint, severity: 'error' }];
    }
    case 'invalid_union':
      if (issue.input === undefined) return [{ path, rule: 'field-required', message: `frontmatter.${field} is required`, severity: 'error' }];
      return [{ path, rule: 'field-type', message: `${field} must be a date in YYYY-MM-DD form, got ${describeValue(issue.input)}`, hint: 'write it like 2026-04-12', severity: 'error' }];
    case 'too_small':
      return [{ path, rule: 'field-empty', message: `${field} must not be empty`, severity: 'error' }];
    case 'too_big':
      return [{ path, rule: 'field-too-long', message: `${field} is too long (at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'})`, severity: 'error' }];
    default:
      return [{ path, rule: 'field-invalid', message: `${field}: ${issue.message}`, severity: 'error' }];
  }
}
