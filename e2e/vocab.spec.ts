import type { Page } from '@playwright/test';
import phoneCallAnalysis from '../src/content/articles/assad-xi-phone-call.analysis.json' with { type: 'json' };
import hangzhouAnalysis from '../src/content/articles/xi-receives-assad-in-hangzhou.analysis.json' with { type: 'json' };
import { expect, open, reload, test } from './fixtures';

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
