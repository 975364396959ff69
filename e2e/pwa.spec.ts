import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROME_ARGS, chromePath } from '../scripts/browser';
import { ARTICLES, expect, open, reload, test } from './fixtures';

test('after the service worker activates, the app works offline', async ({ page, context }) => {
  await open(page, `/articles/${ARTICLES[0]!.id}`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null && navigator.serviceWorker.controller !== null);
  await expect(page.getByRole('status').filter({ hasText: 'Qiraa now works offline.' })).toBeVisible();
  await context.setOffline(true);
  await reload(page);
  await expect(page.locator('[data-side="ar"]')).toHaveCount(ARTICLES[0]!.paragraphs.length);
  await expect(page.locator('[data-side="ar"]').first()).toHaveCSS('font-family', /Noto Naskh Arabic/u);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'قراءة'))).toBe(true);
  // The other article and the library were precached too.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: `Read “${ARTICLES[1]!.title.en}”` }).click();
  await expect(page.locator('[data-side="ar"]')).toHaveCount(ARTICLES[1]!.paragraphs.length);
  await open(page, `/articles/${ARTICLES[1]!.id}`);
  await expect(page.locator('[data-side="en"]').first()).toHaveText(ARTICLES[1]!.paragraphs[0]!.en);
  await context.setOffline(false);
});

test('the app is installable: Chromium reports no installability errors', async ({ baseURL }) => {
  const profile = mkdtempSync(path.join(tmpdir(), 'qiraa-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromePath(), args: CHROME_ARGS, headless: true });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', lang: 'en', dir: 'ltr', short_name: 'Qiraa' });
    expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
