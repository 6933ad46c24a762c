import type { HeadingInfo } from '@/lib/markdown/remark-heading-ids';
import type { BodyFormat, InternalLinkRef, VideoInfo } from '@/lib/markdown/analyze';

export type { HeadingInfo, BodyFormat, InternalLinkRef, VideoInfo };

interface DocumentBase {
  slug: string;
  title: string;
  description: string;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD, or null when never updated */
  updated: string | null;
  /** Path of the source file as shown in reports, e.g. `content/wiki/canisters.md`. */
  file: string;
  format: BodyFormat;
  body: string;
  /** File line on which `body` starts. */
  bodyLine: number;
  headings: HeadingInfo[];
  links: InternalLinkRef[];
  videos: VideoInfo[];
  /** Body text without Markdown syntax, for search. */
  text: string;
}

export interface Entry extends DocumentBase {
  kind: 'entry';
  tags: string[];
  related: string[];
  cover: string | null;
  hub: boolean;
  draft: boolean;
  aliases: string[];
}

/** A standalone page such as /document-library/. */
export interface Page extends DocumentBase {
  kind: 'page';
}

export type WikiDocument = Entry | Page;

export type RelatedReason =
  | { kind: 'listed' }
  | { kind: 'lists-this' }
  | { kind: 'shared-tags'; tags: string[] };

export interface RelatedEntry {
  entry: Entry;
  reason: RelatedReason;
}

export interface TagSummary {
  tag: string;
  count: number;
}

/** Latest of date and updated: what "recently updated" sorts on. */
export function lastModified(document: Pick<DocumentBase, 'date' | 'updated'>): string {
  return document.updated ?? document.date;
}
