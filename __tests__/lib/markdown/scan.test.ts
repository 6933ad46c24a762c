import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@/lib/content/frontmatter';
import { analyzeBody, MAX_NESTING_DEPTH, MAX_TREE_DEPTH, type BodyAnalysis } from '@/lib/markdown/analyze';
import { scanMarkdown } from '@/lib/markdown/scan';
import { generateCorpus } from '@/scripts/bench/generate-corpus';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const root = path.join(__dirname, '..', '..', '..');
const limits = { maxDepth: MAX_TREE_DEPTH, maxNesting: MAX_NESTING_DEPTH };

/** The search text need not match byte for byte: the same words, case-folded, in any order. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort();
}

function comparable(analysis: BodyAnalysis) {
  return {
    headings: analysis.headings,
    links: analysis.links.map(({ href, target, line, column }) => ({ href, target, line, column })),
    videos: analysis.videos,
    problems: analysis.problems.map(({ rule, severity, line, column, message }) => ({ rule, severity, line, column, message })),
    words: words(analysis.text),
  };
}

/** Block quotes and list items in remark's tree: what the scanner's `containers` counts. */
function containersInTree(body: string): number {
  let count = 0;
  visit(unified().use(remarkParse).use(remarkGfm).parse(body), ['blockquote', 'listItem'], () => {
    count += 1;
  });
  return count;
}

/** The scanner's analysis (which must not have fallen back to the parser) next to remark's. */
function bothPaths(body: string, bodyLine = 1) {
  const scan = scanMarkdown(body, bodyLine, limits);
  expect(scan).not.toBeNull();
  return {
    scanned: { ...comparable(analyzeBody(body, 'md', bodyLine)), containers: scan?.containers },
    parsed: { ...comparable(analyzeBody(body, 'md', bodyLine, { exact: true })), containers: containersInTree(body) },
  };
}

function expectSameAsRemark(body: string, bodyLine = 1) {
  const { scanned, parsed } = bothPaths(body, bodyLine);
  expect(scanned).toEqual(parsed);
}

/** `.md` files the loader reads (their frontmatter parses), as [name, body, bodyLine]. */
function bodiesIn(dir: string): Array<[string, string, number]> {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name): Array<[string, string, number]> => {
      const parsed = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'));
      return parsed.ok ? [[path.relative(root, path.join(dir, name)), parsed.value.body, parsed.value.bodyLine]] : [];
    });
}

function fixtureWikiDirs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const child = path.join(dir, entry.name);
    return entry.name === 'wiki' ? [child] : fixtureWikiDirs(child);
  });
}

describe('the scanner agrees with remark', () => {
  const real = [path.join(root, 'content', 'wiki'), ...fixtureWikiDirs(path.join(root, '__tests__', 'fixtures'))].flatMap(bodiesIn);

  it('has real content to compare', () => {
    expect(real.length).toBeGreaterThan(20);
  });

  it.each(real)('on %s', (_, body, bodyLine) => {
    expectSameAsRemark(body, bodyLine);
  });

  describe('on a generated corpus', () => {
    let dir: string;
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-corpus-'));
      generateCorpus(path.join(dir, 'content'), { entries: 300 });
    }, 60_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('of 300 entries and its pages', () => {
      const bodies = ['wiki', 'pages'].flatMap((folder) => bodiesIn(path.join(dir, 'content', folder)));
      expect(bodies.length).toBe(301);
      const differing = bodies.filter(([, body, bodyLine]) => {
        const { scanned, parsed } = bothPaths(body, bodyLine);
        return JSON.stringify(scanned) !== JSON.stringify(parsed);
      });
      expect(differing.map(([name]) => path.basename(name))).toEqual([]);
      // About 3 s on an idle machine; the default 5 s failed it while a build shared the CPU.
    }, 60_000);
  });
});

describe('the scanner on tricky constructs', () => {
  const scan = (body: string, bodyLine = 1) => analyzeBody(body, 'md', bodyLine);

  it('treats fenced code as code: no links, no headings, closed only by a long enough fence', () => {
    const body = '```\n[a](/wiki/a/)\n# not a heading\n```\n\n~~~~\n```\n[b](javascript:x)\n~~~\n~~~~~\n[c](/wiki/c/)';
    expectSameAsRemark(body);
    expect(scan(body)).toMatchObject({ headings: [], problems: [], links: [{ href: '/wiki/c/', line: 11, column: 1 }] });
    expect(scan(body).text).toContain('not a heading');
  });

  it('tells setext headings from thematic breaks and list items', () => {
    const body = 'Foo *bar*\n===\n\nBaz\n---\n\n---\n\n- item\n---\n\n  Qux\n  ---\n\n[a]: /wiki/a/\n===';
    expectSameAsRemark(body);
    expect(scan(body).headings.map((heading) => heading.text)).toEqual(['Foo bar', 'Baz', 'Qux']);
  });

  it('reads ATX headings with closing hashes, escapes and too many hashes', () => {
    const body = '# Setup #\n\n## Setup\n\n### \\#Setup ##\n\n####### seven\n\n#hashtag';
    expectSameAsRemark(body);
    expect(scan(body).headings.map(({ text, id }) => [text, id])).toEqual([
      ['Setup', 'setup'],
      ['Setup', 'setup-1'],
      ['#Setup', 'setup-2'],
    ]);
  });

  it('gives duplicate and entity-laden headings the ids remark gives them', () => {
    const body = '## Caf&eacute; &amp; *bar* `x_y` [link](/wiki/x/) ![alt *e*](/i.png)\n\n## Café & bar x_y link alt e\n\n##\n\n## 1.2.3 Version 🚀';
    expectSameAsRemark(body);
    expect(scan(body).headings.map(({ text, id }) => [text, id])).toEqual([
      ['Café & bar x_y link alt e', 'café--bar-x_y-link-alt-e'],
      ['Café & bar x_y link alt e', 'café--bar-x_y-link-alt-e-1'],
      ['', 'section-3'],
      ['1.2.3 Version 🚀', '123-version-'],
    ]);
  });

  it('finds links with nested brackets in their text, but not escaped ones', () => {
    const body = '[a [b] c](/wiki/a/) [x\\]y](/wiki/x/) \\[no](/wiki/n/) [outer [inner](/wiki/i/)](/wiki/o/)';
    expectSameAsRemark(body);
    expect(scan(body).links.map(({ href, column }) => [href, column])).toEqual([
      ['/wiki/a/', 1],
      ['/wiki/x/', 21],
      ['/wiki/i/', 61],
    ]);
  });

  it('reads destinations in angle brackets, with titles, parentheses and escapes', () => {
    const body = '[x](</wiki/a b/>) [y](/wiki/y/ "t") [z](/wiki/z/ \'t\') [w](/wiki/(w)/) [v](/wiki/v\\)/) [e]() [r](relative)';
    expectSameAsRemark(body);
    // Whitespace is dropped from hrefs, as browsers do.
    expect(scan(body).links.map((link) => link.href)).toEqual(['/wiki/ab/', '/wiki/y/', '/wiki/z/', '/wiki/(w)/', '/wiki/v)/']);
    expect(scan(body).problems.map((problem) => problem.rule)).toEqual(['link-empty', 'link-relative']);
  });

  it('checks reference definitions, wherever they are, and not the references', () => {
    const body = '[ref] and [text][ref] and [ref][] and [none][]\n\n[ref]: /wiki/r/ "Title"\n[REF]: javascript:ignored-duplicate-is-still-checked\n\n[multi]:\n  /wiki/m/\n  "over lines"';
    expectSameAsRemark(body);
    expect(scan(body).links.map(({ href, line, column }) => [href, line, column])).toEqual([
      ['/wiki/r/', 3, 1],
      ['/wiki/m/', 6, 1],
    ]);
    expect(scan(body).problems.map(({ rule, line }) => [rule, line])).toEqual([['url-protocol', 4]]);
    expect(words(scan(body).text)).toEqual(words('ref and text and ref and [none][]'));
  });

  it('applies the URL rules to autolinks and bare URLs', () => {
    const body = '<https://example.org/a> <javascript:alert(1)> <mailto:a@b.org> <a@b.co> https://x.org/a_(b) www.example.com';
    expectSameAsRemark(body);
    expect(scan(body).problems).toMatchObject([{ rule: 'url-protocol', column: 25, message: 'link URL with the "javascript:" scheme is not allowed' }]);
  });

  it('finds bare URLs only where http://, https:// or www. starts, in any case, and not after a letter', () => {
    const body = 'See HTTPS://a.example/x, xhttp://b.example, Www.c.example, wwww.d.example, http:/e.example, httpsx://f.example and h w.';
    expectSameAsRemark(body);
    expect(scanMarkdown(body, 1, limits)?.nodes).toEqual([
      { type: 'link', url: 'HTTPS://a.example/x', line: 1, column: 5 },
      { type: 'link', url: 'http://Www.c.example', line: 1, column: 45 },
    ]);
  });

  it('keeps a line ending decoded from an entity in heading text, and makes it a space in the search text', () => {
    const body = '# a&NewLine;b\n\nc&#10;d `e\nf` g';
    expectSameAsRemark(body);
    expect(scanMarkdown(body, 1, limits)).toMatchObject({ headings: [{ depth: 1, text: 'a\nb', id: 'ab' }], text: 'a b\nc d e f g' });
  });

  it('reads every body and leaf afresh, with nothing left over from the one before', () => {
    const long = 'One [a](/wiki/a/) **b** `c` ![d](https://x.example/d.png) and [e](/wiki/e/)\nmore *f* text\n\n| g | [h](/wiki/h/) |\n|---|---|\n| i | j |\n\nk';
    expect(scanMarkdown(long, 1, limits)).toMatchObject({ text: 'One a b c d and e more f text\ng h i j\nk' });
    expect(scanMarkdown('# Short', 1, limits)).toEqual({ headings: [{ depth: 1, text: 'Short', id: 'short' }], nodes: [], videos: [], text: 'Short', containers: 0 });
    expect(scanMarkdown(long, 1, limits)?.nodes.map((node) => node.type === 'html' || node.url)).toEqual(['/wiki/a/', 'https://x.example/d.png', '/wiki/e/', '/wiki/h/']);
  });

  it('keeps the scheme checks of the parser path: entities, escapes and control characters', () => {
    for (const body of ['[x](&#106;avascript:alert(1))', '[x](java&#x09;script:x)', '[x](<java\tscript:x>)', '[x]( JaVaScRiPt:x )', '![x](http://insecure.example/a.png)']) {
      expectSameAsRemark(body);
      expect(scan(body).problems.map((problem) => problem.rule)).toEqual(['url-protocol']);
    }
  });

  it('reads tables cell by cell: a pipe splits a code span, an escaped one does not split the cell', () => {
    const body = '| a | [b](/wiki/b/) |\n|---|:---:|\n| `c|d` | e \\| f |\n| g\n\ntext\n| x | y |\n| - | - |\n| [z](/wiki/z/) |';
    expectSameAsRemark(body);
    expect(scan(body).links.map(({ href, line, column }) => [href, line, column])).toEqual([
      ['/wiki/b/', 1, 7],
      ['/wiki/z/', 9, 3],
    ]);
    expect(scan(body).text).toBe('a b `c d` e | f g\ntext\nx y z');
  });

  it('warns about raw HTML blocks and inline tags, not comments', () => {
    const body = '<div>\n*hi* [x](/wiki/x/)\n</div>\n\n<!-- a note -->\n\nText <b>bold</b> <!-- inline --> and <br/>.\n\n  <span>indented</span>';
    expectSameAsRemark(body);
    expect(scan(body).problems.map(({ rule, line, column }) => [rule, line, column])).toEqual([
      ['html-ignored', 1, 1],
      ['html-ignored', 7, 6],
      ['html-ignored', 7, 13],
      ['html-ignored', 7, 38],
      ['html-ignored', 9, 3],
      ['html-ignored', 9, 17],
    ]);
    expect(scan(body).links).toEqual([]);
  });

  it('follows block quotes, lazy lines and nested lists to the right positions', () => {
    const body = '> [!NOTE]\n> see [a](/wiki/a/)\nlazy [b](/wiki/b/)\n\n- one\n  - two [c](/wiki/c/)\n\n    para [d](/wiki/d/)\n\n        code [no](/wiki/no/)\n- [x] done [e](/wiki/e/)';
    expectSameAsRemark(body);
    expect(scan(body, 5).links.map(({ href, line, column }) => [href, line, column])).toEqual([
      ['/wiki/a/', 6, 7],
      ['/wiki/b/', 7, 6],
      ['/wiki/c/', 10, 9],
      ['/wiki/d/', 12, 10],
      ['/wiki/e/', 15, 12],
    ]);
  });

  it('pairs emphasis as micromark does, so words do not run together or split', () => {
    const body = 'foo*bar*baz snake_case_word __init__ *a **b** c* ***x*** a * b ~~del~~ ~one~ ~~~no~~~ 2 * 3 * 4 and a*b **c***';
    expectSameAsRemark(body);
    // The last one is micromark's rule of three: `*` in a*b both opens and closes, and pairs with the third `*`.
    expect(scan(body).text).toBe('foobarbaz snake_case_word init a b c x a * b del one ~~~no~~~ 2 * 3 * 4 and ab c');
  });

  it('skips code spans, decodes entities and escapes, and breaks lines into spaces', () => {
    const body = '`` `[x](/wiki/x/)` `` &copy; &#169; &notanentity; \\*not emphasis\\* line  \nbreak\\\nand soft\nwrap';
    expectSameAsRemark(body);
    expect(scan(body)).toMatchObject({ links: [], text: '`[x](/wiki/x/)` © © &notanentity; *not emphasis* line break and soft wrap' });
  });

  it('makes video cards of the same paragraphs as remarkVideoCards, titled the same way', () => {
    const url = 'https://www.youtube.com/watch?v=fUfbWAHSygo';
    const body = [
      '## Tour',
      `[![Watch on YouTube](${url})](${url})`,
      'https://youtu.be/fUfbWAHSygo?t=30',
      `[The keynote](${url})`,
      '<https://www.youtube.com/embed/fUfbWAHSygo>',
      `A [talk](${url}) in a sentence.`,
      'https://youtu.be/fUfbWAHSygo.',
      `*[emphasised](${url})*`,
      `- [listed](${url})`,
    ].join('\n\n');
    expectSameAsRemark(body);
    expect(scan(body).videos).toEqual([
      { id: 'fUfbWAHSygo', title: 'Tour' },
      { id: 'fUfbWAHSygo', title: 'Tour', start: 30 },
      { id: 'fUfbWAHSygo', title: 'The keynote' },
      { id: 'fUfbWAHSygo', title: 'Tour' },
      { id: 'fUfbWAHSygo', title: 'listed' },
    ]);
  });

  it('leaves no Markdown punctuation in the search text, one line per top-level block', () => {
    const body = '# Title\n\nSome **bold** and _em_ with [a link](https://example.org/path) and `code`.\n\n> quoted `x`\n\n| a | b |\n|---|---|\n| c | d |\n\n- [x] task\n- item\n\n```js\nconst a = 1;\n```';
    expectSameAsRemark(body);
    const lines = scan(body).text.split('\n');
    expect(lines).toEqual(['Title', 'Some bold and em with a link and code.', 'quoted x', 'a b c d', 'task item', 'const a = 1;']);
  });

  it('handles CR LF line endings', () => {
    expectSameAsRemark('Foo\r\nbar\r\n===\r\n\r\n> a [x](/wiki/x/)\r\n> b  \r\n> ---\r\n\r\n- a\r\n\r\n  [y](/wiki/y/)');
  });

  it('leaves what it does not model to the parser', () => {
    expect(scanMarkdown('Text[^1].\n\n[^1]: A footnote.', 1, limits)).toBeNull();
    expect(scanMarkdown('old\rmac', 1, limits)).toBeNull();
    expect(scanMarkdown('*a '.repeat(200) + 'b* '.repeat(200), 1, limits)).toBeNull();
    expect(scanMarkdown('>'.repeat(50), 1, limits)).toBeNull();
    expect(analyzeBody('Text[^1].\n\n[^1]: [a](/wiki/a/)', 'md').links).toMatchObject([{ href: '/wiki/a/', line: 3, column: 7 }]);
  });
});
