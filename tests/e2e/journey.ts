// The browsing journey of issue 5, shared by the JavaScript and no-JavaScript runs.
import { expect, type Page } from '@playwright/test';

const AREA = { ru: 'Люди и команды', en: 'People and teams' };
const HR = { ru: /Менеджер по персоналу/, en: /HR manager/ };
const COMPARE = { ru: 'сравнить', en: 'compare' };

async function expectOneH1(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
}

export async function walkTheGuide(page: Page, locale: 'ru' | 'en') {
  const prefix = locale === 'en' ? '/en' : '';
  const main = page.getByRole('main');

  expect((await page.goto(`${prefix}/`))?.status()).toBe(200);
  await expectOneH1(page);

  await main.getByRole('link', { name: AREA[locale], exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/roles\\?area=people$`));
  await expect(page.locator('h1')).toHaveText(AREA[locale]);

  await main.getByRole('link', { name: HR[locale] }).first().click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/roles/hr-manager$`));
  await expectOneH1(page);

  // Business communication: an essential HR skill that other roles need too.
  const skillLink = page.locator('#skills [data-skill-weight="essential"] a[href$="/skills/communication"]');
  const skillName = (await skillLink.textContent())!;
  await skillLink.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/skills/[a-z-]+$`));
  await expect(page.locator('h1')).toHaveText(skillName);

  const otherRole = main.locator('li[data-weight] a').filter({ hasNotText: HR[locale] }).first();
  const otherTitle = (await otherRole.textContent())!;
  await otherRole.click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/roles/[a-z-]+#skills$`));
  await expect(page.locator('h1')).toHaveText(otherTitle);

  await page.locator('#related').getByRole('link', { name: COMPARE[locale] }).first().click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/compare\\?roles=`));
  await expectOneH1(page);
  const compared = page.locator('table thead th a');
  await expect(compared).toHaveCount(2);
  await expect(compared.first()).toHaveText(otherTitle);
  const compareUrl = page.url();

  await page.locator('table').getByRole('link', { name: /^\d{2}\.\d{2}\.\d{2}/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`${prefix}/study/\\d{2}\\.\\d{2}\\.\\d{2}$`));
  await expectOneH1(page);
  expect(await main.locator('a[href*="/roles/"]').count()).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(compareUrl);
  await expect(page.locator('table thead th a')).toHaveCount(2);
}
