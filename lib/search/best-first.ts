/** Whether the item at `a` ranks before the one at `b`: higher score first, then the one found first. */
const before = (scores: Float64Array, a: number, b: number): boolean => (scores[a] as number) > (scores[b] as number) || ((scores[a] as number) === (scores[b] as number) && a < b);

/**
 * The positions of the `k` best of `scores[0 .. count)`, best first, in exactly the order a stable
 * sort by descending score gives (MiniSearch's order: ties keep the order the matches were found in).
 *
 * A results page needs the best ten of thousands of matches: a heap of `k` finds them without
 * sorting the rest. Past a quarter of the list a full sort is as quick.
 */
export function bestFirst(scores: Float64Array, count: number, k: number): number[] {
  const wanted = Math.max(0, Math.min(k, count));
  if (wanted === 0) return [];
  if (wanted * 4 >= count) {
    const order = Array.from({ length: count }, (_, position) => position);
    order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    order.length = wanted;
    return order;
  }
  // A heap whose root is the worst of the best found so far.
  const heap: number[] = [];
  const worse = (a: number, b: number): boolean => before(scores, b, a);
  const siftDown = (from: number): void => {
    let parent = from;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && worse(heap[left] as number, heap[worst] as number)) worst = left;
      if (right < heap.length && worse(heap[right] as number, heap[worst] as number)) worst = right;
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst] as number, heap[parent] as number];
      parent = worst;
    }
  };
  for (let position = 0; position < count; position += 1) {
    if (heap.length < wanted) {
      heap.push(position);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!worse(heap[child] as number, heap[parent] as number)) break;
        [heap[parent], heap[child]] = [heap[child] as number, heap[parent] as number];
        child = parent;
      }
    } else if (before(scores, position, heap[0] as number)) {
      heap[0] = position;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(scores, a, b) ? -1 : 1));
}
