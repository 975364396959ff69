import type { Page } from '@playwright/test';
import phoneCallAnalysis from '../src/content/articles/assad-xi-phone-call.analysis.json' with { type: 'json' };
import hangzhouAnalysis from '../src/content/articles/xi-receives-assad-in-hangzhou.analysis.json' with { type: 'json' };
import { countRecords, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

const ANALYSES = { 'xi-receives-assad-in-hangzhou': hangzhouAnalysis, 'assad-xi-phone-call': phoneCallAnalysis };
type ArticleId = keyof typeof ANALYSES;
const HANGZHOU: ArticleId = 'xi-receives-assad-in-hangzhou';
const PHONE_CALL: ArticleId = 'assad-xi-phone-call';

const tokenAt = (id: ArticleId, p: string, form: string) => ANALYSES[id].tokens.find((t) => t.p === p && t.form === form)!;
const word = (page: Page, p: string, start: number) => page.locator(`[data-paragraph-id="${p}"] .w[data-s="${start}"]`);
/** The places (paragraph, start) of every token of a lemma in an article. */
const placesOf = (id: ArticleId, lemma: string) => ANALYSES[id].tokens.filter((t) => t.lemma === lemma).map((t) => `${t.p}:${t.start}`).sort();
/** The places of the words shown with a given status. */
const colouredPlaces = (page: Page, status: string) =>
  page.locator(`.w[data-status="${status}"]`).evaluateAll((els) =>
    els.map((el) => `${el.closest<HTMLElement>('[data-paragraph-id]')!.dataset.paragraphId}:${(el as HTMLElement).dataset.s}`).sort(),
  );

async function toggleColours(page: Page, on: boolean) {
  const menu = page.getByRole('button', { name: 'Display', exact: true });
  await menu.click();
  await page.getByRole('checkbox', { name: 'Colour words by status' }).setChecked(on);
  await menu.click();
}

async function openWord(page: Page, id: ArticleId, p: string, form: string) {
  const token = tokenAt(id, p, form);
  await word(page, p, token.start).scrollIntoViewIfNeeded();
  await word(page, p, token.start).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toContainText(form);
  return { dialog, token };
}

test('a word saved from the popover is coloured wherever its lemma occurs, in both articles; status keys change it', async ({ page }) => {
  await open(page, `/articles/${HANGZHOU}`);
  // البلدين "the two countries": the dual, with the article; the lemma is بَلَد.
  const { dialog, token } = await openWord(page, HANGZHOU, 'p2', 'البلدين');
  expect(token.lemma).toBe('بَلَد');
  await dialog.getByRole('button', { name: 'Save word' }).click();
  await expect(dialog.getByRole('radio', { name: 'New' })).toBeChecked();
  await expect.poll(() => colouredPlaces(page, 'new')).toEqual(placesOf(HANGZHOU, 'بَلَد'));

  // Keys set the status while the popover is open: 2 → Learning 2, K → Known, I → Ignored.
  await page.keyboard.press('2');
  await expect(dialog.getByRole('radio', { name: 'Learning 2' })).toBeChecked();
  await expect.poll(() => colouredPlaces(page, 'learning2')).toEqual(placesOf(HANGZHOU, 'بَلَد'));
  await page.keyboard.press('Escape');

  // Other forms — البلاد, بلاده, البلدان — in the other article light up too, after a reload.
  await open(page, `/articles/${PHONE_CALL}`);
  const expected = placesOf(PHONE_CALL, 'بَلَد');
  expect(expected.length).toBeGreaterThan(2);
  await expect.poll(() => colouredPlaces(page, 'learning2')).toEqual(expected);
  await toggleColours(page, false);
  await expect(page.locator('.w[data-status]')).toHaveCount(0);
  await toggleColours(page, true);
  await expect.poll(() => colouredPlaces(page, 'learning2')).toEqual(expected);

  // A status key on a word of the other article, and the library's counts.
  const other = await openWord(page, PHONE_CALL, 'p1', 'العلاقات');
  await page.keyboard.press('k');
  await expect(other.dialog.getByRole('radio', { name: 'Known' })).toBeChecked();
  await page.keyboard.press('Escape');
  await reload(page);
  await expect.poll(() => colouredPlaces(page, 'known')).toEqual(placesOf(PHONE_CALL, 'عَلَاقَة'));
  await page.getByRole('link', { name: 'Library' }).click();
  const lemmas = (id: ArticleId) => new Set(ANALYSES[id].tokens.map((t) => t.lemma)).size;
  await expect(page.getByText(`Distinct words in this article by status: 1 known, 1 learning, ${lemmas(PHONE_CALL) - 2} new`)).toBeVisible();
  await expect(page.getByText(`Distinct words in this article by status: 1 known, 1 learning, ${lemmas(HANGZHOU) - 2} new`)).toBeVisible();
});

test('My words: the political deck in one go, search, status keys on a row, bulk status, and the Anki export', async ({ page }) => {
  await open(page, '/words');
  await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add the political-vocabulary deck' }).click();
  await expect(page.getByText(/^\d+ words added \(0 already saved\)\.$/u)).toBeVisible();
  const rows = page.locator('[data-word-row]');
  await expect(rows.first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Search ignores vowels and hamza forms: شراكة finds شَرَاكَة.
  const search = page.getByRole('searchbox', { name: 'Search Arabic or English' });
  await search.fill('شراكه');
  const partnership = page.getByRole('listitem', { name: 'شَرَاكَة' });
  await expect(partnership).toBeVisible();
  await expect(partnership).toContainText('partnership');

  // Status keys on a focused row: 3 → Learning 3, I → Ignored.
  await partnership.focus();
  await page.keyboard.press('3');
  await expect(page.getByRole('combobox', { name: 'Status of شَرَاكَة' })).toHaveValue('learning3');
  await page.keyboard.press('i');
  await expect(page.getByRole('combobox', { name: 'Status of شَرَاكَة' })).toHaveValue('ignored');

  // Bulk: every word shown for "strategic" becomes Known.
  await search.fill('strategic');
  await page.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByRole('combobox', { name: 'Set the status of the selected words' }).selectOption('known');
  for (const select of await page.getByRole('combobox', { name: /^Status of / }).all()) await expect(select).toHaveValue('known');

  // The Anki export of what is shown: headers, then one row per word with the word marked in its sentence.
  await search.fill('شراكه');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Anki (TSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('qiraa-words.tsv');
  const tsv = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
  const lines = tsv.trimEnd().split('\n');
  expect(lines[0]).toBe('#separator:tab');
  const row = lines.find((l) => l.startsWith('شراكة\t'))!.split('\t');
  expect(row.slice(0, 4)).toEqual(['شراكة', 'شَرَاكَة', 'šarāka', row[3]]);
  expect(row[3]).toMatch(/partnership/u);
  expect(row[4]).toContain('<b>شراكة</b>');
  expect(row[6]).toContain('status_ignored');
});

test('a full review session by keyboard, offline, logged; the header counts what is due', async ({ page, context }) => {
  await open(page, `/articles/${HANGZHOU}`);
  for (const form of ['البلدين', 'شراكة']) {
    const { dialog } = await openWord(page, HANGZHOU, 'p2', form);
    await dialog.getByRole('button', { name: 'Save word' }).click();
    await expect(dialog.getByRole('radio', { name: 'New' })).toBeChecked();
    await page.keyboard.press('Escape');
  }
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: /Review\s*—\s*4 due/u })).toBeVisible();

  await context.setOffline(true);
  await nav.getByRole('link', { name: /Review/u }).click();
  await reload(page);
  await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
  await expectNoAxeViolations(page);
  for (let card = 1; card <= 4; card++) {
    await expect(page.getByText(`Card ${card} of 4`)).toBeVisible();
    const prompt = page.getByText(/^(What does the marked word mean\?|Which Arabic word fills the blank\?)$/u);
    await expect(prompt).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();
    await expect(page.locator('[lang="ar"]').filter({ hasText: /^(بَلَد|شَرَاكَة)$/u }).first()).toBeVisible();
    if (card === 1) await expectNoAxeViolations(page);
    await page.keyboard.press(card === 4 ? '1' : '3');
  }
  await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
  await expect(page.getByRole('region').getByText('You reviewed 4 cards.')).toBeVisible();
  await expect(nav.getByRole('link', { name: /^Review$/u })).toBeVisible();
  expect(await countRecords(page, 'reviews')).toBe(4);
  await context.setOffline(false);
});

test('My words and Review are accessible in Arabic', async ({ page }) => {
  await open(page, '/words');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { name: 'كلماتي', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('section[aria-labelledby="deck-title"]').getByRole('button').click();
  await expect(page.locator('[data-word-row]').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('navigation').getByRole('link', { name: /المراجعة/u }).click();
  await expect(page.getByRole('heading', { name: 'المراجعة', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'أظهر الإجابة' }).click();
  await expect(page.getByRole('button', { name: /^جيد · /u })).toBeVisible();
  await expectNoAxeViolations(page);
});
