import Link from 'next/link';
import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getAllTags } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Tags',
  description: 'Every topic tag of the Internet Computer wiki, with the number of entries carrying each.',
  alternates: { canonical: '/tags/' },
};

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <div className="page-narrow">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Tags' }]} />
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
