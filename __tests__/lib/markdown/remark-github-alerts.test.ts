import { remarkGithubAlerts } from '@/lib/markdown/remark-github-alerts';
import { runRemark, strip } from './process';

function firstNode(markdown: string) {
  return strip(runRemark(markdown, [remarkGithubAlerts]).tree.children[0]);
}

describe('remarkGithubAlerts', () => {
  it('turns the seed form (marker and text in one paragraph) into a Callout', () => {
    expect(firstNode('> [!NOTE]\n> Canisters are &ldquo;smart contracts&rdquo;.')).toEqual({
      type: 'mdxJsxFlowElement',
      name: 'Callout',
      attributes: [{ type: 'mdxJsxAttribute', name: 'type', value: 'note' }],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Canisters are “smart contracts”.' }] }],
    });
  });

  it('handles a marker alone in its paragraph', () => {
    const node = firstNode('> [!WARNING]\n>\n> Mind the cycles.\n>\n> Second paragraph.');
    expect(node).toMatchObject({ name: 'Callout', attributes: [{ name: 'type', value: 'warning' }] });
    expect((node as { children: unknown[] }).children).toHaveLength(2);
  });

  it.each(['note', 'tip', 'important', 'warning', 'caution'])('recognises [!%s] in any case', (type) => {
    expect(firstNode(`> [!${type.toUpperCase()}]\n> Text`)).toMatchObject({ attributes: [{ value: type }] });
    expect(firstNode(`> [!${type}]\n> Text`)).toMatchObject({ attributes: [{ value: type }] });
  });

  it('takes text after the marker as a custom title', () => {
    expect(firstNode('> [!TIP] Save cycles\n> Batch your calls.')).toMatchObject({
      attributes: [
        { name: 'type', value: 'tip' },
        { name: 'title', value: 'Save cycles' },
      ],
      children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Batch your calls.' }] }],
    });
  });

  it('keeps inline formatting after the marker', () => {
    const node = firstNode('> [!NOTE]\n> **Bold** start.') as { children: Array<{ children: Array<{ type: string }> }> };
    expect(node.children[0]?.children[0]?.type).toBe('strong');
  });

  it('leaves ordinary quotes and unknown markers alone', () => {
    expect(firstNode('> Just a quote.')).toMatchObject({ type: 'blockquote' });
    expect(firstNode('> [!DANGER]\n> Not a GitHub alert.')).toMatchObject({ type: 'blockquote' });
    expect(firstNode('> Text then [!NOTE]')).toMatchObject({ type: 'blockquote' });
  });
});
