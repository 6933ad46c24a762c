import type { ReactElement } from 'react';
import type { RelatedEntry, RelatedReason } from '@/lib/content';
import { EntryCard } from './entry-card';

export function describeReason(reason: RelatedReason): string {
  switch (reason.kind) {
    case 'listed':
      return 'Suggested by this entry';
    case 'lists-this':
      return 'Suggests this entry';
    case 'shared-tags':
      return `Shares ${reason.tags.length === 1 ? 'the tag' : 'tags'} ${reason.tags.join(', ')}`;
  }
}

export function RelatedEntries({ items }: { items: readonly RelatedEntry[] }): ReactElement | null {
  if (items.length === 0) return null;
  return (
    <section className="entry-section" aria-labelledby="related-title">
      <h2 id="related-title">Related entries</h2>
      <div className="card-grid">
        {items.map(({ entry, reason }) => (
          <EntryCard key={entry.slug} entry={entry} note={describeReason(reason)} />
        ))}
      </div>
    </section>
  );
}
