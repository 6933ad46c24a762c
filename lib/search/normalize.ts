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

/** FNV-1a over a word's UTF-16 code units: how the index builder files words without making strings. */
export const HASH_START = 0x811c9dc5;
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 0x01000193);
export function hashWord(word: string): number {
  let hash = HASH_START;
  for (let i = 0; i < word.length; i += 1) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

/**
 * The words `foldedWords` finds in a plain text (see isPlainText), stop words included, as ranges
 * of `text` with the hash of their lowercased form (`hashWord` of the word), without making a
 * string for each: the index builder reads 6 million words at 10,000 entries and needs a string
 * only for each distinct one. Callers drop stop words themselves.
 */
export function forEachPlainWord(text: string, visit: (start: number, end: number, hash: number) => void): void {
  let start = -1;
  let hash = HASH_START;
  for (let i = 0; i <= text.length; i += 1) {
    let code = i < text.length ? text.charCodeAt(i) : 32;
    if (code >= 65 && code <= 90) code += 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) {
        start = i;
        hash = HASH_START;
      }
      hash = hashStep(hash, code);
    } else if (start >= 0) {
      if (i - start > 1) visit(start, i, hash);
      start = -1;
    }
  }
}
