/** Two rows of the distance table, reused across calls: a lookup compares against every slug. */
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Edit distance (insertions, deletions, substitutions), bounded: returns `limit + 1` once it is exceeded. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (previousRow.length < width) {
    previousRow = new Int32Array(width * 2);
    currentRow = new Int32Array(width * 2);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const code = a.charCodeAt(i - 1);
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < width; j += 1) {
      const substitution = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const finished = current;
    current = previous;
    previous = finished;
  }
  return previous[b.length] as number;
}

/**
 * `editDistance`, except that two words differing only by one swap of neighbouring letters are one
 * edit apart, as typists make it: "cycels" is one typo from "cycles", not two. For single words.
 */
export function swapAwareDistance(a: string, b: string): number {
  return isOneSwapApart(a, b) ? 1 : editDistance(a, b);
}

function isOneSwapApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = 0;
  while (first < a.length && a[first] === b[first]) first += 1;
  return first < a.length - 1 && a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/**
 * Candidates close to `input`, nearest first: within an edit distance that grows with the length
 * of the input, or sharing a prefix/containment (so `chain-key` finds `chain-key-cryptography`).
 */
export function closestMatches(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of candidates) {
    // Only the name itself is skipped: one that differs in case alone ("Cycles") is the best match.
    if (candidate === input) continue;
    const haystack = candidate.toLowerCase();
    const distance = editDistance(needle, haystack, limit);
    if (distance <= limit) {
      scored.push({ candidate, score: distance });
    } else if (needle.length >= 3 && (haystack.startsWith(needle) || haystack.includes(needle) || needle.includes(haystack))) {
      scored.push({ candidate, score: limit + 1 + Math.abs(haystack.length - needle.length) / 100 });
    }
  }
  return scored
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, max)
    .map((item) => item.candidate);
}

export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const [best] = closestMatches(input, candidates, 1);
  return best === undefined ? undefined : `did you mean "${best}"?`;
}
