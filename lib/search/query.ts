import { normalizeTag } from '@/lib/content/schema';

/** Longer queries are cut here and the page says so: no reader types more, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;

export interface ParsedQuery {
  /** The query as the reader typed it (after the cap), for the search box and the page. */
  raw: string;
  /** Free text to match, phrases included, filters removed. */
  text: string;
  /** Exact phrases written in double quotes. */
  phrases: string[];
  /** `tag:name` filters, normalised like frontmatter tags. */
  tags: string[];
  /** The input was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

// Control and bidi-override characters carry no meaning in a query and can garble the results page.
const INVISIBLE = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Reads `q` from a URL: a repeated parameter uses its first value; anything missing is an empty query. */
export function firstValue(value: string | string[] | null | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export function parseQuery(input: string | string[] | null | undefined): ParsedQuery {
  const cleaned = firstValue(input).normalize('NFC').replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const truncated = [...cleaned].length > MAX_QUERY_LENGTH;
  const raw = truncated ? [...cleaned].slice(0, MAX_QUERY_LENGTH).join('').trim() : cleaned;

  const tags: string[] = [];
  const phrases: string[] = [];
  const rest = raw
    .replace(/(?:^|\s)tag:(\S+)/gi, (_, tag: string) => {
      const normalized = normalizeTag(tag);
      if (normalized && !tags.includes(normalized)) tags.push(normalized);
      return ' ';
    })
    .replace(/"([^"]+)"/g, (_, phrase: string) => {
      if (phrase.trim()) phrases.push(phrase.trim());
      return ` ${phrase} `;
    })
    .replace(/"/g, ' ');

  return { raw, text: rest.replace(/\s+/g, ' ').trim(), phrases, tags, truncated };
}
