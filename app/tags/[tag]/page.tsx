import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntryCard } from '@/components/entry/entry-card';
import { Breadcrumbs } from '@/components/layout/breadcrumbs';
import { JsonLd } from '@/components/seo/json-ld';
import { getAllTags, getEntriesByTag } from '@/lib/content';
import { breadcrumbJsonLd, collectionPageJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { buildPageMetadata } from '@/lib/seo/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  const { tag } = await params;
  const entries = getEntriesByTag(tag);
  if (entries.length === 0) return {};
  return buildPageMetadata({ title: `Tag: ${tag}`, description: describeTag(tag, entries.length), path: `/tags/${tag}/` });
}

function describeTag(tag: string, count: number): string {
  return `${count} ${count === 1 ? 'entry' : 'entries'} of the Internet Computer wiki tagged ${tag}.`;
}

export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const { tag } = await params;
  const entries = getEntriesByTag(tag);
  if (entries.length === 0) notFound();
  const path = `/tags/${tag}/`;
  const crumbs: Crumb[] = [{ label: 'Home', href: '/' }, { label: 'Tags', href: '/tags/' }, { label: tag }];
  return (
    <div className="page-narrow">
      <JsonLd data={[collectionPageJsonLd({ name: `Tag: ${tag}`, description: describeTag(tag, entries.length), path, entries }), breadcrumbJsonLd(crumbs, path)]} />
      <Breadcrumbs items={crumbs} />
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
