import { remarkVideoCards } from '@/lib/markdown/remark-video-cards';
import { runRemark, strip } from './process';

function nodes(markdown: string) {
  return strip(runRemark(markdown, [remarkVideoCards]).tree.children);
}

const attrs = (node: unknown) => Object.fromEntries(((node as { attributes?: Array<{ name: string; value: string }> }).attributes ?? []).map((a) => [a.name, a.value]));

describe('remarkVideoCards', () => {
  it('turns the seed’s linked thumbnail into a VideoCard titled by its section', () => {
    const [heading, card] = nodes('## See it in motion\n\n[![Watch on YouTube](https://www.youtube.com/watch?v=fUfbWAHSygo)](https://www.youtube.com/watch?v=fUfbWAHSygo)');
    expect(heading).toMatchObject({ type: 'heading' });
    expect(card).toMatchObject({ type: 'mdxJsxFlowElement', name: 'VideoCard', children: [] });
    expect(attrs(card)).toEqual({ id: 'fUfbWAHSygo', title: 'See it in motion' });
  });

  it.each([
    ['a bare URL', 'https://youtu.be/fUfbWAHSygo?t=30', { id: 'fUfbWAHSygo', title: 'Video on YouTube', start: '30' }],
    ['an autolink', '<https://www.youtube.com/embed/fUfbWAHSygo>', { id: 'fUfbWAHSygo', title: 'Video on YouTube' }],
    ['a linked title', '[The consensus talk](https://www.youtube.com/shorts/fUfbWAHSygo)', { id: 'fUfbWAHSygo', title: 'The consensus talk' }],
  ])('turns %s alone in a paragraph into a card', (_, markdown, expected) => {
    expect(attrs(nodes(markdown)[0])).toEqual(expected);
  });

  it('leaves a YouTube link inside a sentence as a link', () => {
    expect(nodes('Watch [this talk](https://youtu.be/fUfbWAHSygo) later.')[0]).toMatchObject({ type: 'paragraph' });
  });

  it('leaves other links and malformed ids alone', () => {
    expect(nodes('https://example.org/video')[0]).toMatchObject({ type: 'paragraph' });
    expect(nodes('https://www.youtube.com/watch?v=tooShort')[0]).toMatchObject({ type: 'paragraph' });
  });
});
