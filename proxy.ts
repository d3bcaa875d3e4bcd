// Passes the requested path to the 404 page, which Next renders outside any route and so
// cannot otherwise tell whether to answer in Russian or English.
import { NextResponse, type NextRequest } from 'next/server';

export const REQUEST_PATH_HEADER = 'x-request-path';

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
