import { test } from '@playwright/test';
import { walkTheGuide } from './journey';

test('a reader walks home → area → role → skill → role → compare → study → back, in Russian', async ({ page }) => {
  await walkTheGuide(page, 'ru');
});

test('the same walk works in English', async ({ page }) => {
  await walkTheGuide(page, 'en');
});
