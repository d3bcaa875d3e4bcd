import { expect, test } from '@playwright/test';
import { SECTIONS } from '../../lib/content/sections';

test('the Russian sales manager guide shows its title and duties', async ({ page }) => {
  const response = await page.goto('/roles/sales-manager');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Менеджер по продажам');
  const duties = page.locator('#duties');
  await expect(duties.getByRole('heading', { level: 2 })).toBeVisible();
  expect(await duties.locator('li').count()).toBeGreaterThanOrEqual(8);
});

test('the English sales manager guide shows its title and duties', async ({ page }) => {
  const response = await page.goto('/en/roles/sales-manager');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sales manager');
  expect(await page.locator('#duties li').count()).toBeGreaterThanOrEqual(8);
});

test('every fixed section has a stable id and a link to itself', async ({ page }) => {
  await page.goto('/roles/hr-manager');
  for (const id of SECTIONS.filter((s) => s.prose === 'required' || s.prose === 'none').map((s) => s.id)) {
    const section = page.locator(`section#${id}`);
    await expect(section).toHaveCount(1);
    await expect(section.locator(`h2 a[href="#${id}"]`)).toHaveCount(1);
  }
});

test('a deep link to a section far down the page opens at that section on a phone', async ({ page }) => {
  // Sections below the first screen are laid out only near the viewport (content-visibility):
  // a shared link to one of them must still land on it.
  await page.setViewportSize({ width: 360, height: 740 });
  for (const id of ['sources', 'related', 'salary']) {
    await page.goto(`/roles/sales-manager#${id}`);
    await expect(page.locator(`#${id}-heading`)).toBeInViewport();
  }
});

test('the focus outline of a link at the edge of a section is drawn whole on a phone', async ({ page }) => {
  // Sections clip what they paint to their own box (content-visibility): the outline of a
  // link flush with the text edge must still fit inside it.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/roles/hr-manager#skills');
  const link = page.locator('#skills a[href^="/skills/"]').first();
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const { outline, linkBox, sectionBox } = await link.evaluate((el) => {
    const style = getComputedStyle(el);
    const section = el.closest('section')!;
    return {
      outline: parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset),
      linkBox: el.getBoundingClientRect().toJSON() as DOMRect,
      sectionBox: section.getBoundingClientRect().toJSON() as DOMRect,
    };
  });
  expect(outline).toBeGreaterThan(0);
  expect(linkBox.left - outline).toBeGreaterThanOrEqual(sectionBox.left);
  expect(linkBox.right + outline).toBeLessThanOrEqual(sectionBox.right);
});

test('the language switch leads to the same role in the other language', async ({ page }) => {
  await page.goto('/roles/customer-success-manager');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/roles\/customer-success-manager$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an unknown role is a localized 404 that offers the role list', async ({ page }) => {
  const ru = await page.goto('/roles/not-a-role');
  expect(ru?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Такой страницы нет');
  await expect(page.getByRole('main').getByRole('link', { name: 'Менеджер по продажам' })).toBeVisible();
  const en = await page.goto('/en/no/such/page');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
