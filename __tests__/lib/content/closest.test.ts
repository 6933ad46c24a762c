import { closestMatches, didYouMean, editDistance, swapAwareDistance } from '@/lib/content/closest';

describe('closest matches', () => {
  const slugs = ['chain-key-cryptography', 'cloud-engines', 'canisters', 'cycles', 'subnets'];

  it('measures edit distance and gives up past a limit', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('counts a swapped pair of neighbouring letters as one edit when asked to', () => {
    expect(swapAwareDistance('cycels', 'cycles')).toBe(1);
    expect(editDistance('cycels', 'cycles')).toBe(2);
    expect(swapAwareDistance('gsa', 'gas')).toBe(1);
    expect(swapAwareDistance('kitten', 'sitting')).toBe(3);
    expect(swapAwareDistance('alert', 'let')).toBe(2);
    expect(swapAwareDistance('', 'abc')).toBe(3);
    expect(swapAwareDistance('same', 'same')).toBe(0);
  });

  it('measures long strings too, and gives the same answer either way round', () => {
    const long = 'chain-key-cryptography-'.repeat(6);
    expect(editDistance(long, `${long}xy`)).toBe(2);
    expect(editDistance(`${long}xy`, long)).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('offers the name that differs only in case', () => {
    expect(didYouMean('Cycles', slugs)).toBe('did you mean "cycles"?');
    expect(didYouMean('cycles', slugs)).toBeUndefined();
  });

  it('finds typos and prefixes, nearest first', () => {
    expect(closestMatches('cloud-engine', slugs)).toEqual(['cloud-engines']);
    expect(closestMatches('canister', slugs)).toEqual(['canisters']);
    expect(closestMatches('chain-key', slugs)).toEqual(['chain-key-cryptography']);
    expect(closestMatches('zzzz', slugs)).toEqual([]);
  });

  it('phrases a hint only when there is a match', () => {
    expect(didYouMean('tittle', ['title', 'tags'])).toBe('did you mean "title"?');
    expect(didYouMean('qqqqqq', ['title'])).toBeUndefined();
  });
});
