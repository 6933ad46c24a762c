import path from 'node:path';

process.env.CONTENT_DIR = path.relative(process.cwd(), path.join(__dirname, '..', '..', 'fixtures', 'valid-corpus'));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateMetadata } = require('@/app/search/page') as typeof import('@/app/search/page');

async function titleFor(q: string | string[] | undefined) {
  const metadata = await generateMetadata({ params: Promise.resolve({}), searchParams: Promise.resolve({ q }) } as Parameters<typeof generateMetadata>[0]);
  return { title: metadata.title, ogTitle: (metadata.openGraph as { title?: string } | undefined)?.title };
}

describe('the search page title', () => {
  it('names the query', async () => {
    expect((await titleFor('chain key')).title).toBe('Search: chain key');
    expect((await titleFor(undefined)).title).toBe('Search');
  });

  it('leaves out control and bidi characters, in the tab title and the social title alike', async () => {
    const { title, ogTitle } = await titleFor('evil\u0000\u0007name\u202Egnp.exe');
    expect(title).toBe('Search: evil name gnp.exe');
    expect(ogTitle).toContain('Search: evil name gnp.exe');
  });

  it('keeps at most 60 characters without splitting an emoji', async () => {
    const { title } = await titleFor('🙂'.repeat(80));
    expect(title).toBe(`Search: ${'🙂'.repeat(60)}`);
  });
});
