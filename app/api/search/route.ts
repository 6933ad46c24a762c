import { firstValue, search } from '@/lib/search';

const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 20;

/**
 * `GET /api/search/?q=…&limit=8`: the top hits as JSON for the search box's suggestions.
 * Bad input never fails: an empty or odd query is an empty list.
 */
export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const requested = Number(params.get('limit'));
  const limit = Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_LIMIT) : DEFAULT_LIMIT;
  const result = search(firstValue(params.getAll('q')), { perPage: limit });
  return Response.json(
    {
      query: result.query.raw,
      truncated: result.query.truncated,
      total: result.total,
      suggestion: result.suggestion,
      hits: result.hits.map((hit) => ({
        slug: hit.slug,
        url: `/wiki/${hit.slug}/`,
        title: hit.title,
        description: hit.description,
        tags: hit.tags,
        titleParts: hit.titleParts,
        snippet: hit.snippet,
      })),
    },
    { headers: { 'Cache-Control': 'public, max-age=60', 'X-Robots-Tag': 'noindex' } },
  );
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/site/method-not-allowed';
