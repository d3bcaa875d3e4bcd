import { expect, test } from '@playwright/test';

const pages = ['/', '/roles', '/roles?area=commerce', '/skills', '/skills/negotiation', '/study', '/study/38.03.02', '/map', '/compare', '/compare?roles=sales-manager,account-manager'];

for (const locale of ['', '/en']) {
  for (const path of pages) {
    const url = `${locale}${path}`.replace(/^\/en\/$/, '/en');
    test(`${url} answers 200 with one h1 and the right language`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('html')).toHaveAttribute('lang', locale ? 'en' : 'ru');
    });
  }
}

test('unknown slugs, skills and study codes are 404 pages in the language of the path', async ({ page }) => {
  for (const [url, heading] of [['/skills/juggling', 'Такой страницы нет'], ['/en/study/99.99.99', 'Page not found'], ['/en/roles/no-such-role', 'Page not found']] as const) {
    expect((await page.goto(url))?.status(), url).toBe(404);
    await expect(page.locator('h1')).toHaveText(heading);
  }
});

test('the map is an SVG whose boxes link to every role', async ({ page }) => {
  await page.goto('/map');
  const boxes = page.locator('svg a[href^="/roles/"]');
  await expect(boxes).toHaveCount(17);
  await expect(page.getByRole('heading', { name: 'Карта текстом' })).toBeVisible();
});

test('compare explains unknown roles and asks for two', async ({ page }) => {
  await page.goto('/compare?roles=sales-manager,ceo');
  await expect(page.getByRole('status')).toContainText('«ceo»');
  await expect(page.getByRole('status')).toContainText('хотя бы две роли');
  await page.getByLabel('Аккаунт-менеджер').check();
  await page.getByRole('button', { name: 'Сравнить' }).click();
  // The form lists roles A–Я, so the ticked ones arrive in that order.
  await expect(page.locator('table thead th a')).toHaveText(['Аккаунт-менеджер', 'Менеджер по продажам']);
});

test('the area filter is a plain link that narrows the role list', async ({ page }) => {
  await page.goto('/roles');
  await page.getByRole('navigation', { name: 'Показать направление' }).getByRole('link', { name: 'Операции и финансы' }).click();
  await expect(page).toHaveURL(/\/roles\?area=operations-finance$/);
  await expect(page.getByRole('main').locator('a[href^="/roles/"]')).toHaveCount(3);
});
