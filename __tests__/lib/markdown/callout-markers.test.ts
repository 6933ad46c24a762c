import { analyzeBody } from '@/lib/markdown/analyze';
import { findUnknownCalloutMarkers } from '@/lib/markdown/callout-markers';

describe('findUnknownCalloutMarkers', () => {
  it('warns about a quote opening with a marker that is no callout type, at the marker', () => {
    expect(findUnknownCalloutMarkers('Text.\n\n> [!NOTES]\n> Body.\n', 10)).toEqual([
      { line: 12, column: 3, severity: 'warning', rule: 'callout-unknown', message: '"[!NOTES]" is not a callout type, so the quote shows it as text', hint: 'did you mean "[!NOTE]"?' },
    ]);
    expect(findUnknownCalloutMarkers('> [!Warn] Careful\n> Body.', 1)[0]?.hint).toBe('did you mean "[!WARNING]"?');
    expect(findUnknownCalloutMarkers('> [!INFO]\n> Body.', 1)[0]?.hint).toBe('use NOTE, TIP, IMPORTANT, WARNING, CAUTION');
  });

  it('leaves the five types in any case, markers inside code or later in a quote, and bodies without any', () => {
    expect(findUnknownCalloutMarkers('> [!NOTE]\n> a\n\n> [!caution]\n> b', 1)).toEqual([]);
    expect(findUnknownCalloutMarkers('```md\n> [!NOTES]\n```\n\n~~~\n> [!INFO]\n~~~', 1)).toEqual([]);
    expect(findUnknownCalloutMarkers('> Quote\n> [!NOTES] in the middle', 1)).toEqual([]);
    expect(findUnknownCalloutMarkers('No markers at all.', 1)).toEqual([]);
  });

  it('is part of the body analysis, for .md and .mdx alike', () => {
    expect(analyzeBody('> [!NOTES]\n> Body.', 'md', 8).problems.map((problem) => [problem.rule, problem.line])).toEqual([['callout-unknown', 8]]);
    expect(analyzeBody('> [!NOTES]\n> Body.', 'mdx', 8).problems.map((problem) => [problem.rule, problem.line])).toEqual([['callout-unknown', 8]]);
  });
});
