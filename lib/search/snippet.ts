import { foldTerm, isPlainText, WORD } from './normalize';

export interface SnippetPart {
  text: string;
  /** A matched word, shown with <mark>. */
  match: boolean;
}

/** Splits text into plain and matched parts; a word matches when its folded form is one of `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const word of text.matchAll(WORD)) {
    if (!terms.has(foldTerm(word[0]))) continue;
    if (word.index > last) parts.push({ text: text.slice(last, word.index), match: false });
    parts.push({ text: word[0], match: true });
    last = word.index + word[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return merge(parts);
}

/**
 * The passage of `text` (about `length` characters) that holds the most matched words, cut at
 * word boundaries, with its matches marked. Without any match it is the opening of the text.
 */
export function buildSnippet(text: string, terms: ReadonlySet<string>, length = 220): SnippetPart[] {
  const matches = matchPositions(text, terms);
  let start = 0;
  if (matches.length > 0) {
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < matches.length; i += 1) {
      while (j < matches.length && (matches[j] as number) - (matches[i] as number) < length - 60) j += 1;
      if (j - i > bestCount) {
        bestCount = j - i;
        best = matches[i] as number;
      }
    }
    start = Math.max(0, best - 60);
  }
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space > start + 30 ? start : space + 1;
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + length / 2 ? space : end;
  }
  const passage = text.slice(start, end).replace(/\s+/g, ' ');
  const parts = highlight(passage, terms);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < text.length) parts.push({ text: ' …', match: false });
  return merge(parts);
}

/**
 * Where matched words start. In plain text one pattern of the (ASCII) terms runs over the
 * lowercased text, instead of splitting all of it into words: a snippet per hit, ten hits a page.
 */
function matchPositions(text: string, terms: ReadonlySet<string>): number[] {
  const positions: number[] = [];
  if (terms.size === 0) return positions;
  if (isPlainText(text)) {
    const plainTerms = [...terms].filter((term) => /^[a-z0-9]+$/.test(term));
    if (plainTerms.length === 0) return positions;
    const pattern = new RegExp(`(?<![a-z0-9])(?:${plainTerms.join('|')})(?![a-z0-9])`, 'g');
    for (const match of text.toLowerCase().matchAll(pattern)) positions.push(match.index);
    return positions;
  }
  for (const word of text.matchAll(WORD)) if (terms.has(foldTerm(word[0]))) positions.push(word.index);
  return positions;
}

function merge(parts: SnippetPart[]): SnippetPart[] {
  return parts.reduce<SnippetPart[]>((merged, part) => {
    const previous = merged[merged.length - 1];
    if (previous && !previous.match && !part.match) previous.text += part.text;
    else merged.push({ ...part });
    return merged;
  }, []);
}
