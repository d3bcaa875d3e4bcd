// Every kind of page, in every language, ships no framework JavaScript: the only script is
// the small public/enhance.js, and the CSP allows no inline script.
import { expect, test } from '@playwright/test';
import { LOCALES, localeInfo } from '../../lib/locales';
import { quizPrint, quizResult } from './quiz-result';

const PAGE_KINDS = [
  '/', '/roles', '/roles?area=commerce', '/roles/sales-manager', '/roles/sales-manager/print', '/skills', '/skills/negotiation', '/tools', '/tools/excel',
  '/kpis', '/kpis/conversion-rate', '/study', '/study/38.03.02', '/study/38.03.02/print', '/compare?roles=sales-manager,account-manager', '/map',
  '/search?q=excel', '/match?skills=negotiation', '/for-admissions', '/about', '/embed/roles/sales-manager', '/embed/study/38.03.02', '/no-such-page', '/roles/not-a-role',
  '/quiz', quizResult(), quizPrint(),
];

for (const locale of LOCALES) {
  test(`no page downloads framework JavaScript (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    for (const path of PAGE_KINDS) {
      const url = localeInfo(locale).prefix + (path === '/' && localeInfo(locale).prefix ? '' : path);
      const response = await page.goto(url);
      expect(response?.status(), url).toBeLessThan(500);
      const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').count();
      expect(inline, `${url} has an inline script`).toBe(0);
      expect(response?.headers()['content-security-policy'], url).toMatch(/script-src 'self';/);
    }
    expect([...scripts]).toEqual(['/enhance.js']);
  });
}

test('redirects, 400, 404 and 405 carry the security headers', async ({ request }) => {
  const cases: [string, string, number][] = [
    ['GET', '/ru/roles', 308],
    ['GET', '/roles/', 308],
    ['GET', '/roles/SALES-MANAGER', 308],
    ['GET', '/roles/%E0%A4%A', 400],
    ['GET', '/roles/not-a-role', 404],
    ['TRACE', '/roles', 405],
    ['DELETE', '/', 405],
    ['POST', '/search', 405],
  ];
  for (const [method, path, status] of cases) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(status);
    const h = response.headers();
    expect(h['content-security-policy'], `${method} ${path}`).toMatch(/default-src 'self'/);
    expect(h['content-security-policy'], `${method} ${path}`).not.toContain('unsafe-inline');
    expect(h['x-content-type-options'], `${method} ${path}`).toBe('nosniff');
    expect(h['strict-transport-security'], `${method} ${path}`).toContain('max-age=');
    if (status === 405) expect(h['allow']).toBe('GET, HEAD, OPTIONS');
  }
});
