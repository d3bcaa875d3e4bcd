import { expect, test } from '@playwright/test';

test('copy link copies the section URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/roles/hr-manager');
  await page.getByRole('button', { name: /Скопировать ссылку на раздел: Где учиться/ }).click();
  await expect(page.locator('#education [role="status"]')).toHaveText('Ссылка скопирована');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/roles/hr-manager#education`);
});

test('the deep-link builder gives a URL with campaign tags and a QR code to download', async ({ page, request }) => {
  await page.goto('/en/for-admissions');
  await page.getByLabel('Page', { exact: true }).selectOption('roles/hr-manager');
  await page.getByLabel('Section', { exact: true }).selectOption('education');
  await page.getByLabel('utm_source').fill('open-day');
  await page.getByRole('button', { name: 'Get the link and QR code' }).click();
  await expect(page.locator('[data-deep-link]')).toHaveText(/\/roles\/hr-manager\?utm_source=open-day#education$/);
  await expect(page.locator('[data-qr] svg')).toBeVisible();
  const href = await page.getByRole('link', { name: 'Download the QR code (SVG)' }).getAttribute('href');
  const svg = await request.get(href!);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  expect(svg.headers()['content-disposition']).toContain('attachment');
  expect(await svg.text()).toMatch(/^<svg/);
  const png = await request.get(await page.getByRole('link', { name: 'Download the QR code (PNG)' }).getAttribute('href').then((h) => h!));
  expect(png.headers()['content-type']).toBe('image/png');
  expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
});

test('the link builder links a study direction, and its QR code points there', async ({ page }) => {
  await page.goto('/for-admissions');
  await page.getByLabel('Страница', { exact: true }).selectOption('study/38.03.02');
  await page.getByRole('button', { name: 'Получить ссылку и QR-код' }).click();
  await expect(page.locator('[data-deep-link]')).toHaveText(/\/study\/38\.03\.02$/);
  await expect(page.locator('[data-qr] svg')).toBeVisible();
  await expect(page.getByRole('link', { name: /Памятка для печати/ })).toHaveAttribute('href', '/study/38.03.02/print');
});

test('campaign tags too long for a QR code get a plain message, never an error', async ({ page, request }) => {
  const long = encodeURIComponent('я'.repeat(60));
  const url = `/for-admissions?page=roles/hr-manager&utm_source=${long}&utm_medium=${long}&utm_campaign=${long}&utm_content=${long}`;
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  await expect(page.locator('[data-qr-too-long]')).toBeVisible();
  const qr = await request.get(`/api/qr?page=roles/hr-manager&utm_source=${long}&utm_medium=${long}&utm_campaign=${long}&utm_content=${long}`);
  expect(qr.status()).toBe(400);
  expect(await qr.text()).toContain('too long for a QR code');
});

test('every role handout prints to at most two A4 pages with its URL and QR code', async ({ page }) => {
  test.setTimeout(120_000);
  const slugs = await page.request.get('/data/roles.json').then(async (r) => ((await r.json()) as { roles: { slug: string }[] }).roles.map((x) => x.slug));
  for (const prefix of ['', '/en']) {
    for (const slug of slugs) {
      await page.goto(`${prefix}/roles/${slug}/print`);
      await expect(page.locator('header svg')).toBeVisible();
      await expect(page.locator('nav')).toHaveCount(0);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${prefix}/roles/${slug}/print`).toBeLessThanOrEqual(2);
    }
  }
});

test('the embed card can be framed, makes no outside requests, and other pages cannot be framed', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto('/embed/roles/sales-manager');
  expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(response?.headers()['x-frame-options']).toBeUndefined();
  await expect(page.locator('[data-embed-card] h1')).toHaveText('Менеджер по продажам');
  expect(requests.filter((u) => !u.startsWith(baseURL!))).toEqual([]);

  const role = await page.goto('/roles/sales-manager');
  expect(role?.headers()['x-frame-options']).toBe('DENY');

  await page.goto('/for-admissions');
  const frame = page.frameLocator('iframe[src="/embed/roles/hr-manager"]');
  await expect(frame.locator('[data-embed-card] h1')).toHaveText(/Менеджер по персоналу/);
});

test('role pages carry JSON-LD, Open Graph and canonical metadata', async ({ page, request }) => {
  await page.goto('/en/roles/hr-manager');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = blocks.map((b) => (JSON.parse(b) as { '@type': string })['@type']);
  expect(types).toEqual(expect.arrayContaining(['Occupation', 'BreadcrumbList']));
  const og = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(og).toMatch(/\/en\/roles\/hr-manager\/og\.png$/);
  const image = await request.get(new URL(og!).pathname);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).length).toBeGreaterThan(10_000);
});
