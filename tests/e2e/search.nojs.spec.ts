import { expect, test } from '@playwright/test';

test('without JavaScript, search and the skill matcher work as plain forms', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('searchbox').fill('эйчар');
  await page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('button').click();
  await expect(page.locator('main [data-role-results] > li > a').first()).toHaveAttribute('href', '/roles/hr-manager');

  await page.goto('/match?skills=negotiation,crm-systems');
  await expect(page.locator('[data-match-results] > li').first()).toBeVisible();
});
