/**
 * Developer tool: screenshots every screen at phone and desktop sizes, in English and Arabic, light and
 * dark, into reports/screens/ (git-ignored), by driving the real UI of a running build.
 * Usage: npm run build && npx tsx scripts/screenshots.ts [base-url]
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { startServer } from './serve';

const server = process.argv[2] ? undefined : await startServer('dist', 0);
const address = server?.address();
const base = process.argv[2] ?? `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}`;
const out = 'reports/screens';
mkdirSync(out, { recursive: true });

async function choose(page: Page, language: 'en' | 'ar', theme: 'light' | 'dark') {
  if (language === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
  const display = page.getByRole('button', { name: language === 'ar' ? 'العرض' : 'Display' });
  await display.click();
  await page.getByRole('radio', { name: theme === 'dark' ? (language === 'ar' ? 'داكنة' : 'Dark') : language === 'ar' ? 'فاتحة' : 'Light' }).check();
  await display.click();
}

const browser = await launchBrowser();
const screens = (process.env.SCREENS ?? '/,/articles/xi-receives-assad-in-hangzhou').split(',');
for (const [device, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const) {
  for (const language of ['en', 'ar'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(base + '/');
      await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
      await choose(page, language, theme);
      for (const screen of screens) {
        await page.goto(base + screen);
        await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
        await page.waitForLoadState('networkidle');
        const name = `${screen === '/' ? 'library' : screen.split('/').pop()}-${device}-${language}-${theme}`;
        await page.screenshot({ path: `${out}/${name}.png` });
        if (screen.startsWith('/articles/')) {
          // The lookup popover on a word of a multi-word name.
          await page.locator('[data-paragraph-id="p1"] .w').nth(4).click();
          await page.getByRole('dialog').waitFor();
          await page.screenshot({ path: `${out}/${name}-lookup.png` });
          await page.keyboard.press('Escape');
        }
      }
      await context.close();
    }
  }
}
await browser.close();
server?.close();
console.log(`Screens written to ${out}/`);
