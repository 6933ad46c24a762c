import { buildSnippet, highlight } from '@/lib/search/snippet';

const render = (parts: Array<{ text: string; match: boolean }>) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('highlight', () => {
  it('marks matched words whatever their case or accents', () => {
    expect(render(highlight('Chain-key signs; the CHAIN stays. Réseau!', new Set(['chain', 'reseau'])))).toBe('[Chain]-key signs; the [CHAIN] stays. [Réseau]!');
  });

  it('leaves text without matches as one plain part', () => {
    expect(highlight('nothing here', new Set(['x']))).toEqual([{ text: 'nothing here', match: false }]);
  });
});

describe('buildSnippet', () => {
  const text = `${'Filler words about nothing in particular. '.repeat(20)}The subnet signs with its threshold key, and the key never leaves the subnet. ${'More filler to pad the end. '.repeat(20)}`;

  it('picks the passage with the most matches and cuts at word boundaries', () => {
    const snippet = render(buildSnippet(text, new Set(['key', 'subnet']), 120));
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('The [subnet] signs with its threshold [key], and the [key] never leaves');
    expect(snippet.length).toBeLessThan(140);
  });

  it('falls back to the opening of the text when nothing matches', () => {
    expect(render(buildSnippet('Short text.', new Set()))).toBe('Short text.');
  });
});
