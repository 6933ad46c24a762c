/** Case and diacritic folding shared by indexing, querying and highlighting: `Réseau` → `reseau`. */
export function foldTerm(term: string): string {
  // Most words are plain ASCII: skip Unicode decomposition for them (indexing folds every word).
  if (/^[\x00-\x7F]*$/.test(term)) return term.toLowerCase();
  return term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Words as the index sees them: runs of letters and digits in any script. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** Too common to tell entries apart; dropped from the index and from queries. */
export const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'this', 'to', 'was', 'with']);
