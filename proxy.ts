import { NextResponse, type NextRequest } from 'next/server';

/**
 * Answers addresses with a malformed percent-escape (`/wiki/%ZZ/`) with 400: Next.js 16.4 fails
 * to decode them while matching dynamic routes and answers 500.
 *
 * It runs only for paths containing `%`. Running it for every path would also let it refuse
 * non-GET methods, but Next builds a Fetch `Request` for the proxy, which cannot be made for
 * TRACE (a forbidden method), so that request would end in a 500 instead of a page. Method
 * limits belong to the front server (see the deployment section of the README).
 */
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Bad Request: malformed percent-encoding in the address\n', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/(.*%.*)'],
};
