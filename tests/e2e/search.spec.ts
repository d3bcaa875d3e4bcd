import { expect, test } from '@playwright/test';

const roleResults = (page: import('@playwright/test').Page) => page.locator('main [data-role-results] > li > a');

test('a Russian word in any case finds the roles that need it, with the reason highlighted', async ({ page }) => {
  await page.goto('/search?q=переговорами');
  await expect(page.locator('h1')).toHaveText('Результаты по запросу «переговорами»');
  expect(await roleResults(page).count()).toBeGreaterThan(3);
  await expect(roleResults(page).first()).toHaveAttribute('href', /^\/roles\/[a-z-]+$/);
  await expect(page.locator('main [data-role-results] mark').first()).toHaveText(/переговор/i);
});

test('an alias finds its role first', async ({ page }) => {
  await page.goto('/search?q=снабженец');
  await expect(roleResults(page).first()).toHaveAttribute('href', '/roles/procurement-manager');
});

test('a query in the wrong keyboard layout is corrected, visibly', async ({ page }) => {
  await page.goto('/search?q=kjubcnbrf');
  await expect(page.locator('[data-search-messages]')).toContainText('Показаны результаты для «логистика»');
  await expect(roleResults(page).first()).toHaveAttribute('href', '/roles/logistics-manager');
});

test('English search stems English words', async ({ page }) => {
  await page.goto('/en/search?q=recruiting');
  await expect(roleResults(page).first()).toHaveAttribute('href', '/en/roles/hr-manager');
});

test('awkward queries get a sensible page, never an error or an unescaped echo', async ({ page }) => {
  for (const q of ['', '   ', 'я', 'а'.repeat(500), '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.locator('main img, main script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
    const html = await response!.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x onerror');
  }
});

test('the header search box works without the search page open', async ({ page }) => {
  await page.goto('/roles/hr-manager');
  await page.getByRole('search', { name: 'Поиск по сайту' }).getByLabel('Что вы ищете').fill('Excel');
  await page.getByRole('search', { name: 'Поиск по сайту' }).getByRole('button').click();
  await expect(page).toHaveURL(/\/search\?q=Excel$/);
  expect(await roleResults(page).count()).toBeGreaterThan(0);
});

test('results appear as you type on the search page', async ({ page }) => {
  await page.goto('/search');
  await page.locator('#search-q').pressSequentially('эйчар', { delay: 30 });
  await expect(page.locator('[data-instant-results-for] a').first()).toHaveAttribute('href', '/roles/hr-manager');
});

test('the header search box suggests roles and skills as you type, and works with the keyboard', async ({ page }) => {
  await page.goto('/roles/sales-manager');
  const box = page.getByRole('combobox', { name: 'Что вы ищете' });
  await box.pressSequentially('закупк', { delay: 30 });
  const listbox = page.getByRole('listbox', { name: 'Подсказки' });
  await expect(listbox.getByRole('option').first()).toContainText('Менеджер по закупкам');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await box.press('ArrowDown');
  await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/roles\/procurement-manager$/);
});

test('the skill matcher ranks roles, lists missing essentials and keeps the choice in the URL', async ({ page }) => {
  await page.goto('/match');
  await page.getByLabel('Подбор персонала').check();
  await page.getByLabel('Проведение собеседований').check();
  await page.getByRole('button', { name: 'Подобрать роли' }).first().click();
  await expect(page).toHaveURL(/\/match\?skills=recruitment&skills=interviewing$/);
  const first = page.locator('[data-match-results] > li').first();
  await expect(first.locator('a').first()).toHaveAttribute('href', '/roles/hr-manager');
  await expect(first).toContainText('Не хватает главных навыков');
  await expect(first.locator('a[href^="/skills/"]').first()).toBeVisible();
});

test('the skill filter narrows the checkbox list', async ({ page }) => {
  await page.goto('/en/match');
  await page.getByLabel('Find a skill in the list').fill('negoti');
  await expect(page.locator('[data-skill-option]:visible')).toHaveCount(1);
});
