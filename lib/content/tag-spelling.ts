import { editDistance } from './closest';
import type { ContentProblem } from './errors';

interface TaggedDocument {
  file: string;
  tags: readonly string[];
}

/** A tag and the spellings compared for near-duplicates, worked out once per tag rather than once per pair. */
interface TagForms {
  tag: string;
  withoutHyphens: string;
  singular: string;
}

function formsOf(tag: string): TagForms {
  return { tag, withoutHyphens: tag.replace(/-/g, ''), singular: tag.replace(/(?:es|s)$/, '') };
}

/** `core-concept` and `core-concepts`, `governance` and `governence`: one topic split in two. */
function nearDuplicate(a: TagForms, b: TagForms): boolean {
  if (a.withoutHyphens === b.withoutHyphens) return true;
  if (a.singular === b.singular) return true;
  return Math.min(a.tag.length, b.tag.length) >= 6 && editDistance(a.tag, b.tag, 1) <= 1;
}

/**
 * Warns where a tag is a near-duplicate of a more common one, on each entry using the rarer
 * spelling. Compares distinct tags only, so the cost grows with the vocabulary, not the entries.
 */
export function findNearDuplicateTags(documents: readonly TaggedDocument[], locate: (document: TaggedDocument, index: number) => { line: number; column: number }): ContentProblem[] {
  const usage = new Map<string, number>();
  for (const document of documents) for (const tag of document.tags) usage.set(tag, (usage.get(tag) ?? 0) + 1);
  const tags = [...usage.keys()].sort().map(formsOf);
  const preferred = new Map<string, string>();
  for (let i = 0; i < tags.length; i += 1) {
    for (let j = i + 1; j < tags.length; j += 1) {
      if (!nearDuplicate(tags[i] as TagForms, tags[j] as TagForms)) continue;
      const [a, b] = [(tags[i] as TagForms).tag, (tags[j] as TagForms).tag];
      const [rare, common] = (usage.get(a) ?? 0) < (usage.get(b) ?? 0) || ((usage.get(a) ?? 0) === (usage.get(b) ?? 0) && a > b) ? [a, b] : [b, a];
      if (!preferred.has(rare)) preferred.set(rare, common);
    }
  }
  // Usually no tag has a near-duplicate, and then no entry needs looking at again.
  if (preferred.size === 0) return [];
  return documents.flatMap((document) =>
    document.tags.flatMap((tag, index) => {
      const common = preferred.get(tag);
      if (!common) return [];
      return [{ file: document.file, ...locate(document, index), severity: 'warning' as const, rule: 'tag-near-duplicate', field: `tags[${index}]`, message: `tag "${tag}" looks like "${common}" (${usage.get(common)} ${usage.get(common) === 1 ? 'entry' : 'entries'})`, hint: `use ${common}` }];
    }),
  );
}
