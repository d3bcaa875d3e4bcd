// Embed cards fit their frame: the snippet's fixed height holds every card at 300–400 px, and
// with scripts the frame shrinks to the card (the card posts its height; the host checks origin).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { EMBED_HEIGHT } from '../../components/pages/EmbedCard';
import { getContent } from '../../lib/content';
import { embedHref, studyEmbedHref } from '../../lib/links';
import { LOCALES } from '../../lib/locales';

const cards = LOCALES.flatMap((locale) => [
  ...getContent()[locale].roles.map((r) => embedHref(locale, r.slug)),
  ...['38.03.02', '38.03.06'].map((code) => studyEmbedHref(locale, code)),
]);

test('every card, in every language, fits the snippet frame from 300 to 400 px wide', async ({ page }) => {
  test.setTimeout(120_000);
  for (const width of [300, 360, 400]) {
    await page.setViewportSize({ width, height: EMBED_HEIGHT });
    for (const path of cards) {
      await page.goto(path);
      const bottom = await page.locator('[data-embed-card]').evaluate((card) => card.getBoundingClientRect().bottom);
      expect(bottom, `${path} at ${width}px`).toBeLessThanOrEqual(EMBED_HEIGHT);
      await expect(page.locator('[data-embed-card] a').last()).toBeInViewport();
    }
  }
});

test('the preview on the admissions page shrinks to its card', async ({ page }) => {
  await page.goto('/for-admissions?page=roles/hr-manager');
  const frame = page.locator('iframe[data-embed-message]');
  await expect(frame).toHaveAttribute('height', String(EMBED_HEIGHT));
  await expect.poll(async () => (await frame.boundingBox())!.height).toBeLessThan(EMBED_HEIGHT);
  const card = await page.frameLocator('iframe[data-embed-message]').locator('[data-embed-card]').boundingBox();
  const box = (await frame.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(card!.height);
});

test('the snippet on another site shrinks its frame, and ignores messages from other origins', async ({ page, baseURL }) => {
  await page.goto('/for-admissions?page=roles/sales-manager');
  const snippet = (await page.locator('[data-embed-snippet]').first().textContent())!;
  // The snippet names SITE_URL; in tests the site answers at baseURL.
  const html = snippet.replaceAll(new URL(snippet.match(/src="([^"]+)"/)![1]!).origin, baseURL!);
  // Another site: a real server on another port (Chromium blocks public pages framing loopback ones).
  const host = http.createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Host</title><body>${html}</body>`));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    const frame = page.locator('iframe');
    await expect.poll(async () => (await frame.boundingBox())!.height).toBeLessThan(EMBED_HEIGHT);
    const shrunk = (await frame.boundingBox())!.height;
    // A message from the host page itself (not from the site's origin) changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'manager-roles-guide:height', height: 5 }, '*'));
    await page.waitForTimeout(200);
    expect((await frame.boundingBox())!.height).toBe(shrunk);
  } finally {
    host.close();
  }
});
