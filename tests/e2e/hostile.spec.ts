import { expect, test } from '@playwright/test';

const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

test('malformed or hostile paths get a 4xx or the right page, never a 500', async ({ request }) => {
  const cases: [string, number][] = [
    ['/roles/%E0%A4%A', 400],
    ['/en/skills/%E0%A4%A', 400],
    ['/roles/..%2F..%2Fetc%2Fpasswd', 404],
    ['/roles/../../etc/passwd', 404],
    ['/roles/sales-manager%00', 404],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
  }
  const bad = await request.get('/roles/%E0%A4%A');
  expect(await bad.text()).toContain('Неверный адрес');
});

test('an upper-case slug leads to the real page', async ({ page }) => {
  const response = await page.goto('/roles/SALES-MANAGER');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/roles\/sales-manager$/);
});

test('every query parameter is escaped, whatever it holds', async ({ request }) => {
  const urls = (x: string) => {
    const e = encodeURIComponent(x);
    return [`/search?q=${e}`, `/compare?roles=${e}`, `/match?skills=${e}`, `/roles?area=${e}`, `/for-admissions?role=${e}&section=${e}&utm_source=${e}&lang=${e}`, `/en/search?q=${e}&unknown=${e}`, `/roles/hr-manager?${e}=${e}`, `/api/search?lang=${e}&q=${e}`];
  };
  for (const payload of XSS) {
    for (const url of urls(payload)) {
      const response = await request.get(url);
      expect(response.status(), url).toBeLessThan(500);
      const body = await response.text();
      expect(body, url).not.toContain('<script>alert(1)</script>');
      expect(body, url).not.toContain('<img src=x onerror');
    }
  }
});

test('a 10 kB query string is answered', async ({ request }) => {
  const query = encodeURIComponent('переговоры '.repeat(200)).slice(0, 10_000).replace(/%[0-9A-F]?$/, '');
  expect(query.length).toBeGreaterThan(9_990);
  const response = await request.get(`/search?q=${query}`);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('первым 200 символам');
});

test('HEAD and OPTIONS are answered without an error', async ({ request }) => {
  expect((await request.head('/roles/hr-manager')).status()).toBe(200);
  const options = await request.fetch('/roles/hr-manager', { method: 'OPTIONS' });
  expect(options.status()).toBe(204);
  expect(options.headers()['allow']).toBe('GET, HEAD, OPTIONS');
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/roles/hr-manager', '/no-such-page', '/data/roles.json', '/embed/roles/hr-manager']) {
    const h = (await request.get(path)).headers();
    expect(h['content-security-policy'], path).toMatch(/default-src 'self'/);
    expect(h['content-security-policy'], path).not.toContain('unsafe-eval');
    expect(h['strict-transport-security'], path).toContain('max-age=');
    expect(h['x-content-type-options'], path).toBe('nosniff');
    expect(h['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy'], path).toContain('camera=()');
    expect(h['x-powered-by'], path).toBeUndefined();
  }
});

test('new kinds of input: quiz links, QR fields, long lists and cached pages never answer 500', async ({ request }) => {
  const cases: [string, number][] = [
    ['/quiz?v=1&a=' + '9'.repeat(500), 400],
    ['/quiz?v=' + '1'.repeat(50) + '&a=1', 400],
    ['/quiz/print', 400],
    ['/en/quiz/print?v=1&a=%00%01', 400],
    ['/quiz?' + Array.from({ length: 300 }, (_, i) => `k${i}=5`).join('&'), 200],
    ['/api/qr?page=roles/hr-manager&utm_source=' + encodeURIComponent('я'.repeat(300)), 400],
    ['/api/qr?page=' + encodeURIComponent('../../etc/passwd'), 400],
    ['/compare?roles=' + 'sales-manager,'.repeat(300), 200],
    ['/match?' + Array.from({ length: 200 }, () => 'skills=negotiation').join('&'), 200],
    ['/embed/study/99.99.99', 404],
    ['/study/38.03.02/print?x=' + encodeURIComponent('<script>'), 200],
  ];
  for (const [path, status] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expect(await response.text(), path).not.toContain('<script>alert');
  }
  // A page answered from the render cache answers HEAD the same way, without a body.
  await request.get('/compare?roles=sales-manager,hr-manager');
  const head = await request.head('/compare?roles=sales-manager,hr-manager');
  expect(head.status()).toBe(200);
  expect(head.headers()['content-security-policy']).toContain("script-src 'self'");
});
