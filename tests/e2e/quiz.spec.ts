// The interest quiz with JavaScript on: the same form, keyboard-only, with a copy button.
import { expect, test } from '@playwright/test';
import { QUIZ_STATEMENTS, quizResult } from './quiz-result';

test('a keyboard user can answer the quiz and reach the result', async ({ page }) => {
  await page.goto('/quiz');
  const first = page.locator('main form[data-quiz] input[type=radio]').first();
  await first.focus();
  // In each group: arrow right picks the next answer, Tab moves to the next group.
  for (let i = 0; i < QUIZ_STATEMENTS.length; i++) {
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'Space');
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('main form[data-quiz] input[type=radio]:checked')).toHaveCount(QUIZ_STATEMENTS.length);
  await expect(page.getByRole('button', { name: 'Показать результат' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/quiz\?v=\d+&a=[1-5]+$/);
  await expect(page.locator('[data-quiz-ranking] > li').first()).toContainText('совпадение');
});

test('the error summary takes focus, and a result can be copied with a button', async ({ page }) => {
  await page.goto(`/quiz?${QUIZ_STATEMENTS[0]}=4`);
  await expect(page.getByRole('alert')).toBeFocused();
  await page.goto(quizResult());
  await expect(page.getByRole('button', { name: 'Скопировать ссылку на результат' })).toBeVisible();
});
