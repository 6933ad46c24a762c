import { normalizeTag, parseEntryFrontmatter, parsePageFrontmatter } from '@/lib/content/schema';

const TODAY = '2026-11-25';
const valid = { title: 'Canisters', slug: 'canisters', description: 'Units of software.', date: '2026-04-12' };

function issuesFor(data: Record<string, unknown>, fileSlug = 'canisters') {
  return parseEntryFrontmatter(data, fileSlug, TODAY).issues.map(({ path, rule, message, severity }) => ({ path: path.join('.'), rule, message, severity }));
}

function errorRules(data: Record<string, unknown>, fileSlug = 'canisters') {
  return issuesFor(data, fileSlug).filter((issue) => issue.severity === 'error').map((issue) => issue.rule);
}

describe('entry frontmatter schema', () => {
  it('accepts a minimal entry and fills defaults', () => {
    const result = parseEntryFrontmatter(valid, 'canisters', TODAY);
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual({ ...valid, tags: [], related: [], hub: false, draft: false, aliases: [] });
  });

  it.each(['title', 'slug', 'description', 'date'])('requires %s', (field) => {
    const data: Record<string, unknown> = { ...valid };
    delete data[field];
    expect(issuesFor(data)).toContainEqual({ path: field, rule: 'field-required', message: `frontmatter.${field} is required`, severity: 'error' });
  });

  it('does not coerce types: a number or a list is not a title', () => {
    expect(issuesFor({ ...valid, title: 1234 })).toEqual([{ path: 'title', rule: 'field-type', message: 'title must be text, got number 1234', severity: 'error' }]);
    expect(issuesFor({ ...valid, title: ['a'] })[0]?.message).toBe('title must be text, got a list');
    expect(issuesFor({ ...valid, title: null })[0]?.message).toBe('title must be text, got an empty value');
    expect(issuesFor({ ...valid, hub: 'yes' })[0]?.message).toBe('hub must be true or false, got the text "yes"');
  });

  it('refuses empty or whitespace titles and descriptions', () => {
    expect(errorRules({ ...valid, title: '   ' })).toEqual(['field-empty']);
    expect(errorRules({ ...valid, description: '' })).toEqual(['field-empty']);
  });

  it('trims titles', () => {
    expect(parseEntryFrontmatter({ ...valid, title: '  Canisters  ' }, 'canisters', TODAY).data?.title).toBe('Canisters');
  });

  it('points unknown fields at the closest known one', () => {
    const [issue] = parseEntryFrontmatter({ ...valid, tittle: 'x' }, 'canisters', TODAY).issues;
    expect(issue).toMatchObject({ path: ['tittle'], rule: 'field-unknown', message: 'unknown field "tittle"', hint: 'did you mean "title"?', atKey: true });
  });

  it.each([
    ['Canisters', 'slug-format'],
    ['can isters', 'slug-format'],
    ['canisters.v2', 'slug-format'],
    ['canisters--x', 'slug-format'],
    ['-canisters', 'slug-format'],
    ['réact', 'slug-format'],
    ['search', 'slug-reserved'],
    // /wiki/page/N/ are the pages of the A–Z index.
    ['page', 'slug-reserved'],
    ['a'.repeat(81), 'slug-format'],
  ])('refuses the slug %j', (slug, rule) => {
    expect(errorRules({ ...valid, slug }, slug)).toEqual([rule]);
  });

  it('requires the slug to equal the file name', () => {
    expect(issuesFor({ ...valid, slug: 'cycles' })).toEqual([
      { path: 'slug', rule: 'slug-mismatch', message: 'slug "cycles" does not match the file name "canisters"', severity: 'error' },
    ]);
  });

  it('suggests setting the slug to the file name only when the file name is a valid slug', () => {
    const hint = (fileSlug: string) => parseEntryFrontmatter({ ...valid, slug: 'cycles' }, fileSlug, TODAY).issues.find((issue) => issue.rule === 'slug-mismatch')?.hint;
    expect(hint('cycle')).toBe('rename the file to cycles.md or set slug: cycle');
    expect(hint('Cycles')).toBe('rename the file to cycles.md');
  });

  it.each([
    ['2024-02-30', 'date-invalid', '"2024-02-30" is not a real calendar date'],
    ['2024-13-01', 'date-invalid', '"2024-13-01" is not a real calendar date'],
    ['2024-2-3', 'date-format', '"2024-2-3" is not a date in YYYY-MM-DD form'],
    ['yesterday', 'date-format', '"yesterday" is not a date in YYYY-MM-DD form'],
  ])('refuses the date %s', (date, rule, message) => {
    expect(issuesFor({ ...valid, date })).toEqual([{ path: 'date', rule, message, severity: 'error' }]);
  });

  it('accepts a leap day and turns a Date object into YYYY-MM-DD', () => {
    expect(parseEntryFrontmatter({ ...valid, date: '2024-02-29' }, 'canisters', TODAY).data?.date).toBe('2024-02-29');
    expect(parseEntryFrontmatter({ ...valid, date: new Date('2026-04-12T00:00:00Z') }, 'canisters', TODAY).data?.date).toBe('2026-04-12');
  });

  it('refuses updated before date and warns about dates in the future', () => {
    expect(issuesFor({ ...valid, updated: '2026-01-01' })).toEqual([
      { path: 'updated', rule: 'updated-before-date', message: 'updated (2026-01-01) is earlier than date (2026-04-12)', severity: 'error' },
    ]);
    expect(issuesFor({ ...valid, date: '2204-01-01' })).toEqual([{ path: 'date', rule: 'date-future', message: 'date 2204-01-01 is in the future', severity: 'warning' }]);
    expect(issuesFor({ ...valid, updated: '2204-01-01' })).toEqual([{ path: 'updated', rule: 'date-future', message: 'updated 2204-01-01 is in the future', severity: 'warning' }]);
  });

  it('normalises tags, warns about each change, and drops duplicates', () => {
    const result = parseEntryFrontmatter({ ...valid, tags: ['React', 'react ', 'core concept', 'cafe\u0301-tag'.normalize('NFC').replace('é', 'e')] }, 'canisters', TODAY);
    expect(result.data?.tags).toEqual(['react', 'core-concept', 'cafe-tag']);
    expect(result.issues.map(({ rule, message, severity }) => ({ rule, message, severity }))).toEqual([
      { rule: 'tag-normalized', message: 'tag "React" is read as "react"', severity: 'warning' },
      { rule: 'tag-normalized', message: 'tag "react " is read as "react"', severity: 'warning' },
      { rule: 'tag-duplicate', message: 'tag "react" is listed twice', severity: 'warning' },
      { rule: 'tag-normalized', message: 'tag "core concept" is read as "core-concept"', severity: 'warning' },
    ]);
  });

  it.each(['a/b', '..', '#x', 'what?', '', 'réact', 'zero\u200bwidth'])('refuses the tag %j', (tag) => {
    expect(errorRules({ ...valid, tags: [tag] })).toEqual(['tag-format']);
  });

  it('refuses list fields written as one string, with that error alone (not also a length limit)', () => {
    expect(issuesFor({ ...valid, tags: 'foo, bar' })[0]?.message).toBe('tags must be a list, got the text "foo, bar"');
    for (const field of ['tags', 'related', 'aliases']) {
      expect(errorRules({ ...valid, [field]: 'core-concept, developers, canisters, cycles' })).toEqual(['field-type']);
    }
  });

  it('caps list lengths', () => {
    const tags = Array.from({ length: 21 }, (_, index) => `tag-${index}`);
    expect(issuesFor({ ...valid, tags })).toEqual([{ path: 'tags', rule: 'field-too-long', message: 'tags is too long (at most 20 items)', severity: 'error' }]);
  });

  it('refuses an entry related to itself and warns about duplicate related entries', () => {
    expect(issuesFor({ ...valid, related: ['cycles', 'canisters', 'cycles'] })).toEqual([
      { path: 'related.1', rule: 'related-self', message: 'an entry cannot be related to itself', severity: 'error' },
      { path: 'related.2', rule: 'related-duplicate', message: '"cycles" is listed twice', severity: 'warning' },
    ]);
  });

  it('does not take a hole in a list built in code for a repeated value', () => {
    const related = new Array<string>(2);
    related[1] = 'cycles';
    expect(issuesFor({ ...valid, related }).map((issue) => issue.rule)).not.toContain('related-duplicate');
  });

  it('refuses an alias equal to the slug', () => {
    expect(errorRules({ ...valid, aliases: ['canisters'] })).toEqual(['alias-self']);
  });

  it.each([
    ['/img/static/home-share.jpg', []],
    ['https://example.org/cover.png', []],
    ['http://example.org/cover.png', ['cover-path']],
    ['/img/../../secret', ['cover-path']],
    ['//evil.example/x.png', ['cover-path']],
    ['javascript:alert(1)', ['cover-path']],
  ])('checks the cover %s', (cover, rules) => {
    expect(errorRules({ ...valid, cover })).toEqual(rules);
  });
});

describe('page frontmatter schema', () => {
  it('accepts the document fields and refuses entry-only fields', () => {
    expect(parsePageFrontmatter({ ...valid, slug: 'about' }, 'about', TODAY).issues).toEqual([]);
    expect(parsePageFrontmatter({ ...valid, slug: 'about', tags: ['x'] }, 'about', TODAY).issues[0]).toMatchObject({ rule: 'field-unknown', message: 'unknown field "tags"' });
  });
});

describe('normalizeTag', () => {
  it('trims, lowercases, composes Unicode and turns spaces into hyphens', () => {
    expect(normalizeTag('  Core Concept ')).toBe('core-concept');
    expect(normalizeTag('Cafe\u0301')).toBe('café');
  });
});
