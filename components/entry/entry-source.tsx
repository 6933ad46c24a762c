import type { ReactElement } from 'react';
import { FormattedDate } from '@/components/formatted-date';
import { repositoryUrl } from '@/lib/site/config';

export interface EntrySourceProps {
  /** Path of the source file in the repository, e.g. content/wiki/canisters.md. */
  file: string;
  /** Date of the file's last commit; null without git history. */
  lastEdited: string | null;
}

/** Where the entry comes from: when its file was last edited, and links to edit it and to read its history. */
export function EntrySource({ file, lastEdited }: EntrySourceProps): ReactElement {
  return (
    <aside className="entry-source" aria-label="About this page">
      {lastEdited ? (
        <p>
          Last edited <FormattedDate date={lastEdited} />
        </p>
      ) : null}
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
