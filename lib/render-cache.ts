// A cache of rendered HTML for pages rendered per request (search, the matcher, compare, quiz
// results, the 404 page). Their output depends only on the content, fixed at build time, and on
// the normalised query, so the HTML of one query can serve every later request for it.
//
// Used from getServerSideProps: `serveFromCache` answers a request whose page was rendered
// before and tells the route to stop (Next renders nothing once the response is sent);
// otherwise `keepRender` records the HTML Next writes. Least recently used entries go first.
import type { GetServerSidePropsContext } from 'next';

/** Entries kept; each is one page of HTML (tens of kB), so the cache stays under ~30 MB. */
export const RENDER_CACHE_ENTRIES = 600;
/** Longer keys are not cached: a query that long is not worth remembering. */
const MAX_KEY_LENGTH = 600;

/** Headers Next sets while rendering that a cached answer repeats (the rest are set before). */
const KEPT_HEADERS = ['Content-Type', 'Cache-Control', 'ETag'] as const;

interface Entry {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

const cache = new Map<string, Entry>();

const cacheable = (key: string | undefined): key is string => key !== undefined && key.length <= MAX_KEY_LENGTH;

/** Answers from the cache; true when the response has been sent and the route must stop. */
export function serveFromCache(context: GetServerSidePropsContext, key: string | undefined): boolean {
  if (!cacheable(key)) return false;
  const hit = cache.get(key);
  if (!hit) return false;
  cache.delete(key); // re-insert: most recently used last
  cache.set(key, hit);
  const { res } = context;
  res.statusCode = hit.status;
  for (const [name, value] of hit.headers) res.setHeader(name, value);
  res.setHeader('Content-Length', hit.body.length);
  res.end(context.req.method === 'HEAD' ? undefined : hit.body);
  return true;
}

/** Remembers the HTML Next is about to write for this request, if it is a page (200 or 404). */
export function keepRender(context: GetServerSidePropsContext, key: string | undefined): void {
  if (!cacheable(key)) return;
  const { res } = context;
  const end = res.end.bind(res) as (...args: unknown[]) => typeof res;
  res.end = ((...args: unknown[]) => {
    const [chunk] = args;
    const type = String(res.getHeader('Content-Type') ?? '');
    if ((res.statusCode === 200 || res.statusCode === 404) && type.startsWith('text/html') && (typeof chunk === 'string' || Buffer.isBuffer(chunk))) {
      if (cache.size >= RENDER_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
      const headers = KEPT_HEADERS.flatMap((name) => (res.getHeader(name) === undefined ? [] : [[name, String(res.getHeader(name))] as [string, string]]));
      cache.set(key, { status: res.statusCode, headers, body: Buffer.from(chunk) });
    }
    return end(...args);
  }) as typeof res.end;
}

/** The cache key of a request: its path and its query parameters in a fixed order. */
export function renderKey(context: GetServerSidePropsContext): string {
  const url = new URL(context.resolvedUrl, 'http://localhost');
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${url.pathname}?${new URLSearchParams(params).toString()}`;
}

/** For tests: how many pages are cached. */
export const renderCacheSize = () => cache.size;
