import type { Entry } from '@/lib/content/types';

/** An in-memory entry for tests of pure functions; only what a test names differs from the defaults. */
export function makeEntry(slug: string, fields: Partial<Entry> & { linksTo?: string[] } = {}): Entry {
  const { linksTo = [], ...rest } = fields;
  return {
    kind: 'entry',
    slug,
    title: slug.toUpperCase(),
    description: `About ${slug}`,
    date: '2026-01-01',
    updated: null,
    file: `content/wiki/${slug}.md`,
    format: 'md',
    body: '',
    bodyLine: 1,
    headings: [],
    videos: [],
    text: '',
    links: linksTo.map((target) => ({ href: `/wiki/${target}/`, target: { kind: 'entry', slug: target }, line: 1, column: 1 })),
    tags: [],
    related: [],
    cover: null,
    hub: false,
    draft: false,
    aliases: [],
    ...rest,
  };
}
