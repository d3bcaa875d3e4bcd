// Follows every internal link and anchor from / and /en over HTTP: every page answers 200,
// every #fragment exists on its target, and every page in the sitemap is reachable.
import { expect, test } from '@playwright/test';

const SKIP = /^\/(api\/qr|_next\/)/; // downloads and assets are checked elsewhere

test('every internal link and anchor leads somewhere real', async ({ request }) => {
  test.setTimeout(240_000);
  const pages = new Map<string, { status: number; ids: Set<string> }>();
  const fragments: { from: string; to: string; id: string }[] = [];
  const queue = ['/', '/en'];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const response = await request.get(path, { maxRedirects: 0 });
    const html = response.headers()['content-type']?.includes('text/html') ? await response.text() : '';
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    pages.set(path, { status: response.status(), ids });
    for (const [, raw] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = raw!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${path}`);
      const target = url.pathname + url.search;
      if (url.hash) fragments.push({ from: path, to: href.startsWith('#') ? path : target, id: decodeURIComponent(url.hash.slice(1)) });
      if (!SKIP.test(url.pathname) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const broken = [...pages].filter(([, p]) => p.status !== 200).map(([path, p]) => `${p.status} ${path}`);
  expect(broken).toEqual([]);
  const missing = fragments.filter((f) => !pages.get(f.to)?.ids.has(f.id)).map((f) => `${f.from} → ${f.to}#${f.id}`);
  expect([...new Set(missing)]).toEqual([]);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] || '/');
  const unreachable = listed.filter((p) => !pages.has(p));
  expect(unreachable).toEqual([]);
  expect(pages.size).toBeGreaterThan(300);
});

test('pages of every kind load with no console errors and no CSP violations', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  for (const url of ['/', '/en/roles/hr-manager#education', '/skills/negotiation', '/study/38.03.02', '/map', '/compare?roles=sales-manager,account-manager', '/search?q=переговоры', '/match?skills=negotiation', '/for-admissions', '/roles/hr-manager/print', '/embed/roles/hr-manager']) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});
