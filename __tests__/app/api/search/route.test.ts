import path from 'node:path';

process.env.CONTENT_DIR = path.relative(process.cwd(), path.join(__dirname, '..', '..', '..', 'fixtures', 'valid-corpus'));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GET } = require('@/app/api/search/route') as typeof import('@/app/api/search/route');

async function get(query: string) {
  const response = GET(new Request(`http://localhost/api/search/${query}`));
  return { status: response.status, body: await response.json(), headers: response.headers };
}

describe('GET /api/search/', () => {
  it('returns ranked hits with URLs and highlighted parts', async () => {
    const { status, body, headers } = await get('?q=gamma');
    expect(status).toBe(200);
    expect(headers.get('x-robots-tag')).toBe('noindex');
    expect(body).toMatchObject({ query: 'gamma', truncated: false, total: 2, suggestion: null });
    expect(body.hits.map((hit: { slug: string }) => hit.slug)).toEqual(['gamma', 'alpha']);
    expect(body.hits[0]).toEqual({
      slug: 'gamma',
      url: '/wiki/gamma/',
      title: 'Gamma',
      description: 'Lists Alpha as related and links to Beta.',
      tags: ['shared', 'greek'],
      titleParts: [{ text: 'Gamma', match: true }],
      snippet: [
        { text: 'Gamma', match: true },
        { text: ' points at Beta and the colophon.', match: false },
      ],
    });
  });

  it('limits the number of hits', async () => {
    expect((await get('?q=tag:shared&limit=2')).body.hits).toHaveLength(2);
    expect((await get('?q=tag:shared&limit=abc')).body.hits.length).toBeGreaterThan(2);
  });

  it.each(['', '?q=', '?q=%20%20', '?q=.*(', '?q=a&q=b', `?q=${'x'.repeat(10_000)}`, '?q=%F0%9F%98%80', '?limit=-1'])('answers %s with 200 and JSON', async (query) => {
    const { status, body } = await get(query);
    expect(status).toBe(200);
    expect(Array.isArray(body.hits)).toBe(true);
  });

  it('says when a long query was shortened', async () => {
    expect((await get(`?q=${'x'.repeat(500)}`)).body).toMatchObject({ truncated: true });
  });
});
