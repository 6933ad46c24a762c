import { canonicalHref, parseInternalHref } from '@/lib/markdown/internal-href';

describe('parseInternalHref', () => {
  it.each([
    ['/wiki/canisters/', { kind: 'entry', slug: 'canisters', anchor: undefined }],
    ['/wiki/canisters', { kind: 'entry', slug: 'canisters', anchor: undefined }],
    ['/wiki/canisters/#how-it-works', { kind: 'entry', slug: 'canisters', anchor: 'how-it-works' }],
    ['/document-library/', { kind: 'page', slug: 'document-library', anchor: undefined }],
    ['/tags/governance', { kind: 'tag', tag: 'governance', anchor: undefined }],
    ['/wiki/', { kind: 'route', path: '/wiki/', anchor: undefined }],
    ['/', { kind: 'route', path: '/', anchor: undefined }],
    ['/maintenance/', { kind: 'route', path: '/maintenance/', anchor: undefined }],
    ['#section', { kind: 'anchor', anchor: 'section' }],
    ['/img/static/home-share.jpg', { kind: 'file', path: '/img/static/home-share.jpg' }],
    ['/a/b/c/', { kind: 'unknown', path: '/a/b/c/' }],
  ])('classifies %s', (href, expected) => {
    expect(parseInternalHref(href)).toEqual(expected);
  });

  // Entry links take a shortcut; these are the ones it must leave to the general reading.
  it.each([
    ['/wiki/a%20b/', { kind: 'entry', slug: 'a b', anchor: undefined }],
    ['/wiki/%ZZ/', { kind: 'entry', slug: '%ZZ', anchor: undefined }],
    ['/wiki//a/', { kind: 'entry', slug: 'a', anchor: undefined }],
    ['/wiki/a//', { kind: 'entry', slug: 'a', anchor: undefined }],
    ['/wiki/a?x=1#y', { kind: 'entry', slug: 'a', anchor: 'y' }],
    ['/wiki/a/#x%20y', { kind: 'entry', slug: 'a', anchor: 'x y' }],
    ['/wiki/a/#', { kind: 'entry', slug: 'a', anchor: undefined }],
    ['/wiki/a/b/', { kind: 'unknown', path: '/wiki/a/b/' }],
    ['/wiki/a.md', { kind: 'file', path: '/wiki/a.md' }],
    ['/wiki/#top', { kind: 'route', path: '/wiki/', anchor: 'top' }],
  ])('reads the entry link %s as the general reading does', (href, expected) => {
    expect(parseInternalHref(href)).toStrictEqual(expected);
  });

  it('leaves external, protocol-relative and relative links alone', () => {
    expect(parseInternalHref('https://internetcomputer.org/')).toBeNull();
    expect(parseInternalHref('//evil.example/')).toBeNull();
    expect(parseInternalHref('canisters/')).toBeNull();
  });

  it('writes the canonical form with a trailing slash', () => {
    expect(canonicalHref({ kind: 'entry', slug: 'canisters', anchor: 'how-it-works' })).toBe('/wiki/canisters/#how-it-works');
    expect(canonicalHref({ kind: 'page', slug: 'document-library' })).toBe('/document-library/');
  });
});
