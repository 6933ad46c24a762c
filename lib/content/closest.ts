/** Edit distance (insertions, deletions, substitutions), bounded: returns `limit + 1` once it is exceeded. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
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
    const haystack = candidate.toLowerCase();
    if (haystack === needle) continue;
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
