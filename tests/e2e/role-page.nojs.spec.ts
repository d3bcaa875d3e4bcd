import { expect, test } from '@playwright/test';

test('without JavaScript the home page leads to a role guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: /Менеджер по персоналу/ }).first().click();
  await expect(page).toHaveURL(/\/roles\/hr-manager$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Менеджер по персоналу/);
  await expect(page.locator('#education')).toBeVisible();
});

test('without JavaScript a role guide offers no copy buttons that could not work', async ({ page }) => {
  await page.goto('/roles/hr-manager');
  await expect(page.locator('#education h2 a[href="#education"]')).toBeVisible();
  await expect(page.getByRole('button', { name: /Скопировать ссылку/ })).toHaveCount(0);
});
