import type { Metadata } from 'next';
import { FullListRoute, fullListMetadata } from '../links/full-list';

/** Rendered on first request and kept (see full-list.tsx); an unknown slug is a 404. */
export const dynamicParams = true;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: PageProps<'/wiki/[slug]/members'>): Promise<Metadata> {
  return fullListMetadata('members', (await params).slug);
}

/** Page 1 of every member of a hub. */
export default async function HubMembersPage({ params }: PageProps<'/wiki/[slug]/members'>) {
  return <FullListRoute kind="members" slug={(await params).slug} />;
}
