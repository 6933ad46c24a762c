import type { ReactElement } from 'react';
import { serializeJsonLd, type JsonLdNode } from '@/lib/seo/json-ld';

/** Structured data for search engines, escaped so that no content can end the script early. */
export function JsonLd({ data }: { data: JsonLdNode | JsonLdNode[] }): ReactElement {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
