import type { Metadata } from 'next';
import { FullListRoute, fullListMetadata } from '../../../links/full-list';

/** Rendered on first request and kept, like page 1; `0`, `1`, `01` and pages past the end are 404s. */
export const dynamicParams = true;

export function generateStaticParams(): Array<{ slug: string; number: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/wiki/[slug]/members/page/[number]'>): Promise<Metadata> {
  const { slug, number } = await params;
  return fullListMetadata('members', slug, number);
}

export default async function HubMembersPageN({ params }: PageProps<'/wiki/[slug]/members/page/[number]'>) {
  const { slug, number } = await params;
  return <FullListRoute kind="members" slug={slug} number={number} />;
}
