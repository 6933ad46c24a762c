/**
 * Any other address under /api/: a JSON 404, as a program calling the API expects, instead of the
 * site's HTML page. The real routes (health, search, suggest) are more specific and win.
 */
export function GET(): Response {
  return Response.json({ error: 'not found', routes: ['/api/health/', '/api/search/?q=…', '/api/suggest/?path=…'] }, { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } });
}

export { methodNotAllowed as POST, methodNotAllowed as PUT, methodNotAllowed as PATCH, methodNotAllowed as DELETE } from '@/lib/site/method-not-allowed';
