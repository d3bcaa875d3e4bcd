// Runs before routing (Next 16 proxy, Node.js runtime). Applies lib/request-guard.ts and
// answers what it decides itself, always with the security headers: 405 for methods the site
// does not serve, 400 for malformed addresses, 308 to the one address of a page, 204 for
// OPTIONS. Addresses shaped like a generated page that does not exist get the 404 page of
// their language (pages/[lang]/[...missing].tsx), fetched once per language and kept: a
// rewrite would do, but Next proxies it over HTTP when the server is bound with -H to a
// hostname other than localhost, and under load those proxied requests fail.
import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, localeOfPath } from '@/lib/locales';
import { ALLOWED_METHODS, badRequestPage, guardRequest, NOT_FOUND_SEGMENT } from '@/lib/request-guard';
import { isEmbedPath, securityHeaders } from '@/lib/security-headers.mjs';
import { isUnknownGeneratedPath } from '@/lib/unknown-paths';
import type { Locale } from '@/lib/locales';

const ALLOW = ALLOWED_METHODS.join(', ');
const loggedMethods = new Set<string>();

function withHeaders(response: NextResponse, pathname: string): NextResponse {
  for (const { key, value } of securityHeaders({ embed: isEmbedPath(pathname) })) response.headers.set(key, value);
  return response;
}

const notFoundPages = new Map<Locale, Promise<string | undefined>>();

/** The 404 page of a language, rendered once by the site itself; undefined if that failed. */
async function notFoundPage(locale: Locale, request: NextRequest): Promise<string | undefined> {
  let page = notFoundPages.get(locale);
  if (!page) {
    page = fetch(new URL(`/${locale}/${NOT_FOUND_SEGMENT}`, request.url), { cache: 'no-store' })
      .then((r) => (r.status === 404 && (r.headers.get('content-type') ?? '').startsWith('text/html') ? r.text() : undefined))
      .catch(() => undefined);
    notFoundPages.set(locale, page);
  }
  const html = await page;
  if (html === undefined) notFoundPages.delete(locale); // try again next time
  return html;
}

export async function proxy(request: NextRequest) {
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
    const html = await notFoundPage(locale, request);
    if (html !== undefined) return withHeaders(new NextResponse(request.method === 'HEAD' ? null : html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate' } }), pathname);
    return NextResponse.rewrite(new URL(`/${locale}/${NOT_FOUND_SEGMENT}`, request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
