// Runs before routing: refuses malformed addresses with a clear 400 (Next would answer 500),
// lower-cases role/skill/study paths, answers OPTIONS, and passes the requested path to
// app/global-not-found.tsx, which renders outside any route and needs it to pick a language.
import { NextResponse, type NextRequest } from 'next/server';
import { badRequestPage, guardRequest } from '@/lib/request-guard';

export const REQUEST_PATH_HEADER = 'x-request-path';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const guard = guardRequest(request.method, pathname, search);
  switch (guard.action) {
    case 'options':
      return new NextResponse(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS' } });
    case 'bad-request':
      return new NextResponse(badRequestPage(), { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    case 'redirect':
      return NextResponse.redirect(new URL(guard.location, request.url), 308);
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
