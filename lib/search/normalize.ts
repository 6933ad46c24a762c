/**
 * Text whose folding is plain ASCII lowercasing: ASCII plus the no-break space and the General
 * Punctuation block (dashes, curly quotes), which hold no letters, digits, marks or cases.
 */
const PLAIN = /^[\x00-\x7F\u00A0\u2000-\u206F]*$/;

/** True when `foldTerm(text)` is `text.toLowerCase()`: most prose, so callers can skip Unicode work. */
export const isPlainText = (text: string): boolean => PLAIN.test(text);

/** Case and diacritic folding shared by indexing, querying and highlighting: `Réseau` → `reseau`. */
export function foldTerm(term: string): string {
  // Most text is plain ASCII: skip Unicode decomposition for it.
  if (PLAIN.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words as the index sees them: runs of letters and digits in any script. */
export const WORD = /[\p{L}\p{N}]+/gu;
// In plain text the same words, without the cost of Unicode property classes (the index reads megabytes).
const ASCII_WORD = /[a-z0-9]+/g;

/** Too common to tell entries apart; dropped from the index and from queries. */
export const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with']);

/**
 * The folded words of a text, stop words and single characters dropped (the `s` of a possessive,
 * the `t` of "don't": in most entries and never what a reader searches for). Folding the whole text once, rather than word by
 * word, is what keeps indexing 10,000 entries fast; folding is per character, so the words are the same.
 */
export function foldedWords(text: string): string[] {
  const plain = PLAIN.test(text);
  const folded = plain ? text.toLowerCase() : foldTerm(text);
  const words = folded.match(plain ? ASCII_WORD : WORD);
  if (!words) return [];
  let kept = 0;
  for (const word of words) if (word.length > 1 && !STOP_WORDS.has(word)) words[kept++] = word;
  words.length = kept;
  return words;
}
