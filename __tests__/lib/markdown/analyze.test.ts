import { analyzeBody, MAX_NESTING_DEPTH, MAX_TREE_DEPTH, type BodyAnalysis } from '@/lib/markdown/analyze';
import { scanMarkdown } from '@/lib/markdown/scan';

/**
 * `.md` goes through the one-pass scanner, which must handle the body itself (not hand it to the
 * parser) and find what the full parser finds.
 */
function scanned(body: string, bodyLine = 1): BodyAnalysis {
  expect(scanMarkdown(body, bodyLine, { maxDepth: MAX_TREE_DEPTH, maxNesting: MAX_NESTING_DEPTH })).not.toBeNull();
  const analysis = analyzeBody(body, 'md', bodyLine);
  // The search text need not match byte for byte (scan.test.ts compares its words).
  const exact = analyzeBody(body, 'md', bodyLine, { exact: true });
  expect({ ...analysis, text: '' }).toEqual({ ...exact, text: '' });
  return analysis;
}

const rules = (body: string, format: 'md' | 'mdx' = 'md') => (format === 'md' ? scanned(body) : analyzeBody(body, format)).problems.map((problem) => problem.rule);

describe('analyzeBody: what it extracts', () => {
  it('reports headings and internal links at their file positions', () => {
    const analysis = scanned('Intro [a](/wiki/a/).\n\n## Part\n\nSee [b](/wiki/b/#x) and [out](https://example.org).', 7);
    expect(analysis.problems).toEqual([]);
    expect(analysis.headings).toEqual([{ depth: 2, text: 'Part', id: 'part' }]);
    expect(analysis.links.map(({ href, line, column }) => ({ href, line, column }))).toEqual([
      { href: '/wiki/a/', line: 7, column: 7 },
      { href: '/wiki/b/#x', line: 11, column: 5 },
    ]);
  });

  it('lists the video cards the page will show, from Markdown and from MDX', () => {
    const markdown = scanned('## Tour\n\nhttps://youtu.be/fUfbWAHSygo?t=30\n\nA [talk](https://youtu.be/fUfbWAHSygo) inline is no card.');
    expect(markdown.videos).toEqual([{ id: 'fUfbWAHSygo', title: 'Tour', start: 30 }]);
    expect(analyzeBody('<VideoCard id="fUfbWAHSygo" title="Keynote" />', 'mdx').videos).toEqual([{ id: 'fUfbWAHSygo', title: 'Keynote' }]);
  });

  it('finds links in reference definitions and images too', () => {
    const analysis = scanned('[ref]\n\n![alt](/img/x.png)\n\n[ref]: /wiki/c/');
    expect(analysis.links.map((link) => link.href)).toEqual(['/img/x.png', '/wiki/c/']);
  });
});

describe('analyzeBody: unsafe or unsupported bodies', () => {
  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x](&#106;avascript:alert(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '[x](vbscript:msgbox)',
    '[x](file:///etc/passwd)',
    '![x](http://insecure.example/a.png)',
    '![x](data:image/png;base64,AAAA)',
  ])('refuses the URL in %s', (body) => {
    expect(rules(body)).toEqual(['url-protocol']);
  });

  it('allows https, mailto and site links', () => {
    expect(rules('[a](https://x.org) [b](mailto:a@b.org) [c](/wiki/c/) [d](#top) ![e](https://x.org/e.png)')).toEqual([]);
  });

  it('refuses relative links, which break depending on the page', () => {
    expect(scanned('[x](canisters/)').problems[0]).toMatchObject({ rule: 'link-relative', line: 1, column: 1, hint: 'start it with /, like /wiki/canisters/' });
  });

  it('warns that raw HTML in .md is not rendered, but ignores comments', () => {
    expect(rules('<div>hi</div>')).toEqual(['html-ignored']);
    expect(rules('<!-- a note for editors -->')).toEqual([]);
  });

  it('treats braces and import lines in .md as text', () => {
    expect(rules('Costs {1+1} cycles.\n\nimport x from "y"')).toEqual([]);
  });

  it('warns about an empty body', () => {
    expect(scanned('\n  \n')).toMatchObject({ problems: [{ rule: 'body-empty', severity: 'warning' }] });
  });
});

describe('analyzeBody: the .mdx allowlist', () => {
  it('accepts the wiki’s components and a few plain elements', () => {
    expect(rules('<Callout type="tip" title="T">Text</Callout>\n\n<VideoCard id="fUfbWAHSygo" title="x" start="30" />\n\n<details><summary>More</summary>Press <kbd>Ctrl</kbd>.</details>', 'mdx')).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'mdx-element'],
    ['<iframe srcDoc="<script>alert(1)</script>" />', 'mdx-element'],
    ['<meta httpEquiv="refresh" content="0;url=https://evil.example" />', 'mdx-element'],
    ['<base href="https://evil.example/" />', 'mdx-element'],
    ['<link rel="stylesheet" href="https://evil.example/x.css" />', 'mdx-element'],
    ['<object data="x.swf" />', 'mdx-element'],
    ['<embed src="x" />', 'mdx-element'],
    ['<form action="https://evil.example" />', 'mdx-element'],
    ['<Foo />', 'mdx-element'],
    ['<>fragment</>', 'mdx-element'],
    ['<Callout type="note" onClick="alert(1)">x</Callout>', 'mdx-attribute'],
    ['<Callout type="note" style="color:red">x</Callout>', 'mdx-attribute'],
    ['<Callout type="note" dangerouslySetInnerHTML="x">x</Callout>', 'mdx-attribute'],
    ['<Callout type={"note"}>x</Callout>', 'mdx-attribute'],
    ['<Callout {...props}>x</Callout>', 'mdx-attribute'],
    ['<Callout type="danger">x</Callout>', 'mdx-attribute'],
    ['<VideoCard id="not-an-id" />', 'mdx-attribute'],
    ['<VideoCard title="no id" />', 'mdx-attribute'],
    ['{process.env.SECRET}', 'mdx-expression'],
    ['Text {1+1} here.', 'mdx-expression'],
    ['import x from "y"', 'mdx-esm'],
    ['export const a = 1', 'mdx-esm'],
  ])('refuses %s', (body, rule) => {
    expect(rules(body, 'mdx')).toEqual([rule]);
  });

  it('explains MDX syntax errors at the file line, with a hint for HTML comments', () => {
    const [problem] = analyzeBody('Text\n\n<!-- comment -->', 'mdx', 10).problems;
    expect(problem).toMatchObject({ rule: 'mdx-syntax', line: 12, hint: 'HTML comments are not supported in .mdx; delete it' });
    // Not the parser's advice to write `{/* */}`, an expression that content may not use.
    expect(problem?.message).not.toContain('{/*');
    const [unclosed] = analyzeBody('<div>\n\ntext', 'mdx', 5).problems;
    expect(unclosed).toMatchObject({ rule: 'mdx-syntax', line: 5 });
    // Still open at the end of the file: the error has no place of its own, only the tag's in its text.
    const [late] = analyzeBody('Line one.\n\n<div>\n\nMore.', 'mdx', 10).problems;
    expect(late).toMatchObject({ rule: 'mdx-syntax', line: 12, column: 1 });
  });
});

describe('analyzeBody: nesting bombs', () => {
  it.each([
    ['10 KB of nested quotes', '>'.repeat(10_000), 22],
    ['5,000 nested list markers', '* '.repeat(5_000), 22],
    // The first line indented past the limit: 2 spaces a level, so item 82 (line 20 + 2 + 81).
    ['a 1,000-level indented list', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n'), 103],
  ])('refuses %s with a line instead of overflowing the stack', (_, body, line) => {
    const [problem] = analyzeBody(`Intro\n\n${body}`, 'md', 20).problems;
    expect(problem).toMatchObject({ rule: 'nesting-depth', line, message: `quotes or lists are nested more than ${MAX_NESTING_DEPTH} levels deep` });
  });

  it('accepts ordinary nesting', () => {
    expect(rules('> quote\n>> nested\n\n- a\n  - b\n    - c')).toEqual([]);
  });
});
