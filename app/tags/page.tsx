import Link from 'next/link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { getAllTags } from '@/lib/content';
import { breadcrumbJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';
import { absoluteUrl } from '@/lib/site/config';

const DESCRIPTION = 'Every topic tag of the Internet Computer wiki, with the number of entries carrying each.';
const CRUMBS: Crumb[] = [{ label: 'Home', href: '/' }, { label: 'Tags' }];

export const metadata: Metadata = buildPageMetadata({ title: 'Tags', description: DESCRIPTION, path: '/tags/' });

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <div className="page-narrow">
      <JsonLd
        data={[
          {
            '@type': 'CollectionPage',
            name: 'Tags',
            description: DESCRIPTION,
            url: absoluteUrl('/tags/'),
            mainEntity: {
              '@type': 'ItemList',
              numberOfItems: tags.length,
              itemListElement: tags.map(({ tag }, index) => ({ '@type': 'ListItem', position: index + 1, name: tag, url: absoluteUrl(`/tags/${tag}/`) })),
            },
          },
          breadcrumbJsonLd(CRUMBS, '/tags/'),
        ]}
      />
      <Breadcrumbs items={CRUMBS} />
      <h1>Tags</h1>
      <p className="lead">{tags.length} tags, most used first.</p>
      <ul className="tag-index">
        {tags.map(({ tag, count }) => (
          <li key={tag}>
            <Link href={`/tags/${tag}/`} className="tag">
              {tag}
            </Link>
            <span className="tag-count-text">
              {count} {count === 1 ? 'entry' : 'entries'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
