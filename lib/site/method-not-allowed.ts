/**
 * The answer to a write sent to a read-only API route. Next answers a method a route does not
 * export with a bare 405, but HTTP requires a 405 to list the methods the resource supports
 * (RFC 9110, section 15.5.6); each API route exports this for the methods that change things.
 */
export function methodNotAllowed(): Response {
  return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' } });
}
