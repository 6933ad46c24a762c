import type { Metadata } from 'next';
import { FullListRoute, fullListMetadata } from './full-list';

/** Rendered on first request and kept (see full-list.tsx); an unknown slug is a 404. */
export const dynamicParams = true;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/wiki/[slug]/links'>): Promise<Metadata> {
  return fullListMetadata('links', (await params).slug);
}

/** Page 1 of every entry linking to an entry. */
export default async function BacklinksPage({ params }: PageProps<'/wiki/[slug]/links'>) {
  return <FullListRoute kind="links" slug={(await params).slug} />;
}
