import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { QUIZ_STATEMENTS, quizPrint, quizResult } from './quiz-result';

const ROUTES = [
  '/',
  '/roles',
  '/roles?area=people',
  '/roles/hr-manager',
  '/roles/learning-development-manager',
  '/skills',
  '/skills/negotiation',
  '/study',
  '/study/38.03.02',
  '/map',
  '/compare?roles=sales-manager,account-manager',
  '/search?q=переговоры',
  '/match?skills=recruitment,interviewing',
  '/for-admissions?role=hr-manager&section=education',
  '/roles/hr-manager/print',
  '/embed/roles/hr-manager',
  '/study/38.03.02/print',
  '/embed/study/38.03.02',
  '/quiz',
  `/quiz?${QUIZ_STATEMENTS[0]}=5`,
  quizResult(),
  quizPrint(),
  '/no-such-page',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const locale of ['', '/en']) {
      for (const route of ROUTES) {
        const url = `${locale}${route === '/' && locale ? '' : route}`.replace(/\?q=переговоры$/, locale ? '?q=negotiation' : '?q=переговоры') || '/';
        test(`${url} has no WCAG 2.2 AA violations`, async ({ page }) => {
          await page.goto(url);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          expect(summary).toEqual([]);
        });
      }
    }
  });
}

test('a keyboard user can skip to the content and reach a role through visible focus', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к содержанию' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  // Tab from the main landmark to the first role link and open it.
  let focused = '';
  for (let i = 0; i < 40 && !focused.startsWith('/roles/'); i++) {
    await page.keyboard.press('Tab');
    focused = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
  }
  expect(focused).toMatch(/^\/roles\//);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${focused}$`));
});
