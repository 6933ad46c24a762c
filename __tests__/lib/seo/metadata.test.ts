import { buildEntryMetadata, buildPageMetadata } from '@/lib/seo/metadata';
import { makeEntry } from '../../support/entries';

describe('buildEntryMetadata', () => {
  const entry = makeEntry('canisters', { title: 'Canisters', description: 'Units of software.', date: '2026-04-12', updated: '2026-05-01', tags: ['core-concept'] });

  it('gives an entry its canonical URL, feed link and an Open Graph article with dates and tags', () => {
    const metadata = buildEntryMetadata(entry);
    expect(metadata.title).toBe('Canisters');
    expect(metadata.description).toBe('Units of software.');
    expect(metadata.alternates?.canonical).toBe('/wiki/canisters/');
    expect(metadata.alternates?.types).toEqual({ 'application/atom+xml': [{ url: '/feed.xml', title: 'icp-wiki: recently updated entries' }] });
    expect(metadata.openGraph).toMatchObject({ type: 'article', publishedTime: '2026-04-12', modifiedTime: '2026-05-01', tags: ['core-concept'], url: '/wiki/canisters/' });
    expect(metadata.robots).toBeUndefined();
  });

  it('uses the generated social card, or the cover when the entry has one', () => {
    expect(buildEntryMetadata(entry).twitter).toMatchObject({ card: 'summary_large_image', images: ['http://localhost:3000/social/canisters.png'] });
    const withCover = buildEntryMetadata({ ...entry, cover: 'https://example.org/cover.jpg' });
    expect((withCover.openGraph?.images as Array<{ url: string }>)[0]?.url).toBe('https://example.org/cover.jpg');
  });

  it('keeps drafts out of search engines', () => {
    expect(buildEntryMetadata({ ...entry, draft: true }).robots).toEqual({ index: false, follow: false });
  });
});

describe('buildPageMetadata', () => {
  it('gives other pages a canonical URL and the site card', () => {
    const metadata = buildPageMetadata({ title: 'Tags', description: 'All tags.', path: '/tags/' });
    expect(metadata.alternates?.canonical).toBe('/tags/');
    expect(metadata.openGraph).toMatchObject({ type: 'website', images: [{ url: '/social/site.png', width: 1200, height: 630 }] });
    expect(buildPageMetadata({ title: 'x', description: 'y', path: '/search/', noindex: true }).robots).toEqual({ index: false, follow: true });
  });
});
