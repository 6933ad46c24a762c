import { getAllEntries } from '@/lib/content';
import { buildAtomFeed } from '@/lib/seo/feed';

export const dynamic = 'force-static';

export function GET(): Response {
  return new Response(buildAtomFeed(getAllEntries()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
