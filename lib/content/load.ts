import fs from 'node:fs';
import path from 'node:path';
import { safeDecode } from '@/lib/markdown/internal-href';
import { analyzeBody, type BodyAnalysis, type InternalLinkRef } from '@/lib/markdown/analyze';
import { didYouMean } from './closest';
import { sortProblems, type ContentProblem, type Severity } from './errors';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter';
import { findNearDuplicateTags } from './tag-spelling';
import { fieldName, parseEntryFrontmatter, parsePageFrontmatter, type FieldIssue, type PageFrontmatter } from './schema';
import { readSourceFiles, type SourceFile } from './source';
import type { Entry, Page, WikiDocument } from './types';

export interface LoadOptions {
  contentDir: string;
  /** Where `cover` paths and `/…` file links must exist. */
  publicDir: string;
  /** Drafts are part of dev servers and tests, never of a production build. */
  includeDrafts: boolean;
  /** A link to nothing fails the build, but in dev it renders red so the editor sees it in place. */
  missingLinks: Severity;
  /** YYYY-MM-DD; dates after it are warned about. */
  today: string;
}

export interface LoadedContent {
  entries: Entry[];
  pages: Page[];
  problems: ContentProblem[];
}

/** Files the site serves itself, so links to them are fine without a file in public/. */
const GENERATED_FILES = new Set(['/feed.xml', '/sitemap.xml', '/robots.txt']);

/** A–Z by title, ignoring case and accents. One collator: `localeCompare` with options builds one per comparison. */
const TITLE_ORDER = new Intl.Collator('en', { sensitivity: 'base' });
/** The order `localeCompare` without arguments gives, for slugs. */
const SLUG_ORDER = new Intl.Collator();

/**
 * Reads, validates and cross-checks the whole content directory, collecting every problem in
 * every file; never throws for bad content. The caller decides whether errors are fatal.
 */
export function loadContent(options: LoadOptions): LoadedContent {
  const { files, problems } = readSourceFiles(options.contentDir);
  const parsed: WikiDocument[] = [];
  const rejected: RejectedDocument[] = [];
  const locators: Locators = new Map();
  const tagNames = new Map<string, string>();
  for (const source of files) {
    const result = parseDocument(source, options, problems, tagNames);
    if (!result) continue;
    if ('rejected' in result) {
      rejected.push(result.rejected);
      continue;
    }
    parsed.push(result.document);
    locators.set(result.document, result.locate);
  }

  const claimedSlugs = new ClaimedSlugs(files);
  const duplicates = findDuplicateSlugs(files, problems);
  const unique = parsed.filter((document) => !duplicates.has(`${document.kind}:${document.slug}`));

  const entries = unique.filter((d): d is Entry => d.kind === 'entry');
  const drafts = new Set(entries.filter((entry) => entry.draft).map((entry) => entry.slug));
  const published = options.includeDrafts ? entries : entries.filter((entry) => !entry.draft);
  const pages = unique.filter((d): d is Page => d.kind === 'page');

  if (files.filter((file) => file.kind === 'entry').length === 0 && problems.length === 0) {
    problems.push({ file: path.relative(process.cwd(), options.contentDir) || '.', line: 1, column: 1, severity: 'error', rule: 'content-empty', message: 'the content directory has no entries', hint: 'add content/wiki/<slug>.md' });
  }

  checkGraph({ entries: published, pages, rejected, drafts, claimedSlugs, locators, options, problems });
  published.sort((a, b) => TITLE_ORDER.compare(a.title, b.title) || SLUG_ORDER.compare(a.slug, b.slug));
  pages.sort((a, b) => SLUG_ORDER.compare(a.slug, b.slug));
  return { entries: published, pages, problems: sortProblems(dedupe(problems)) };
}

type Locate = ParsedFrontmatter['locate'];

/** What a link is checked against: a document's slug and headings. */
type LinkSource = Pick<WikiDocument, 'slug' | 'headings'>;

/**
 * A file left out for its own errors, kept only so that its links and `related` are checked in
 * the same run: the editor sees every problem of the file at once, not one round at a time.
 */
interface RejectedDocument extends LinkSource {
  file: string;
  links: InternalLinkRef[];
  related: Array<{ slug: string; line: number; column: number }>;
}
/** Where each field of a loaded document sits, for problems found only once the whole corpus is known. */
type Locators = Map<WikiDocument, Locate>;

function parseDocument(source: SourceFile, options: LoadOptions, problems: ContentProblem[], tagNames: Map<string, string>): { document: WikiDocument; locate: Locate } | { rejected: RejectedDocument } | null {
  const frontmatter = parseFrontmatter(source.text);
  if (!frontmatter.ok) {
    for (const draft of frontmatter.problems) report(problems, source, draft);
    return null;
  }
  const { data, body, bodyLine, locate } = frontmatter.value;
  const analysis = analyzeBody(body, source.format, bodyLine);
  let bodyFailed = false;
  for (const problem of analysis.problems) {
    report(problems, source, problem);
    if (problem.severity === 'error') bodyFailed = true;
  }
  const reject = (): { rejected: RejectedDocument } => {
    const related = (data as Record<string, unknown>).related;
    const named = Array.isArray(related) ? related.flatMap((slug, index) => (typeof slug === 'string' ? [{ slug, ...locate(['related', index]) }] : [])) : [];
    return { rejected: { file: source.file, slug: source.fileSlug, headings: analysis.headings, links: analysis.links, related: source.kind === 'entry' ? named : [] } };
  };

  if (source.kind === 'page') {
    const { data: fields, issues } = parsePageFrontmatter(data, source.fileSlug, options.today);
    for (const issue of issues) report(problems, source, fieldProblem(issue, locate));
    if (!fields || bodyFailed) return reject();
    const page: Page = { kind: 'page', ...documentFields(fields, source, frontmatter.value, analysis) };
    return { document: page, locate };
  }

  const { data: fields, issues } = parseEntryFrontmatter(data, source.fileSlug, options.today);
  for (const issue of issues) report(problems, source, fieldProblem(issue, locate));
  const cover = (data as Record<string, unknown>).cover;
  const coverMissing = typeof cover === 'string' && cover.startsWith('/') && !cover.startsWith('//') && !publicFileExists(options.publicDir, cover);
  if (coverMissing) {
    report(problems, source, { ...locate(['cover']), field: 'cover', rule: 'cover-missing', message: `cover "${cover}" does not exist under public/`, hint: `add public${cover} or fix the path` });
  }
  if (!fields || bodyFailed || coverMissing) return reject();
  shareTagNames(fields.tags, tagNames);
  const entry: Entry = {
    kind: 'entry',
    ...documentFields(fields, source, frontmatter.value, analysis),
    tags: fields.tags,
    related: fields.related,
    cover: fields.cover ?? null,
    hub: fields.hub,
    draft: fields.draft,
    aliases: fields.aliases,
  };
  return { document: entry, locate };
}

/**
 * Every use of a tag made the same string: a few dozen tags are written some 25,000 times at 10,000
 * entries, each a separate string in its own file's text, and every Set or Map of tags (the graph
 * checks, the tag index, search) paid a cache miss or two per copy to hash and compare it. Looked
 * up while the copy is fresh, the shared one is found in a small, hot table.
 */
function shareTagNames(tags: string[], tagNames: Map<string, string>) {
  for (let index = 0; index < tags.length; index += 1) {
    const tag = tags[index] as string;
    const shared = tagNames.get(tag);
    if (shared === undefined) tagNames.set(tag, tag);
    else tags[index] = shared;
  }
}

/** What pages and entries share, from their frontmatter, file and body analysis. */
function documentFields(fields: PageFrontmatter, source: SourceFile, { body, bodyLine }: ParsedFrontmatter, analysis: BodyAnalysis): Omit<Page, 'kind'> {
  return {
    slug: fields.slug,
    title: fields.title,
    description: fields.description,
    date: fields.date,
    updated: fields.updated ?? null,
    file: source.file,
    format: source.format,
    body,
    bodyLine,
    headings: analysis.headings,
    links: analysis.links,
    videos: analysis.videos,
    text: analysis.text,
  };
}

/** A module function rather than a closure per file: 10,000 files made 10,000 of them. */
function report(problems: ContentProblem[], source: SourceFile, draft: Omit<ContentProblem, 'file' | 'severity'> & { severity?: Severity }) {
  problems.push({ file: source.file, severity: 'error', ...draft });
}

function fieldProblem(issue: FieldIssue, locate: Locate): Omit<ContentProblem, 'file'> {
  const field = fieldName(issue.path);
  return {
    ...locate(issue.path, { key: issue.atKey || issue.rule === 'field-required' }),
    severity: issue.severity,
    rule: issue.rule,
    field: field || undefined,
    message: issue.message,
    hint: issue.hint,
  };
}

function publicFileExists(publicDir: string, urlPath: string): boolean {
  const resolved = path.resolve(/*turbopackIgnore: true*/ publicDir, `.${safeDecode(urlPath.split(/[?#]/)[0] ?? '')}`);
  return resolved.startsWith(path.resolve(publicDir) + path.sep) && fs.existsSync(resolved) && fs.statSync(resolved).isFile();
}

/**
 * Slugs of every file, valid or not, so that one broken file does not make every link to it an
 * error too. Only asked about targets that are not loaded documents, so built on the first such
 * question: a corpus without broken links never needs it.
 */
class ClaimedSlugs {
  private slugs: Set<string> | undefined;

  constructor(private readonly files: readonly SourceFile[]) {}

  has(kind: SourceFile['kind'], slug: string): boolean {
    this.slugs ??= new Set(this.files.map((file) => `${file.kind}:${file.fileSlug}`));
    return this.slugs.has(`${kind}:${slug}`);
  }
}

function findDuplicateSlugs(files: SourceFile[], problems: ContentProblem[]): Set<string> {
  // The first file of each slug alone, and a group only once a second one turns up: duplicates are rare.
  const first = new Map<string, SourceFile>();
  const groups = new Map<string, SourceFile[]>();
  for (const file of files) {
    const key = `${file.kind}:${file.fileSlug.toLowerCase()}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, file);
    else groups.set(key, [...(groups.get(key) ?? [earlier]), file]);
  }
  const duplicates = new Set<string>();
  if (groups.size === 0) return duplicates;
  // In the order the slugs first appear, as problems were always reported.
  for (const key of first.keys()) {
    const group = groups.get(key);
    if (!group) continue;
    duplicates.add(key);
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => other.file);
      problems.push({ file: file.file, line: 1, column: 1, severity: 'error', rule: 'slug-duplicate', message: `slug "${file.fileSlug}" is also used by ${others.join(', ')}`, hint: 'rename or delete one of them' });
    }
  }
  return duplicates;
}

interface GraphInput {
  entries: Entry[];
  pages: Page[];
  rejected: RejectedDocument[];
  drafts: Set<string>;
  claimedSlugs: ClaimedSlugs;
  locators: Locators;
  options: LoadOptions;
  problems: ContentProblem[];
}

function checkGraph({ entries, pages, rejected, drafts, claimedSlugs, locators, options, problems }: GraphInput) {
  const entriesBySlug = new Map(entries.map((entry) => [entry.slug, entry]));
  const pagesBySlug = new Map(pages.map((page) => [page.slug, page]));
  // Only links to tag pages and their suggestions need it, and many corpora have no such link.
  const tags = lazySet(() => entries.flatMap((entry) => entry.tags));
  const unavailable = (slug: string) => (drafts.has(slug) && !options.includeDrafts ? ` ("${slug}" is a draft)` : '');

  const position = (document: WikiDocument, path: Array<string | number>) => locators.get(document)?.(path) ?? { line: 1, column: 1 };
  const aliasOwners = checkAliases(entries, entriesBySlug, position, problems);
  problems.push(...findNearDuplicateTags(entries, (document, index) => position(document as Entry, ['tags', index])));
  const suggestions = { entry: suggester(() => entriesBySlug.keys()), page: suggester(() => pagesBySlug.keys()), tag: suggester(() => tags()) };
  // An old slug keeps outside links working through a redirect; inside the wiki, links and
  // `related` name the current slug, so the hint for an alias says which one that is.
  const entryHint = (slug: string) => {
    const current = aliasOwners.get(slug)?.entry.slug;
    return current ? `"${slug}" is an old slug of "${current}" (in its aliases, for outside links): use "${current}"` : suggestions.entry(slug);
  };

  // A related slug or link that names an entry is given that entry's own slug string (equal, so
  // nothing changes for readers): the indexes built next, and every later Map or Set of slugs,
  // then compare one string instead of tens of thousands of copies scattered through the files' texts.
  const relatedProblem = (file: string, slug: string, index: number, at: { line: number; column: number }): ContentProblem | null =>
    claimedSlugs.has('entry', slug) && !drafts.has(slug)
      ? null
      : { file, ...at, severity: 'error', rule: 'related-missing', field: `related[${index}]`, message: `"${slug}" is not an entry${unavailable(slug)}`, hint: entryHint(slug) };
  for (const entry of entries) {
    entry.related.forEach((slug, index) => {
      const related = entriesBySlug.get(slug);
      if (related) {
        entry.related[index] = related.slug;
        return;
      }
      const problem = relatedProblem(entry.file, slug, index, position(entry, ['related', index]));
      if (problem) problems.push(problem);
    });
  }
  for (const document of rejected) {
    document.related.forEach(({ slug, ...at }, index) => {
      const problem = entriesBySlug.has(slug) ? null : relatedProblem(document.file, slug, index, at);
      if (problem) problems.push(problem);
    });
  }

  const linkContext: LinkContext = { entriesBySlug, pagesBySlug, tags, claimedSlugs, unavailable, suggestions: { ...suggestions, entry: entryHint }, options };
  for (const document of [...entries, ...pages, ...rejected]) {
    for (const link of document.links) {
      const problem = checkLink(link, document, linkContext);
      if (problem) problems.push({ file: document.file, line: link.line, column: link.column, severity: options.missingLinks, ...problem });
    }
  }
}

interface LinkContext {
  entriesBySlug: Map<string, Entry>;
  pagesBySlug: Map<string, Page>;
  tags: () => Set<string>;
  claimedSlugs: ClaimedSlugs;
  unavailable: (slug: string) => string;
  suggestions: Record<'entry' | 'page' | 'tag', (name: string) => string | undefined>;
  options: LoadOptions;
}

function checkLink(link: InternalLinkRef, source: LinkSource, context: LinkContext): Pick<ContentProblem, 'rule' | 'message' | 'hint'> | null {
  const { target } = link;
  switch (target.kind) {
    case 'anchor':
      return anchorProblem(source, target.anchor, source);
    case 'entry': {
      const entry = context.entriesBySlug.get(target.slug);
      if (entry) {
        target.slug = entry.slug;
        return anchorProblem(entry, target.anchor, source);
      }
      if (context.claimedSlugs.has('entry', target.slug) && context.unavailable(target.slug) === '') return null;
      return { rule: 'link-missing', message: `link to "/wiki/${target.slug}/": no such entry${context.unavailable(target.slug)}`, hint: context.suggestions.entry(target.slug) };
    }
    case 'page': {
      const page = context.pagesBySlug.get(target.slug);
      if (page) return anchorProblem(page, target.anchor, source);
      if (context.claimedSlugs.has('page', target.slug)) return null;
      const asEntry = context.entriesBySlug.has(target.slug) ? `did you mean "/wiki/${target.slug}/"?` : undefined;
      return { rule: 'link-missing', message: `link to "/${target.slug}/": no such page`, hint: asEntry ?? context.suggestions.page(target.slug) };
    }
    case 'tag':
      return context.tags().has(target.tag) ? null : { rule: 'link-missing', message: `link to "/tags/${target.tag}/": no entry has this tag`, hint: context.suggestions.tag(target.tag) };
    case 'file':
      return GENERATED_FILES.has(target.path) || publicFileExists(context.options.publicDir, target.path)
        ? null
        : { rule: 'link-missing', message: `"${target.path}" does not exist under public/` };
    case 'unknown':
      return { rule: 'link-missing', message: `"${target.path}" is not a page of this site`, hint: 'entries live at /wiki/<slug>/' };
    case 'route':
      return null;
  }
}

/** A module function, not a closure per link: it runs for every internal link in the corpus. */
function anchorProblem(document: LinkSource | undefined, anchor: string | undefined, source: LinkSource): Pick<ContentProblem, 'rule' | 'message' | 'hint'> | null {
  if (!document || !anchor) return null;
  for (const heading of document.headings) if (heading.id === anchor) return null;
  return {
    rule: 'anchor-missing',
    message: `"#${anchor}" is not a heading in ${document === source ? 'this entry' : `"${document.slug}"`}`,
    hint: didYouMean(anchor, document.headings.map((heading) => heading.id)) ?? listAnchors(document),
  };
}

function listAnchors(document: LinkSource): string {
  const ids = document.headings.map((heading) => `#${heading.id}`);
  if (ids.length === 0) return 'it has no headings';
  return `its headings are ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''}`;
}

function lazySet<T>(items: () => T[]): () => Set<T> {
  let set: Set<T> | undefined;
  return () => (set ??= new Set(items()));
}

/**
 * `did you mean` over one list of names, searched once per missing name: at 10,000 entries each
 * search compares against every slug, and a broken link is often repeated across entries.
 */
function suggester(candidates: () => Iterable<string>): (name: string) => string | undefined {
  // Listed on the first missing name only: most loads have none.
  let names: string[] | undefined;
  const memo = new Map<string, string | undefined>();
  return (name) => {
    names ??= [...candidates()];
    if (!memo.has(name)) memo.set(name, didYouMean(name, names));
    return memo.get(name);
  };
}

/** Reports aliases that shadow a slug or are claimed twice; returns each alias's (first) owner. */
function checkAliases(entries: Entry[], slugs: ReadonlyMap<string, Entry>, position: (document: WikiDocument, path: Array<string | number>) => { line: number; column: number }, problems: ContentProblem[]): Map<string, { entry: Entry; index: number }> {
  const owners = new Map<string, { entry: Entry; index: number }>();
  const duplicate = (entry: Entry, index: number, alias: string, other: Entry): ContentProblem => ({
    file: entry.file,
    ...position(entry, ['aliases', index]),
    severity: 'error',
    rule: 'alias-duplicate',
    field: `aliases[${index}]`,
    message: `alias "${alias}" is also claimed by ${other.file}`,
    hint: 'keep it on one entry',
  });
  for (const entry of entries) {
    if (entry.aliases.length === 0) continue;
    entry.aliases.forEach((alias, index) => {
      if (slugs.has(alias)) {
        problems.push({ file: entry.file, ...position(entry, ['aliases', index]), severity: 'error', rule: 'alias-shadows-entry', field: `aliases[${index}]`, message: `alias "${alias}" is the slug of an existing entry`, hint: 'an alias may only name a slug that no entry uses' });
        return;
      }
      const owner = owners.get(alias);
      if (owner && owner.entry !== entry) {
        // On both files: whichever the editor just changed, it is named.
        problems.push(duplicate(entry, index, alias, owner.entry), duplicate(owner.entry, owner.index, alias, entry));
        return;
      }
      owners.set(alias, { entry, index });
    });
  }
  return owners;
}

function dedupe(problems: ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.column}:${problem.rule}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
