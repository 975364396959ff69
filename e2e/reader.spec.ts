import type { Page } from '@playwright/test';
import { ARTICLES, chooseDisplay, expect, readRecord, expectNoAxeViolations, open, reload, test } from './fixtures';

const LAYOUTS = { side: 'Side by side', interlinear: 'Interlinear', study: 'Arabic only (study)' } as const;

async function expectEveryParagraph(page: Page, article: (typeof ARTICLES)[number], study: boolean) {
  const arabic = page.locator('main p[lang="ar"][dir="rtl"][data-side="ar"]');
  await expect(arabic).toHaveText(article.paragraphs.map((p) => p.ar));
  if (study) {
    await expect(page.locator('main p[data-side="en"]')).toHaveCount(0);
    for (const [i] of article.paragraphs.entries()) {
      await page.getByRole('button', { name: `Show translation of paragraph ${i + 1}`, exact: true }).click();
    }
  }
  const english = page.locator('main p[lang="en"][dir="ltr"][data-side="en"]');
  await expect(english).toHaveText(article.paragraphs.map((p) => p.en));
  for (const [i, p] of article.paragraphs.entries()) {
    const pair = page.getByRole('region', { name: `Paragraph ${i + 1}`, exact: true });
    await expect(pair).toHaveAttribute('data-paragraph-id', p.id);
    await expect(pair.locator('[data-side="ar"]')).toHaveText(p.ar);
    await expect(pair.locator('[data-side="en"]')).toHaveText(p.en);
  }
}

for (const article of ARTICLES) {
  for (const [layout, label] of Object.entries(LAYOUTS)) {
    test(`every paragraph of ${article.id} appears with its translation (${layout})`, async ({ page }) => {
      await open(page, `/articles/${article.id}`);
      await chooseDisplay(page, label);
      await expectEveryParagraph(page, article, layout === 'study');
    });
  }
}

test('study mode reveals a translation by click and by Enter', async ({ page }) => {
  const article = ARTICLES[0]!;
  await open(page, `/articles/${article.id}`);
  await chooseDisplay(page, LAYOUTS.study);
  const pair = page.getByRole('region', { name: 'Paragraph 2', exact: true });
  const reveal = pair.getByRole('button', { name: 'Show translation of paragraph 2' });
  await reveal.click();
  await expect(pair.locator('[data-side="en"]')).toHaveText(article.paragraphs[1]!.en);
  await pair.getByRole('button', { name: 'Hide translation of paragraph 2' }).click();
  await expect(pair.locator('[data-side="en"]')).toHaveCount(0);
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(pair.locator('[data-side="en"]')).toBeVisible();
});

test('hovering or focusing a paragraph marks its partner', async ({ page }) => {
  await open(page, `/articles/${ARTICLES[0]!.id}`);
  const pair = page.getByRole('region', { name: 'Paragraph 1', exact: true });
  const english = pair.locator('[data-side="en"]');
  const before = await english.evaluate((el) => getComputedStyle(el).backgroundColor);
  await pair.locator('[data-side="ar"]').hover();
  await expect.poll(() => english.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
  await page.mouse.move(0, 0);
  await pair.locator('[data-side="en"]').focus();
  await expect.poll(() => pair.locator('[data-side="ar"]').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(before);
});

test('numbers and Latin inside Arabic are bidi-isolated', async ({ page }) => {
  await open(page, `/articles/${ARTICLES[0]!.id}`);
  await expect(page.locator('[data-side="ar"] bdi').first()).toHaveText('22');
  await expect(page.locator('[data-side="ar"] bdi', { hasText: '2023' })).toHaveCount(1);
});

test('layout, theme and text size persist across reload', async ({ page }) => {
  await open(page, `/articles/${ARTICLES[1]!.id}`);
  await chooseDisplay(page, 'Interlinear');
  await chooseDisplay(page, 'Dark');
  await chooseDisplay(page, 'Huge');
  const arabic = page.locator('[data-side="ar"]').first();
  const huge = await arabic.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await reload(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '5');
  await expect(page.locator('[data-layout]')).toHaveAttribute('data-layout', 'interlinear');
  await page.getByRole('button', { name: 'Display', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Interlinear' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Huge' })).toBeChecked();
  await page.getByRole('radio', { name: 'Small' }).check();
  await expect.poll(() => arabic.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(huge);
  const english = await page.locator('[data-side="en"]').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await arabic.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(english);
});

test('switching the interface to Arabic flips the page and translates the chrome, and is remembered', async ({ page }) => {
  await open(page, `/articles/${ARTICLES[0]!.id}`);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('link', { name: 'المكتبة' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'العرض' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'الفقرة 1', exact: true })).toBeVisible();
  // Content keeps its own direction whatever the interface language.
  await expect(page.locator('[data-side="en"]').first()).toHaveAttribute('dir', 'ltr');
  await reload(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('the browser language decides the interface on a first visit', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await open(page, '/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  await context.close();
});

test('the reading position is saved and restored, and progress shows in the library', async ({ page }) => {
  const article = ARTICLES[0]!;
  await open(page, `/articles/${article.id}`);
  await page.getByRole('region', { name: 'Paragraph 8', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // A reader's pause on the paragraph: the position is stored.
  await expect.poll(() => readRecord(page, 'progress', article.id)).toBeDefined();
  await page.getByRole('link', { name: 'Library' }).click();
  const card = page.getByRole('article').filter({ hasText: article.title.en });
  await expect(card).toContainText(/\d+% read/u);
  await expect(card.getByRole('progressbar', { name: 'Reading progress' })).not.toHaveAttribute('value', '0');
  await open(page, `/articles/${article.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Resumed at paragraph 8.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Paragraph 8', exact: true })).toBeInViewport();
});

test('articles stay readable when IndexedDB is unavailable, and the app says progress is not kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await open(page, `/articles/${ARTICLES[1]!.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'reading progress and settings will not be kept' })).toBeVisible();
  await expect(page.locator('[data-side="ar"]')).toHaveCount(ARTICLES[1]!.paragraphs.length);
  await chooseDisplay(page, 'Interlinear');
  await expect(page.locator('[data-layout]')).toHaveAttribute('data-layout', 'interlinear');
});

test('an unknown article says so', async ({ page }) => {
  await open(page, '/articles/no-such-article');
  await expect(page.getByRole('alert')).toHaveText('This article is not in your library.');
});

for (const language of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the reader (${language}, ${theme})`, async ({ page }) => {
      await open(page, `/articles/${ARTICLES[0]!.id}`);
      const names = { en: { t: theme === 'dark' ? 'Dark' : 'Light', menu: 'Display', study: LAYOUTS.study }, ar: { t: theme === 'dark' ? 'داكنة' : 'فاتحة', menu: 'العرض', study: 'العربية فقط (للدراسة)' } }[language];
      if (language === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
      await chooseDisplay(page, names.t, names.menu);
      await expectNoAxeViolations(page);
      await chooseDisplay(page, names.study, names.menu);
      await expectNoAxeViolations(page);
    });
  }
}
