import fs from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { mdxComponents } from '@/components/mdx';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { renderBody } from '@/lib/markdown/compile';


async function render(body: string, format: 'md' | 'mdx' = 'md', exists: () => boolean = () => true) {
  const element = await renderBody({ file: 'content/wiki/test.md', format, body, bodyLine: 1 }, { components: mdxComponents, exists });
  return renderToStaticMarkup(element);
}

describe('renderBody on the seed entry', () => {
  let html: string;

  beforeAll(async () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'content/wiki/internet-computer-protocol.md'), 'utf8');
    const parsed = parseFrontmatter(text);
    if (!parsed.ok) throw new Error('seed frontmatter should parse');
    const element = await renderBody({ file: 'seed', format: 'md', body: parsed.value.body, bodyLine: parsed.value.bodyLine }, { components: mdxComponents, exists: () => true });
    html = renderToStaticMarkup(element);
  });

  it('decodes HTML entities into characters', () => {
    expect(html).toContain('platform’s');
    expect(html).toContain('“smart contracts”');
    expect(html).toContain('13–40');
    expect(html).not.toMatch(/&amp;(rsquo|ldquo|mdash|ndash);/);
  });

  it('renders the [!NOTE] alert as a labelled callout, not a quote with literal text', () => {
    expect(html).toMatch(/<div class="callout callout-note" role="note" aria-labelledby="[^"]+">/);
    expect(html).not.toContain('[!NOTE]');
  });

  it('renders the linked thumbnail as a video card, not a broken image', () => {
    expect(html).toContain('<figure class="video-card">');
    expect(html).toContain('href="https://www.youtube.com/watch?v=fUfbWAHSygo"');
    expect(html).toContain('src="https://i.ytimg.com/vi/fUfbWAHSygo/hqdefault.jpg"');
    expect(html).not.toContain('<img src="https://www.youtube.com/watch');
  });

  it('keeps internal links with their trailing slash and gives headings anchors', () => {
    expect(html).toContain('href="/wiki/chain-key-cryptography/"');
    expect(html).toContain('href="/document-library/"');
    expect(html).toContain('<h2 id="what-icp-does">What ICP does<a class="heading-anchor" href="#what-icp-does"');
  });
});

describe('renderBody on Markdown features', () => {
  it('renders GFM tables inside a scrollable region', async () => {
    const html = await render('| Subnet | Nodes |\n| --- | ---: |\n| NNS | 40 |');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="Table"><table>');
    expect(html).toContain('<td style="text-align:right">40</td>');
  });

  it('renders task lists, strikethrough and autolinks', async () => {
    const html = await render('- [x] done\n- [ ] todo\n\n~~old~~ https://internetcomputer.org');
    expect(html).toContain('<input type="checkbox" disabled="" aria-label="Done" checked=""/> done');
    expect(html).toContain('<input type="checkbox" disabled="" aria-label="To do"/> todo');
    expect(html).toContain('<del>old</del>');
    expect(html).toContain('href="https://internetcomputer.org" rel="noopener noreferrer" class="link-external"');
  });

  it('marks external links for sight and for screen readers', async () => {
    const html = await render('[docs](https://internetcomputer.org/docs)');
    expect(html).toContain('<span class="visually-hidden"> (external link)</span>');
  });

  it('highlights fenced code at build time', async () => {
    const html = await render('```ts\nconst cycles: number = 1;\n```');
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light-default github-dark-default[^"]*"/);
    expect(html).toContain('--shiki-dark:');
    expect(html).toContain('>const</span>');
  });

  it('renders unknown code languages and Motoko without failing', async () => {
    expect(await render('```motoko\nactor { public func hi() : async Text { "hi" } }\n```')).toContain('class="shiki');
    expect(await render('```nonsense\nwhatever\n```')).toContain('whatever');
  });

  it('keeps braces, angle brackets and import lines literal in .md', async () => {
    const html = await render('Costs {1+1} cycles, a < b.\n\nimport x from "y"');
    expect(html).toContain('Costs {1+1} cycles, a &lt; b.');
    expect(html).toContain('<p>import x from &quot;y&quot;</p>');
  });

  it('drops raw HTML in .md instead of rendering it', async () => {
    const html = await render('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
  });

  it('shows links to missing entries in red (dev)', async () => {
    const html = await render('[gone](/wiki/gone/)', 'md', () => false);
    expect(html).toBe('<p><a href="/wiki/gone/" class="link-missing" title="This entry does not exist yet">gone</a></p>');
  });

  it('renders the allowlisted components from .mdx', async () => {
    const html = await render('<Callout type="warning" title="Mind the cycles">Top up **first**.</Callout>\n\n<VideoCard id="fUfbWAHSygo" title="Tour" start="30" />', 'mdx');
    expect(html).toContain('class="callout callout-warning" role="note"');
    expect(html).toContain('<span>Mind the cycles</span>');
    expect(html).toContain('<strong>first</strong>');
    expect(html).toContain('href="https://www.youtube.com/watch?v=fUfbWAHSygo&amp;t=30s"');
  });

  it('names the file and its line when compiling fails', async () => {
    await expect(renderBody({ file: 'content/wiki/bad.mdx', format: 'mdx', body: '\n<div>\n', bodyLine: 9 }, { components: mdxComponents })).rejects.toThrow(
      /^content\/wiki\/bad\.mdx:10:1 error compile:/,
    );
  });
});
