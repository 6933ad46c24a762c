import type { ReactElement } from 'react';
import type { SnippetPart } from '@/lib/search';

/** Text with its matched words in <mark>; every part is escaped by React like any text. */
export function HighlightedText({ parts }: { parts: readonly SnippetPart[] }): ReactElement {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
