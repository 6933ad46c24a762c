import { articleJsonLd, breadcrumbJsonLd, collectionPageJsonLd, serializeJsonLd, videoJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { makeEntry } from '../../support/entries';

describe('serializeJsonLd', () => {
  it('keeps a hostile title inert inside the script tag and identical once parsed', () => {
    const title = 'Evil </script><script>alert(1)</script> & "quotes" \u2028';
    const text = serializeJsonLd({ '@type': 'Article', headline: title });
    expect(text).not.toMatch(/[<>]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Article', headline: title });
  });

  it('wraps several nodes in one graph', () => {
    expect(JSON.parse(serializeJsonLd([{ '@type': 'A' }, { '@type': 'B' }]))).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'A' }, { '@type': 'B' }] });
  });
});

describe('structured data builders', () => {
  const entry = makeEntry('canisters', { title: 'Canisters', description: 'Units of software.', date: '2026-04-12', updated: '2026-05-01', tags: ['core-concept', 'developers'] });

  it('describes an entry as an Article that is part of the WebSite', () => {
    expect(articleJsonLd(entry)).toMatchObject({
      '@type': 'Article',
      headline: 'Canisters',
      description: 'Units of software.',
      datePublished: '2026-04-12',
      dateModified: '2026-05-01',
      keywords: 'core-concept, developers',
      image: 'http://localhost:3000/social/canisters.png',
      url: 'http://localhost:3000/wiki/canisters/',
      isPartOf: { '@type': 'WebSite', '@id': 'http://localhost:3000/#website' },
    });
    expect(articleJsonLd({ ...entry, cover: '/img/static/home-share.jpg' }).image).toBe('http://localhost:3000/img/static/home-share.jpg');
  });

  it('lists breadcrumbs with absolute URLs, the last one the page itself', () => {
    expect(breadcrumbJsonLd([{ label: 'Home', href: '/' }, { label: 'Canisters' }], '/wiki/canisters/')).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/' },
        { '@type': 'ListItem', position: 2, name: 'Canisters', item: 'http://localhost:3000/wiki/canisters/' },
      ],
    });
  });

  it('describes a video card as a VideoObject with thumbnail, embed and watch URLs', () => {
    expect(videoJsonLd({ id: 'fUfbWAHSygo', title: 'Tour', start: 30 }, entry)).toMatchObject({
      '@type': 'VideoObject',
      name: 'Tour',
      thumbnailUrl: 'https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg',
      embedUrl: 'https://www.youtube-nocookie.com/embed/fUfbWAHSygo?rel=0&start=30',
      contentUrl: 'https://www.youtube.com/watch?v=fUfbWAHSygo&t=30s',
      uploadDate: '2026-04-12',
    });
  });

  it('describes tag and hub pages as a CollectionPage with an ItemList', () => {
    const page = collectionPageJsonLd({ name: 'Tag: x', description: 'd', path: '/tags/x/', entries: [entry] });
    expect(page).toMatchObject({ '@type': 'CollectionPage', url: 'http://localhost:3000/tags/x/', mainEntity: { '@type': 'ItemList', numberOfItems: 1 } });
    expect((page.mainEntity as { itemListElement: unknown[] }).itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Canisters', url: 'http://localhost:3000/wiki/canisters/' }]);
  });

  it('gives the WebSite a SearchAction for the search page', () => {
    expect(websiteJsonLd().potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'http://localhost:3000/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});
