import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageParams, parsePageParam } from '@/lib/site/paginate';
import { AToZPage, aToZMetadata, countIndexPages } from '../a-to-z';

/** Pages 2…N exist; `0`, `1` (that is `/wiki/`), `01`, past the end and non-numbers are 404s. */
export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(countIndexPages()).map((number) => ({ number }));
}

export async function generateMetadata({ params }: PageProps<'/wiki/page/[number]'>): Promise<Metadata> {
  const page = parsePageParam((await params).number, countIndexPages());
  return page ? aToZMetadata(page) : {};
}

export default async function WikiIndexPageN({ params }: PageProps<'/wiki/page/[number]'>) {
  const page = parsePageParam((await params).number, countIndexPages());
  if (!page) notFound();
  return <AToZPage page={page} />;
}
