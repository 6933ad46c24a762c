import { remarkHeadingIds } from '@/lib/markdown/remark-heading-ids';
import { runRemark } from './process';

describe('remarkHeadingIds', () => {
  it('gives headings unique GitHub-style ids and records them', () => {
    const { tree, file } = runRemark('## What ICP does\n\n## Setup\n\n### Setup\n\n## `Code` & *emphasis*!\n\n## Réseau', [remarkHeadingIds]);
    expect(file.data.headings).toEqual([
      { depth: 2, text: 'What ICP does', id: 'what-icp-does' },
      { depth: 2, text: 'Setup', id: 'setup' },
      { depth: 3, text: 'Setup', id: 'setup-1' },
      { depth: 2, text: 'Code & emphasis!', id: 'code--emphasis' },
      { depth: 2, text: 'Réseau', id: 'réseau' },
    ]);
    expect(tree.children[0]?.data).toEqual({ hProperties: { id: 'what-icp-does' } });
  });

  it('gives a heading with no letters a positional id', () => {
    const { file } = runRemark('## !!!', [remarkHeadingIds]);
    expect(file.data.headings?.[0]?.id).toBe('section-1');
  });
});
