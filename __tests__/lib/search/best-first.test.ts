import { bestFirst } from '@/lib/search/best-first';

/** What MiniSearch does: a stable sort of every item by descending score. */
const stableOrder = (scores: number[]) => scores.map((score, position) => ({ score, position })).sort((a, b) => b.score - a.score).map(({ position }) => position);

describe('bestFirst', () => {
  // Few distinct scores, so most items tie: ties must keep the order they were found in.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const scores = Array.from({ length: 500 }, () => Math.floor(random() * 12) / 4);

  it.each([0, 1, 3, 10, 124, 125, 126, 300, 500, 900])('gives the best %i in a stable sort’s order', (k) => {
    expect(bestFirst(Float64Array.from(scores), scores.length, k)).toEqual(stableOrder(scores).slice(0, k));
  });

  it('reads only the first `count` scores', () => {
    const padded = Float64Array.from([...scores.slice(0, 40), 99, 99, 99]);
    expect(bestFirst(padded, 40, 5)).toEqual(stableOrder(scores.slice(0, 40)).slice(0, 5));
  });

  it('handles nothing to rank', () => {
    expect(bestFirst(new Float64Array(0), 0, 10)).toEqual([]);
  });
});
