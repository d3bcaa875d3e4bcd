// The render cache keeps what a page rendered for a query and answers repeats with it.
import { EventEmitter } from 'node:events';
import type { GetServerSidePropsContext } from 'next';
import { describe, expect, it } from 'vitest';
import { keepRender, RENDER_CACHE_ENTRIES, renderCacheSize, renderKey, serveFromCache } from '@/lib/render-cache';

/** A minimal Node response: headers, status and what was written. */
function request(url: string, method = 'GET') {
  const headers = new Map<string, string | number>();
  const res = Object.assign(new EventEmitter(), {
    statusCode: 200,
    body: undefined as unknown,
    ended: false,
    setHeader: (k: string, v: string | number) => headers.set(k.toLowerCase(), v),
    getHeader: (k: string) => headers.get(k.toLowerCase()),
    end(chunk?: unknown) {
      this.body = chunk;
      this.ended = true;
      return this;
    },
  });
  const context = { req: { method }, res, resolvedUrl: url } as unknown as GetServerSidePropsContext;
  return { context, res, headers };
}

/** What Next does after getServerSideProps: set headers and write the page. */
function render(res: ReturnType<typeof request>['res'], html: string, status = 200) {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('ETag', '"abc"');
  res.end(Buffer.from(html));
}

describe('render cache', () => {
  it('keys a request by its path and its parameters in a fixed order', () => {
    expect(renderKey(request('/ru/match?skills=b&skills=a&x=1').context)).toBe(renderKey(request('/ru/match?x=1&skills=a&skills=b').context));
    expect(renderKey(request('/ru/match?skills=a').context)).not.toBe(renderKey(request('/en/match?skills=a').context));
  });

  it('answers a repeat with the same status, headers and body, without rendering', () => {
    const first = request('/ru/compare?roles=a,b');
    const key = renderKey(first.context);
    expect(serveFromCache(first.context, key)).toBe(false);
    keepRender(first.context, key);
    render(first.res, '<html>compare</html>');
    const again = request('/ru/compare?roles=a,b');
    expect(serveFromCache(again.context, key)).toBe(true);
    expect(String(again.res.body)).toBe('<html>compare</html>');
    expect([again.res.statusCode, again.headers.get('content-type'), again.headers.get('etag')]).toEqual([200, 'text/html; charset=utf-8', '"abc"']);
  });

  it('keeps 404 pages but not errors or redirects', () => {
    for (const [status, kept] of [[404, true], [500, false], [303, false]] as const) {
      const r = request(`/ru/x?status=${status}`);
      const key = renderKey(r.context);
      keepRender(r.context, key);
      render(r.res, 'page', status);
      expect(serveFromCache(request(`/ru/x?status=${status}`).context, key), String(status)).toBe(kept);
    }
  });

  it('stays bounded: the least recently used page goes first', () => {
    for (let i = 0; i < RENDER_CACHE_ENTRIES + 50; i++) {
      const r = request(`/ru/search?q=${i}`);
      keepRender(r.context, renderKey(r.context));
      render(r.res, `results ${i}`);
    }
    expect(renderCacheSize()).toBe(RENDER_CACHE_ENTRIES);
    expect(serveFromCache(request('/ru/search?q=0').context, renderKey(request('/ru/search?q=0').context))).toBe(false);
    const last = request(`/ru/search?q=${RENDER_CACHE_ENTRIES + 49}`);
    expect(serveFromCache(last.context, renderKey(last.context))).toBe(true);
  });

  it('does not remember very long queries', () => {
    const r = request(`/ru/search?q=${'x'.repeat(700)}`);
    keepRender(r.context, renderKey(r.context));
    render(r.res, 'long');
    expect(serveFromCache(request(`/ru/search?q=${'x'.repeat(700)}`).context, renderKey(r.context))).toBe(false);
  });
});
