// The language switch keeps what the reader was looking at: the query is in the link itself.
import { expect, test } from '@playwright/test';

const CASES: [string, RegExp][] = [
  ['/compare?roles=sales-manager,account-manager', /^\/en\/compare\?roles=sales-manager(,|%2C)account-manager$/],
  ['/match?skills=negotiation', /^\/en\/match\?skills=negotiation$/],
  ['/search?q=excel', /^\/en\/search\?q=excel$/],
  ['/roles?area=people', /^\/en\/roles\?area=people$/],
  ['/for-admissions?page=roles%2Fhr-manager&section=education', /^\/en\/for-admissions\?page=roles(%2F|\/)hr-manager&section=education(&|$)/],
  ['/quiz?v=1&a=12', /^\/en\/quiz\?v=1&a=12$/],
];

for (const [from, to] of CASES) {
  test(`switching language on ${from.split('?')[0]} keeps the query`, async ({ page }) => {
    await page.goto(from);
    const link = page.locator('a[data-language-switch]');
    await expect(link).toHaveAttribute('href', to);
    await link.click();
    await expect(page).toHaveURL(new RegExp(to.source.replace(/^\^/, '')));
  });
}
