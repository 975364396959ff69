/**
 * Reading any Arabic text: import a pasted article with its translation, read it in each layout, look up
 * words explained automatically (a cliticised verb, a broken plural), highlight and save a word, rename,
 * export and delete it; bad inputs say why and store nothing; the import screen is accessible.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseDisplay, countRecords, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

// Our own sample text (not from any corpus): a short report of a minister's tour.
const ARABIC = [
  'قالت وزارة الخارجية إن الوزير سيزور عددا من الدول العربية الأسبوع المقبل لبحث العلاقات الثنائية.',
  'ويقولون إن المحادثات ستتناول التعاون الاقتصادي والأمن الإقليمي.',
];
const ENGLISH = [
  'The foreign ministry said the minister will visit a number of Arab countries next week to discuss bilateral relations.',
  'And they say the talks will address economic cooperation and regional security.',
];

const storedArticles = (page: Page) => countRecords(page, 'importedArticles');

async function fillImport(page: Page, title: string, arabic: string, english: string) {
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('textbox', { name: 'Arabic text' }).fill(arabic);
  await page.getByRole('textbox', { name: 'English translation (optional)' }).fill(english);
}

const word = (page: Page, p: string, form: string) => page.locator(`[data-paragraph-id="${p}"] p[data-side="ar"] .w`, { hasText: new RegExp(`^${form}$`, 'u') });

test('a pasted article with its translation: read in every layout, look up (offline too), highlight, save a word, rename, export, delete', async ({ page, context }, info) => {
  await open(page, '/');
  await page.getByRole('link', { name: 'Import an article' }).click();
  await expect(page.getByRole('heading', { name: 'Import an article', level: 1 })).toBeVisible();
  await fillImport(page, 'جولة الوزير', ARABIC.join('\n\n'), ENGLISH.join('\n\n'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'جولة الوزير', level: 1 })).toBeVisible();
  for (const [i, text] of ARABIC.entries()) await expect(page.locator(`[data-paragraph-id="p${String(i + 1)}"] p[data-side="ar"]`)).toHaveText(text);
  await expect(page.locator('[data-paragraph-id="p2"] p[data-side="en"]')).toHaveText(ENGLISH[1]!);

  // A cliticised verb: و + يقولون, from قَالَ; the popover says the analysis is automatic.
  await word(page, 'p2', 'ويقولون').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^Automatic analysis/u)).toBeVisible();
  await expect(dialog.getByRole('heading')).toContainText('ويقولون');
  await expect(dialog.getByText('قَالَ', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');

  // Offline, after a reload: the article, the analyzer and its lexicon all come from this device.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await reload(page);
  await word(page, 'p2', 'ويقولون').click();
  await expect(dialog.getByText('قَالَ', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await context.setOffline(false);

  // A broken plural: الدول, from دَوْلَة; saved to My words.
  await word(page, 'p1', 'الدول').click();
  await expect(dialog.getByText('دَوْلَة', { exact: true }).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Save word' }).click();
  await expect(dialog.getByRole('radio', { name: 'New' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(word(page, 'p1', 'الدول')).toHaveAttribute('data-status', 'new');

  // A highlight, by mouse across two words.
  await expect(page.getByRole('button', { name: 'Notes (0)' })).toBeVisible();
  const a = (await word(page, 'p1', 'وزارة').boundingBox())!;
  const b = (await word(page, 'p1', 'الخارجية').boundingBox())!;
  await page.mouse.move(a.x + a.width * 0.7, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.3, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Green highlight' }).click();
  await expect(page.getByRole('button', { name: 'Notes (1)' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => [...((CSS.highlights.get('qiraa-green') as unknown as Set<Range>) ?? [])].map((r) => r.toString())))
    .toEqual(['وزارة الخارجية']);

  for (const layout of ['Interlinear', 'Arabic only (study)', 'Side by side']) {
    await chooseDisplay(page, layout);
    await expect(page.locator('[data-paragraph-id="p1"] p[data-side="ar"]')).toHaveText(ARABIC[0]!);
  }

  // In the library: marked as imported; rename, export in the bundled format, delete with its highlights.
  await page.getByRole('link', { name: 'Library' }).click();
  const actions = page.getByRole('group', { name: 'Actions for جولة الوزير' });
  await expect(page.getByText('Imported', { exact: true })).toBeVisible();
  await actions.getByRole('button', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New title' }).fill('جولة وزير الخارجية');
  await page.getByRole('button', { name: 'Save' }).click();
  const renamed = page.getByRole('group', { name: 'Actions for جولة وزير الخارجية' });
  const download = page.waitForEvent('download');
  await renamed.getByRole('button', { name: 'Export as JSON' }).click();
  const file = info.outputPath('article.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { title: { ar: string }; paragraphs: Array<{ id: string; ar: string; en: string }> };
  expect(exported.title.ar).toBe('جولة وزير الخارجية');
  expect(exported.paragraphs).toEqual(ARABIC.map((ar, i) => ({ id: `p${String(i + 1)}`, ar, en: ENGLISH[i] })));
  await expectNoAxeViolations(page);

  await renamed.getByRole('button', { name: 'Delete' }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('dialog', { name: 'Delete this article?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(renamed).toHaveCount(0);
  expect(await storedArticles(page)).toBe(0);
  await open(page, '/notes');
  await expect(page.getByText('وزارة الخارجية')).toHaveCount(0);
});

test('bad input gives a clear message and stores nothing; a translation can be dropped', async ({ page }) => {
  await open(page, '/import');
  const alert = page.getByRole('alert');
  const submit = page.getByRole('button', { name: 'Import', exact: true });

  await fillImport(page, '', ARABIC.join('\n\n'), '');
  await submit.click();
  await expect(alert).toHaveText('Give the article a title.');

  await fillImport(page, 'English', ENGLISH.join('\n\n'), '');
  await submit.click();
  await expect(alert).toHaveText(/^This does not look like Arabic text/u);

  await fillImport(page, 'Huge', 'كلمة '.repeat(50_000), '');
  await submit.click();
  await expect(alert).toHaveText(/^This text is too long to import: 250,?000 characters/u);

  await fillImport(page, 'Mismatch', ARABIC.join('\n\n'), ENGLISH.join(' '));
  await submit.click();
  await expect(alert).toHaveText(/^The translation has 1 paragraphs but the Arabic has 2\./u);
  expect(await storedArticles(page)).toBe(0);

  await page.getByRole('checkbox', { name: 'Import without the translation' }).check();
  await submit.click();
  await expect(page.getByRole('heading', { name: 'Mismatch', level: 1 })).toBeVisible();
  await expect(page.locator('p[data-side="en"]')).toHaveCount(0);
  expect(await storedArticles(page)).toBe(1);
});

test('the import screen is accessible in both languages', async ({ page }) => {
  await open(page, '/import');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { name: 'استيراد مقال', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
});
