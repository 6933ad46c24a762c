import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllTags } from '@/lib/content';
import { countTagPages, TagListing, tagMetadata } from './page/tag-listing';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]'>): Promise<Metadata> {
  return tagMetadata((await params).tag, 1);
}

/** Page 1 of a tag; the following pages are `/tags/<tag>/page/N/`. */
export default async function TagPage({ params }: PageProps<'/tags/[tag]'>) {
  const { tag } = await params;
  if (countTagPages(tag) === 0) notFound();
  return <TagListing tag={tag} page={1} />;
}
