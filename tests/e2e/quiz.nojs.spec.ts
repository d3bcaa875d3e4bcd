// The interest quiz without JavaScript: a plain GET form, a short result link, a printable result.
import { expect, test } from '@playwright/test';
import { QUIZ_STATEMENTS, quizPrint, quizResult } from './quiz-result';

test('a reader answers every statement and gets all roles ranked, explained and shareable', async ({ page }) => {
  await page.goto('/quiz');
  const form = page.locator('main form[data-quiz]');
  const groups = form.locator('fieldset');
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(24);
  expect(count).toBeLessThanOrEqual(36);
  for (let i = 0; i < count; i++) await groups.nth(i).getByRole('radio').nth(i % 2 ? 0 : 4).check();
  await form.getByRole('button', { name: 'Показать результат' }).click();

  await expect(page).toHaveURL(/\/quiz\?v=\d+&a=[1-5]+$/);
  expect(page.url().length).toBeLessThan(100);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Результат теста: какие роли вам ближе');
  const ranked = page.locator('[data-quiz-ranking] > li');
  const roles = await page.request.get('/data/roles.json').then(async (r) => ((await r.json()) as { roles: unknown[] }).roles.length);
  await expect(ranked).toHaveCount(roles);
  await expect(ranked.first().getByRole('heading', { name: 'Почему эта роль высоко' })).toBeVisible();
  await expect(ranked.first().locator('li').first()).toContainText('вы отметили «');
  await expect(page.getByText('а не приговор')).toBeVisible();
  await expect(page.locator('main').getByText(/O\*NET 30.*CC BY 4\.0/)).toBeVisible();
  await expect(page.locator('[data-qr] svg')).toBeVisible();

  // Compare the top three, as ranked.
  const top = await ranked.evaluateAll((items) => items.slice(0, 3).map((li) => li.querySelector('a')!.getAttribute('href')!.split('/').pop()));
  await page.getByRole('link', { name: 'Сравнить три первые роли' }).click();
  await expect(page).toHaveURL(`/compare?roles=${top.join(',')}`);
});

test('the same result link always shows the same ranking, and changing answers keeps them', async ({ page }) => {
  const order = async () => {
    await page.goto(quizResult());
    return page.locator('[data-quiz-ranking] > li > p a').allTextContents();
  };
  const first = await order();
  expect(await order()).toEqual(first);
  await page.getByRole('link', { name: 'Изменить ответы' }).click();
  await expect(page.locator('main form[data-quiz] input[type=radio]:checked')).toHaveCount(QUIZ_STATEMENTS.length);
  await page.getByRole('button', { name: 'Показать результат' }).click();
  await expect(page).toHaveURL(quizResult());
});

test('a form sent with answers missing says which, and keeps the answers given', async ({ page }) => {
  await page.goto('/quiz');
  const groups = page.locator('main form[data-quiz] fieldset');
  await groups.nth(0).getByRole('radio').nth(4).check();
  await groups.nth(1).getByRole('radio').nth(0).check();
  await page.getByRole('button', { name: 'Показать результат' }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Ответьте на все утверждения' })).toBeVisible();
  await expect(alert).toContainText(`Без ответа осталось утверждений: ${QUIZ_STATEMENTS.length - 2}`);
  await expect(groups.nth(0).getByRole('radio').nth(4)).toBeChecked();
  await expect(groups.nth(2)).toContainText('Выберите ответ');
  await alert.getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`#q-${QUIZ_STATEMENTS[2]}$`));
});

test('a damaged result link gets a clear page, not an error', async ({ page }) => {
  for (const url of ['/quiz?v=1&a=12', '/quiz?v=1&a=' + '9'.repeat(QUIZ_STATEMENTS.length), '/quiz/print?a=x', '/en/quiz?v=abc']) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(url.startsWith('/en') ? 'The result link is damaged' : 'Ссылка на результат повреждена');
    await expect(page.getByRole('link', { name: url.startsWith('/en') ? 'Take the quiz again' : 'Пройти тест заново' })).toBeVisible();
  }
  const old = await page.goto(quizResult().replace(/v=\d+/, 'v=999'));
  expect(old?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Эта ссылка — на прошлую версию теста');
});

test('the printed result fits one A4 page with a QR code back to the result', async ({ page }) => {
  for (const locale of ['ru', 'en'] as const) {
    await page.goto(quizPrint(locale));
    await expect(page.locator('header svg')).toBeVisible();
    await expect(page.locator('nav')).toHaveCount(0);
    await expect(page.locator('footer a').first()).toHaveAttribute('href', new RegExp(`^https?://[^/]+${quizResult(locale).replace(/[?.]/g, '\\$&')}$`));
    const pdf = await page.pdf({ format: 'A4' });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
  }
});

test('the English quiz says the same in English', async ({ page }) => {
  await page.goto('/en/quiz');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which role suits me: an interest quiz');
  await expect(page.locator('main form[data-quiz]')).toHaveAttribute('action', '/en/quiz');
  await page.goto(quizResult('en'));
  await expect(page.getByRole('link', { name: 'Compare the top three roles' })).toBeVisible();
  await expect(page.locator('[data-quiz-ranking] > li > p a').first()).toHaveAttribute('href', /^\/en\/roles\//);
});
