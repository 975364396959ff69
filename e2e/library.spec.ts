import { ARTICLES, chooseDisplay, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

test('the library lists both articles with titles, counts, date and progress', async ({ page }) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Library' }).getByRole('listitem');
  await expect(cards.filter({ has: page.getByRole('article') })).toHaveCount(2);
  for (const article of ARTICLES) {
    const card = page.getByRole('article').filter({ hasText: article.title.en });
    await expect(card.locator('[lang="ar"][dir="rtl"]', { hasText: article.title.ar })).toBeVisible();
    await expect(card).toContainText(`${article.wordCount} words`);
    await expect(card).toContainText(`${article.paragraphCount} paragraphs`);
    await expect(card).toContainText(article.summary);
    await expect(card).toContainText('Not started');
  }
  const hangzhou = page.getByRole('article').filter({ hasText: ARTICLES[0]!.title.en });
  await expect(hangzhou).toContainText(/Friday,? 22 September 2023/u);
  await expect(page.getByRole('article').filter({ hasText: ARTICLES[1]!.title.en })).toContainText('Date not stated');
});

test('opening a card goes to the article and back/forward work', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('link', { name: `Read “${ARTICLES[1]!.title.en}”` }).click();
  await expect(page).toHaveURL(/\/articles\/assad-xi-phone-call$/u);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ARTICLES[1]!.title.en);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ARTICLES[1]!.title.en);
  await reload(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(ARTICLES[1]!.title.en);
});

test('the library in Arabic uses Arabic plural forms and right-to-left chrome', async ({ page }) => {
  await open(page, '/');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: 'المكتبة' })).toBeVisible();
  await expect(page.getByText('362 كلمة')).toBeVisible();
  await expect(page.getByText('11 فقرة')).toBeVisible();
  await expect(page.getByText('8 فقرات')).toBeVisible();
});

for (const language of ['en', 'ar'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the library (${language}, ${theme})`, async ({ page }) => {
      await open(page, '/');
      if (language === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
      const names = { en: { light: 'Light', dark: 'Dark', menu: 'Display' }, ar: { light: 'فاتحة', dark: 'داكنة', menu: 'العرض' } }[language];
      await chooseDisplay(page, names[theme], names.menu);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: names.menu, exact: true }).click();
      await expectNoAxeViolations(page);
    });
  }
}
