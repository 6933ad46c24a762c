import { analyzeBody } from '@/lib/markdown/analyze';
import { CONTAINER_BUDGET, EMPHASIS_BUDGET, containerOpenings, emphasisCost } from '@/lib/markdown/parse-cost';

describe('emphasisCost', () => {
  it('squares the runs of each paragraph and names the densest', () => {
    expect(emphasisCost('*a* and _b_\n\nplain\n\n**c** ~~d~~ e*f*g\n')).toEqual({ cost: 4 * 4 + 0 + 6 * 6, densestLine: 4, densestRuns: 6 });
  });

  it('counts a paragraph over all its lines, inside block quotes too', () => {
    expect(emphasisCost('> *a*\n> *b*\n> *c*\n').cost).toBe(6 * 6);
  });

  it('leaves out fenced code and code spans', () => {
    expect(emphasisCost('```\n*a* *b* *c*\n```\n\nuse `a*b*c` or `__init__` *here*\n').cost).toBe(2 * 2);
    expect(emphasisCost('~~~js\nconst x = a * b * c;\n~~~\n').cost).toBe(0);
    expect(emphasisCost('- item\n\n    ```c\n    int *p = *q * *r;\n    ```\n').cost).toBe(0);
  });

  it('starts a new count at each list item, heading and table row, which the parser reads apart', () => {
    expect(emphasisCost('- *a*\n- *b*\n* *c*\n1. *d*\n').cost).toBe(4 * (2 * 2));
    expect(emphasisCost('# *Title*\n## *Sub*\n').cost).toBe(2 * (2 * 2));
    expect(emphasisCost('| *a* | *b* |\n| --- | --- |\n| *c* | *d* |\n| *e* | *f* |\n').cost).toBe(3 * (4 * 4));
  });

  it('does not let a pipe in a paragraph split it, only a real table', () => {
    expect(emphasisCost('*a* | *b*\n*c* | *d*\n').cost).toBe(8 * 8);
  });
});

describe('analyzeBody and emphasis', () => {
  it('refuses a body whose emphasis would take the parser seconds, at the densest paragraph', () => {
    const body = 'Intro.\n\n' + '*a _b '.repeat(1500) + 'x' + ' b_ a*'.repeat(1500) + '\n';
    expect(emphasisCost(body).cost).toBeGreaterThan(EMPHASIS_BUDGET);
    expect(analyzeBody(body, 'md', 10).problems).toEqual([expect.objectContaining({ rule: 'emphasis-excessive', line: 12, severity: 'error' })]);
    expect(analyzeBody(body, 'mdx', 10).problems).toEqual([expect.objectContaining({ rule: 'emphasis-excessive', line: 12 })]);
  });

  it('still reads a body with plenty of ordinary emphasis', () => {
    const body = Array.from({ length: 300 }, (_, index) => `Paragraph ${index} with **bold**, _italic_ and ~~struck~~ words.`).join('\n\n');
    expect(analyzeBody(body, 'md', 1, { exact: true }).problems).toEqual([]);
  });
});

describe('containerOpenings', () => {
  it('counts a block quote once over the lines that continue it, and again after a blank line', () => {
    expect(containerOpenings('> a\n> b\n> c\n').openings).toBe(1);
    expect(containerOpenings('> a\n\n> b\n').openings).toBe(2);
    expect(containerOpenings('>>> a\n\n> > > b\n').openings).toBe(6);
    expect(containerOpenings('> a\n>> b\n').openings).toBe(2);
  });

  it('counts every list item, nested ones too, and nothing in fenced code', () => {
    expect(containerOpenings('- a\n- b\n  - c\n1. d\n2) e\n').openings).toBe(5);
    expect(containerOpenings('- > quoted item\n').openings).toBe(2);
    expect(containerOpenings('```\n> not a quote\n- not an item\n```\n-1 is a number\n').openings).toBe(0);
  });

  it('names the line where the budget is passed', () => {
    const body = '>'.repeat(40) + ' x\n\n';
    const count = containerOpenings(body.repeat(600));
    expect(count.openings).toBe(24_000);
    expect(count.overLine).toBe(2 * Math.floor(CONTAINER_BUDGET / 40));
    expect(containerOpenings(body.repeat(400)).overLine).toBe(-1);
  });
});

describe('analyzeBody and containers', () => {
  it('refuses a small body that would expand to tens of thousands of quotes, read by either parser', () => {
    const body = 'Intro.\n\n' + ('>'.repeat(40) + ' x\n\n').repeat(600);
    for (const format of ['md', 'mdx'] as const) {
      expect(analyzeBody(body, format, 10).problems).toEqual([
        expect.objectContaining({ rule: 'containers-excessive', severity: 'error', line: 10 + 2 + 2 * Math.floor(CONTAINER_BUDGET / 40) }),
      ]);
    }
  });
});
