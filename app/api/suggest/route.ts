import { suggestEntries } from '@/lib/content';
import { safeDecode } from '@/lib/markdown/internal-href';

const MAX_PATH_LENGTH = 200;

/**
 * Entries close to a mistyped address, for the 404 page: `/api/suggest?path=/wiki/chain-key/`.
 * The 404 page is static, so it asks here once it knows which address failed.
 */
export function GET(request: Request): Response {
  const raw = new URL(request.url).searchParams.get('path') ?? '';
  const path = raw.slice(0, MAX_PATH_LENGTH);
  const lastSegment = path.split(/[/?#]/).filter(Boolean).pop() ?? '';
  const suggestions = suggestEntries(safeDecode(lastSegment)).map(({ slug, title, description }) => ({ slug, title, description, href: `/wiki/${slug}/` }));
  return Response.json({ suggestions }, { headers: { 'Cache-Control': 'public, max-age=300', 'X-Robots-Tag': 'noindex' } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/site/method-not-allowed';
