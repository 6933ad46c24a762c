import type { ReactElement } from 'react';
import { FormattedDate } from '@/components/formatted-date';
import { repositoryUrl } from '@/lib/site/config';

export interface EntrySourceProps {
  /** Path of the source file in the repository, e.g. content/wiki/canisters.md. */
  file: string;
  lastUpdated: string;
}

/** Where the entry comes from: when it last changed, and links to edit it and to read its history. */
export function EntrySource({ file, lastUpdated }: EntrySourceProps): ReactElement {
  return (
    <aside className="entry-source" aria-label="About this page">
      <p>
        Last updated <FormattedDate date={lastUpdated} />
      </p>
      <ul>
        <li>
          <a href={repositoryUrl('edit', file)} rel="noopener noreferrer">
            Edit this page
          </a>
        </li>
        <li>
          <a href={repositoryUrl('commits', file)} rel="noopener noreferrer">
            History
          </a>
        </li>
      </ul>
    </aside>
  );
}
