import { MAX_QUERY_LENGTH, parseQuery } from '@/lib/search/query';

describe('parseQuery', () => {
  it('separates free text, quoted phrases and tag filters', () => {
    expect(parseQuery('  chain   "threshold key" tag:Cryptography tag:core-concept ')).toEqual({
      raw: 'chain "threshold key" tag:Cryptography tag:core-concept',
      text: 'chain threshold key',
      phrases: ['threshold key'],
      tags: ['cryptography', 'core-concept'],
      truncated: false,
    });
  });

  it('uses the first value of a repeated parameter and treats a missing one as empty', () => {
    expect(parseQuery(['first', 'second']).raw).toBe('first');
    expect(parseQuery(undefined).raw).toBe('');
    expect(parseQuery([]).raw).toBe('');
  });

  it('caps the length and says so', () => {
    const result = parseQuery('a'.repeat(10_000));
    expect(result.raw).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.truncated).toBe(true);
  });

  it('counts characters, not UTF-16 units, when capping', () => {
    expect([...parseQuery('😀'.repeat(300)).raw]).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('drops control and bidi-override characters and an unbalanced quote', () => {
    expect(parseQuery('evil\u202Etxt\u0000 "open').text).toBe('evil txt open');
  });

  it('keeps regex metacharacters as plain text', () => {
    expect(parseQuery('.*( [ \\').text).toBe('.*( [ \\');
  });
});
