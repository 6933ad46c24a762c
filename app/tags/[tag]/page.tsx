import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { getAllTags, getEntriesByTag } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const { tag } = await params;
  const entries = getEntriesByTag(tag);
  if (entries.length === 0) return {};
  return {
    title: `Tag: ${tag}`,
    description: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} of the Internet Computer wiki tagged ${tag}.`,
    alternates: { canonical: `/tags/${tag}/` },
  };
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const { tag } = await params;
  const entries = getEntriesByTag(tag);
  if (entries.length === 0) notFound();
  return (
    <div className="page-narrow">
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Tags', href: '/tags/' }, { label: tag }]} />
      <p className="entry-kicker">Tag</p>
      <h1>{tag}</h1>
      <p className="lead">
        {entries.length} {entries.length === 1 ? 'entry' : 'entries'}
      </p>
      <div className="card-grid">
        {entries.map((entry) => (
          <EntryCard key={entry.slug} entry={entry} headingLevel="h2" />
        ))}
      </div>
    </div>
  );
}
