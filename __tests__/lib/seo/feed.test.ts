/** @jest-environment jsdom */
import { buildAtomFeed } from '@/lib/seo/feed';
import { makeEntry } from '../../support/entries';

function parse(xml: string): Document {
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

describe('buildAtomFeed', () => {
  const entries = [
    makeEntry('old', { date: '2025-01-01', tags: ['a'] }),
    makeEntry('recently-updated', { date: '2024-01-01', updated: '2026-06-01' }),
    makeEntry('new', { date: '2026-03-01', title: 'Tom & Jerry <script>"</script>', description: 'Quotes " and \' and ]]>' }),
  ];

  it('is well-formed Atom with the entries in updated order, newest first', () => {
    const feed = parse(buildAtomFeed(entries));
    expect(feed.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const items = [...feed.getElementsByTagName('entry')];
    expect(items.map((item) => item.getElementsByTagName('id')[0]?.textContent)).toEqual([
      'http://localhost:3000/wiki/recently-updated/',
      'http://localhost:3000/wiki/new/',
      'http://localhost:3000/wiki/old/',
    ]);
    expect(feed.getElementsByTagName('updated')[0]?.textContent).toBe('2026-06-01T00:00:00Z');
  });

  it('carries every field Atom requires and the ones readers use', () => {
    const feed = parse(buildAtomFeed(entries));
    for (const name of ['id', 'title', 'updated', 'author']) expect(feed.documentElement.getElementsByTagName(name).length).toBeGreaterThan(0);
    const self = [...feed.getElementsByTagName('link')].find((link) => link.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe('http://localhost:3000/feed.xml');
    const old = [...feed.getElementsByTagName('entry')][2] as Element;
    expect(old.getElementsByTagName('published')[0]?.textContent).toBe('2025-01-01T00:00:00Z');
    expect(old.getElementsByTagName('summary')[0]?.textContent).toBe('About old');
    expect(old.getElementsByTagName('category')[0]?.getAttribute('term')).toBe('a');
  });

  it('escapes titles and descriptions so they come back exactly as written', () => {
    const feed = parse(buildAtomFeed(entries));
    const item = [...feed.getElementsByTagName('entry')][1] as Element;
    expect(item.getElementsByTagName('title')[0]?.textContent).toBe('Tom & Jerry <script>"</script>');
    expect(item.getElementsByTagName('summary')[0]?.textContent).toBe('Quotes " and \' and ]]>');
  });

  it('holds at most the 50 most recent entries', () => {
    const many = Array.from({ length: 60 }, (_, index) => makeEntry(`entry-${index}`, { date: `2026-01-${String((index % 28) + 1).padStart(2, '0')}` }));
    expect(parse(buildAtomFeed(many)).getElementsByTagName('entry')).toHaveLength(50);
  });
});
