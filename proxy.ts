// Runs before routing (Next 16 proxy, Node.js runtime). Applies lib/request-guard.ts and
// answers what it decides itself, always with the security headers: 405 for methods the site
// does not serve, 400 for malformed addresses, 308 to the one address of a page, 204 for
// OPTIONS. Addresses shaped like a generated page that does not exist go to the 404 page of
// their language (pages/[lang]/[...missing].tsx).
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, localeOfPath } from '@/lib/locales';
import { ALLOWED_METHODS, badRequestPage, guardRequest, NOT_FOUND_SEGMENT } from '@/lib/request-guard';
import { isEmbedPath, securityHeaders } from '@/lib/security-headers.mjs';
import { isUnknownGeneratedPath } from '@/lib/unknown-paths';

const ALLOW = ALLOWED_METHODS.join(', ');
const loggedMethods = new Set<string>();

function withHeaders(response: NextResponse, pathname: string): NextResponse {
  for (const { key, value } of securityHeaders({ embed: isEmbedPath(pathname) })) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const guard = guardRequest(request.method, pathname, search);
  switch (guard.action) {
    case 'options':
      return withHeaders(new NextResponse(null, { status: 204, headers: { Allow: ALLOW } }), pathname);
    case 'method-not-allowed':
      // Logged once per method, not per request: one client must not be able to fill the log.
      if (!loggedMethods.has(request.method) && loggedMethods.size < 32) {
        loggedMethods.add(request.method);
        console.warn(`405: refusing ${request.method.slice(0, 20)} requests (logged once per method)`);
      }
      return withHeaders(new NextResponse('Method not allowed\n', { status: 405, headers: { Allow: ALLOW, 'Content-Type': 'text/plain; charset=utf-8' } }), pathname);
    case 'bad-request':
      return withHeaders(new NextResponse(badRequestPage(), { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } }), pathname);
    case 'redirect':
      return withHeaders(NextResponse.redirect(new URL(guard.location, request.url), 308), pathname);
  }
  const locale = localeOfPath(pathname);
  const internal = locale === DEFAULT_LOCALE ? `/${locale}${pathname === '/' ? '' : pathname}` : pathname;
  if (isUnknownGeneratedPath(internal)) {
    return NextResponse.rewrite(new URL(`/${locale}/${NOT_FOUND_SEGMENT}`, request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
