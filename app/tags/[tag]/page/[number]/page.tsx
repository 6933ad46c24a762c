import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAllTags } from '@/lib/content';
import { pageParams, parsePageParam } from '@/lib/site/paginate';
import { countTagPages, TagListing, tagMetadata } from '../tag-listing';

/** Pages 2…N of each tag exist; `0`, `1` (that is `/tags/<tag>/`), `01`, past the end and non-numbers are 404s. */
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().flatMap(({ tag }) => pageParams(countTagPages(tag)).map((number) => ({ tag, number })));
}

export async function generateMetadata({ params }: PageProps<'/tags/[tag]/page/[number]'>): Promise<Metadata> {
  const { tag, number } = await params;
  const page = parsePageParam(number, countTagPages(tag));
  return page ? tagMetadata(tag, page) : {};
}

export default async function TagPageN({ params }: PageProps<'/tags/[tag]/page/[number]'>) {
  const { tag, number } = await params;
  const page = parsePageParam(number, countTagPages(tag));
  if (!page) notFound();
  return <TagListing tag={tag} page={page} />;
}
