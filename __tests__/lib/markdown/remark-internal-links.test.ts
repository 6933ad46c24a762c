import type { Link, Paragraph } from 'mdast';
import { remarkInternalLinks } from '@/lib/markdown/remark-internal-links';
import { runRemark } from './process';

function link(markdown: string, exists?: (target: { kind: string }) => boolean): Link {
  const { tree } = runRemark(markdown, [[remarkInternalLinks, { exists }]]);
  return (tree.children[0] as Paragraph).children[0] as Link;
}

describe('remarkInternalLinks', () => {
  it('adds the trailing slash the site’s canonical URLs use, keeping anchors', () => {
    expect(link('[x](/wiki/canisters)').url).toBe('/wiki/canisters/');
    expect(link('[x](/wiki/canisters#install)').url).toBe('/wiki/canisters/#install');
    expect(link('[x](/document-library)').url).toBe('/document-library/');
  });

  it('leaves external links untouched', () => {
    expect(link('[x](https://internetcomputer.org/docs)').url).toBe('https://internetcomputer.org/docs');
  });

  it('marks links whose target does not exist', () => {
    expect(link('[x](/wiki/missing/)', () => false).data).toEqual({ hProperties: { 'data-missing': 'true' } });
    expect(link('[x](/wiki/present/)', () => true).data).toBeUndefined();
  });
});
