// What a new user tripped over (issue: embed, map, phone tables, language switch, live search).
import { expect, test } from '@playwright/test';

test('the map at 1280 px: column headings never overlap, and every box is a role link', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/map');
  const headings = await page.locator('[data-map-heading]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
  expect(headings.length).toBeGreaterThan(1);
  for (const [i, a] of headings.entries())
    for (const b of headings.slice(i + 1)) expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'headings overlap').toBe(true);
  // The diagram fits the page: no sideways scrolling at 1280 px.
  const region = page.getByRole('region', { name: /Карта менеджерских профессий/ });
  expect(await region.evaluate((r) => r.scrollWidth <= r.clientWidth)).toBe(true);
  await expect(page.getByText('сюда ведут 11 ролей').or(page.getByText(/сюда ведут \d+ рол/))).toBeVisible();
});

test('the map on a phone is a readable list, in grammatical Russian', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/map');
  await expect(page.locator('svg[data-map]')).toBeHidden();
  await expect(page.getByRole('link', { name: /те же переходы перечислены ниже/ })).toBeVisible();
  const item = page.locator('#map-text ~ div li', { hasText: 'Менеджер по продажам.' }).first();
  await expect(item).toContainText('Отсюда переходят в роли:');
  await expect(page.locator('main')).not.toContainText('ведёт к Линейный');
});

test('compare and pay are readable at 360 px without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/compare?roles=sales-manager,account-manager,procurement-manager');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Each role's facts are labelled with the role, not only by column position.
  for (const title of ['Менеджер по продажам', 'Аккаунт-менеджер', 'Менеджер по закупкам']) await expect(page.locator('main').getByText(title).first()).toBeVisible();
  await page.goto('/roles/sales-manager#salary');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const figure = page.locator('[data-pay-figure]').first();
  await expect(figure).toContainText('Источник');
  expect(await figure.evaluate((f) => f.scrollWidth <= f.clientWidth)).toBe(true);
});

test('typing half a word in the header box suggests the roles it begins', async ({ page }) => {
  await page.goto('/');
  const box = page.locator('#header-q');
  await box.fill('перегов');
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const texts = (await options.allTextContents()).join(' | ');
  expect(texts).toMatch(/Менеджер по продажам|Менеджер по закупкам|Аккаунт-менеджер|Менеджер по развитию бизнеса/);
  expect(texts).not.toMatch(/перед/);
});

test('small things: the header placeholder fits its box, the A–Z list has letters, a skill has one type', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const fits = await page.locator('#header-q').evaluate((input) => {
    const el = input as HTMLInputElement;
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    return context.measureText(el.placeholder).width <= el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
  expect(fits).toBe(true);
  await page.goto('/roles');
  const letters = await page.locator('main h3').allTextContents();
  expect(letters.filter((l) => /^[А-ЯЁ]$/.test(l.trim())).length).toBeGreaterThan(3);
  await page.goto('/skills/negotiation');
  await expect(page.locator('main')).toContainText('Тип');
  await expect(page.locator('main')).not.toContainText('Тип: Навыки');
});
