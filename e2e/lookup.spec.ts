import type { Page } from '@playwright/test';
import phoneCallAnalysis from '../src/content/articles/assad-xi-phone-call.analysis.json' with { type: 'json' };
import hangzhouAnalysis from '../src/content/articles/xi-receives-assad-in-hangzhou.analysis.json' with { type: 'json' };
import { chooseDisplay, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

const ANALYSES = { 'xi-receives-assad-in-hangzhou': hangzhouAnalysis, 'assad-xi-phone-call': phoneCallAnalysis };
type ArticleId = keyof typeof ANALYSES;

const tokenAt = (id: ArticleId, p: string, form: string) => ANALYSES[id].tokens.find((t) => t.p === p && t.form === form)!;
const word = (page: Page, p: string, start: number) => page.locator(`[data-paragraph-id="${p}"] .w[data-s="${start}"]`);

async function expectExplained(page: Page, token: ReturnType<typeof tokenAt>) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toContainText(token.form);
  await expect(dialog).toContainText(token.lemma);
  await expect(dialog).toContainText(token.gloss);
  await expect(dialog).toContainText(token.voc);
}

const MOUSE_CASES: [ArticleId, string, string][] = [
  ['xi-receives-assad-in-hangzhou', 'p1', 'استقبل'],
  ['xi-receives-assad-in-hangzhou', 'p3', 'الواردات'],
  ['xi-receives-assad-in-hangzhou', 'p5', 'ستعزز'],
  ['xi-receives-assad-in-hangzhou', 'p11', 'الفيتو'],
  ['assad-xi-phone-call', 'p1', 'اتصالًا'],
  ['assad-xi-phone-call', 'p6', 'الهيمنة'],
  ['assad-xi-phone-call', 'p8', 'وسيادتها'],
];

test('a click on a word shows its lemma and meaning, across both articles', async ({ page }) => {
  for (const [id, p, form] of MOUSE_CASES) {
    const token = tokenAt(id, p, form);
    if (!page.url().endsWith(id)) await open(page, `/articles/${id}`);
    await word(page, p, token.start).click();
    await expectExplained(page, token);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
});

test('the popover shows the parts, root and grammar, and the listen button says why it is unavailable', async ({ page }) => {
  const token = tokenAt('xi-receives-assad-in-hangzhou', 'p5', 'ستعزز');
  await open(page, '/articles/xi-receives-assad-in-hangzhou');
  await word(page, 'p5', token.start).click();
  const dialog = page.getByRole('dialog');
  const parts = dialog.getByRole('list', { name: 'Parts' }).getByRole('listitem');
  await expect(parts).toHaveCount(token.segments.length);
  for (const [i, s] of token.segments.entries()) await expect(parts.nth(i)).toContainText(s.form);
  await expect(dialog).toContainText(token.root!.split('').join(' '));
  await expect(dialog).toContainText(token.features);
  // Headless Chromium has no voices: the button stays and explains itself.
  await expect(dialog.getByRole('button', { name: 'Listen' })).toHaveAccessibleDescription(/no Arabic voice|no speech synthesis/u);
});

test('a word of a multi-word name shows the whole name first', async ({ page }) => {
  const token = tokenAt('xi-receives-assad-in-hangzhou', 'p1', 'جين');
  await open(page, '/articles/xi-receives-assad-in-hangzhou');
  await word(page, 'p1', token.start).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('شي جين بينغ');
  await expect(dialog).toContainText('Xi Jinping');
  const term = tokenAt('xi-receives-assad-in-hangzhou', 'p11', 'ومجلس');
  await page.keyboard.press('Escape');
  await word(page, 'p11', term.start).click();
  await expect(page.getByRole('dialog')).toContainText('Security Council');
});

test('keyboard: Tab reaches the first word, arrows follow reading order, Enter opens, Escape returns focus', async ({ page }) => {
  await open(page, '/articles/assad-xi-phone-call');
  const first = word(page, 'p1', 0);
  await first.focus();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const third = page.locator('.w').nth(2);
  await expect(third).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.w').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  const token = phoneCallAnalysis.tokens[2]!;
  await expectExplained(page, token);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(third).toBeFocused();
  // Only one word is in the tab order at a time.
  await expect(page.locator('.w[tabindex="0"]')).toHaveCount(1);
});

test('a tap on a phone opens the lookup as a bottom sheet', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await open(page, `${baseURL}/articles/assad-xi-phone-call`);
  const token = tokenAt('assad-xi-phone-call', 'p1', 'الصديقين');
  await word(page, 'p1', token.start).tap();
  await expectExplained(page, token);
  const box = (await page.getByRole('dialog').boundingBox())!;
  expect(Math.round(box.x)).toBe(0);
  expect(Math.round(box.width)).toBe(390);
  expect(Math.round(box.y + box.height)).toBe(844);
  await context.close();
});

test('lookups are recorded and listed as recent lookups, across reloads', async ({ page }) => {
  await open(page, '/articles/xi-receives-assad-in-hangzhou');
  const token = tokenAt('xi-receives-assad-in-hangzhou', 'p2', 'شراكة');
  await word(page, 'p2', token.start).click();
  await expectExplained(page, token);
  await page.keyboard.press('Escape');
  const recent = page.getByRole('region', { name: 'Recently looked up in this article' });
  await expect(recent.getByRole('button', { name: new RegExp(token.form, 'u') })).toBeVisible();
  await reload(page);
  await recent.getByRole('button', { name: new RegExp(token.form, 'u') }).click();
  await expectExplained(page, token);
});

test('word-by-word glosses, transliteration and tashkeel modes render and persist', async ({ page }) => {
  await open(page, '/articles/xi-receives-assad-in-hangzhou');
  const first = word(page, 'p1', 0);
  const token = hangzhouAnalysis.tokens[0]!;
  await chooseDisplay(page, 'English gloss');
  await expect(first).toHaveAttribute('data-gloss', token.gloss);
  expect(await first.evaluate((el) => getComputedStyle(el, '::after').content)).toContain(token.gloss);
  await chooseDisplay(page, 'Full');
  await expect(first).toHaveText(token.voc);
  await reload(page);
  await expect(first).toHaveText(token.voc);
  await expect(first).toHaveAttribute('data-gloss', token.gloss);
  await chooseDisplay(page, 'None');
  const shadda = tokenAt('xi-receives-assad-in-hangzhou', 'p5', 'وقّعت');
  await expect(word(page, 'p5', shadda.start)).toHaveText('وقعت');
  await chooseDisplay(page, 'As printed');
  await expect(word(page, 'p5', shadda.start)).toHaveText('وقّعت');
  await chooseDisplay(page, 'Transliteration');
  await expect(first).toHaveAttribute('data-tr', 'istaqbala');
  // Offsets never move: every word still points at the same letters of the canonical text.
  await expect(word(page, 'p5', shadda.start)).toHaveCount(1);
});

for (const language of ['en', 'ar'] as const) {
  test(`axe finds no violations with the popover open (${language})`, async ({ page }) => {
    await open(page, '/articles/assad-xi-phone-call');
    if (language === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
    await word(page, 'p1', 0).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
