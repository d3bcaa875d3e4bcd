import { test } from '@playwright/test';
import { walkTheGuide } from './journey';

test('without JavaScript the whole walk works in Russian', async ({ page }) => {
  await walkTheGuide(page, 'ru');
});

test('without JavaScript the whole walk works in English', async ({ page }) => {
  await walkTheGuide(page, 'en');
});
