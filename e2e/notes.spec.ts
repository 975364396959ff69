import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ARTICLES, chooseDisplay, countRecords, dragArabic, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

const HANGZHOU = ARTICLES[0]!;
const words = (page: Page, p: string) => page.locator(`[data-paragraph-id="${p}"] p[data-side="ar"] .w`);

/** Texts of the ranges painted for each highlight colour (CSS Custom Highlight API). */
const painted = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      ['yellow', 'green', 'blue', 'pink'].map((c) => [c, [...((CSS.highlights.get(`qiraa-${c}`) as unknown as Set<Range>) ?? [])].map((r) => r.toString())]),
    ),
  );

/** Opens an article and waits until its highlights layer is there (its Notes button shows). */
async function openArticle(page: Page, id: string) {
  await open(page, `/articles/${id}`);
  await expect(page.getByRole('button', { name: /^Notes \(\d+\)$/u })).toBeVisible();
}

test('a mouse highlight in Arabic snaps to whole words and stays put across reloads and display changes', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await dragArabic(page, 'p1', 3, 5);
  await page.getByRole('toolbar', { name: 'Highlight and note' }).getByRole('button', { name: 'Green highlight' }).click();
  await expect.poll(() => painted(page)).toMatchObject({ green: ['شي جين بينغ'] });
  await expect.poll(() => countRecords(page, 'highlights')).toBe(1);
  await reload(page);
  await expect(page.getByRole('button', { name: 'Notes (1)' })).toBeVisible();
  await expect.poll(() => painted(page)).toMatchObject({ green: ['شي جين بينغ'] });
  await chooseDisplay(page, 'Full');
  await chooseDisplay(page, 'English gloss');
  await chooseDisplay(page, 'Interlinear');
  await chooseDisplay(page, 'Huge');
  await expect.poll(async () => (await painted(page)).green?.map((t) => t.replace(/[\u064B-\u065F\u0670]/gu, ''))).toEqual(['شي جين بينغ']);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect.poll(async () => (await painted(page)).green?.length).toBe(1);
});

test('a highlight in English, a note with Markdown that is never HTML, edit, and delete with Undo', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openArticle(page, HANGZHOU.id);
  const english = page.locator('[data-paragraph-id="p2"] p[data-side="en"]');
  await english.evaluate((p) => {
    const text = p.firstChild as Text;
    const start = text.data.indexOf('strategic partnership');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'strategic partnership'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByRole('toolbar').getByRole('button', { name: 'Note', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Note on the highlight' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('**Key term** <img src=x onerror=alert(1)>');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => painted(page)).toMatchObject({ yellow: ['strategic partnership'] });

  await page.getByRole('button', { name: 'Notes (1)' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights and notes' });
  await expect(panel.locator('strong', { hasText: 'Key term' })).toBeVisible();
  await expect(panel).toContainText('<img src=x onerror=alert(1)>');
  await expect(panel.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);

  await panel.getByRole('button', { name: 'Edit note' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('A *revised* note');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(panel.locator('em', { hasText: 'revised' })).toBeVisible();
  await panel.getByRole('combobox', { name: 'Change colour' }).selectOption('pink');
  await expect.poll(() => painted(page)).toMatchObject({ pink: ['strategic partnership'], yellow: [] });

  await panel.getByRole('button', { name: 'Delete highlight' }).click();
  await expect.poll(() => painted(page)).toMatchObject({ pink: [] });
  await page.getByRole('status').filter({ hasText: 'Highlight deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => painted(page)).toMatchObject({ pink: ['strategic partnership'] });
  await expect.poll(() => countRecords(page, 'highlights')).toBe(1);
  await reload(page);
  await expect.poll(() => painted(page)).toMatchObject({ pink: ['strategic partnership'] });
});

test('a keyboard highlight: Shift+arrows extend word by word, Enter reaches the toolbar', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await words(page, 'p1').first().focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('toolbar')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yellow highlight' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page)).toMatchObject({ green: ['استقبل الرئيس الصيني'] });
});

test('a paragraph note; the notes panel lists in reading order and goes to an item', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await page.getByRole('button', { name: 'Note on paragraph 3' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('- first point\n- second point');
  await page.getByRole('button', { name: 'Save' }).click();
  await dragArabic(page, 'p1', 0, 1);
  await page.getByRole('button', { name: 'Blue highlight' }).click();
  await page.getByRole('button', { name: /^Notes \(2\)$/u }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights and notes' });
  const items = panel.getByRole('listitem').filter({ has: page.locator('button') });
  await expect(items.first()).toContainText('استقبل الرئيس');
  await expect(panel.getByRole('button', { name: 'Note on paragraph 3' })).toBeVisible();
  await expect(panel.locator('ul li', { hasText: 'second point' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Markdown export holds the quote, colour, note and a link back to the paragraph', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await dragArabic(page, 'p2', 1, 2);
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Who reported it');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Notes (1)' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await (await download).path();
  const md = readFileSync(file, 'utf8');
  expect(md).toContain(`# ${HANGZHOU.title.en}`);
  expect(md).toContain('> التلفزيون الصيني');
  expect(md).toContain('Yellow highlight (Arabic) · [Paragraph 2](');
  expect(md).toContain(`/articles/${HANGZHOU.id}#p2)`);
  expect(md).toContain('Who reported it');
});

test('a highlight made in one tab appears in another without a reload', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openArticle(a, HANGZHOU.id);
  await openArticle(b, HANGZHOU.id);
  await expect(words(b, 'p1').first()).toBeVisible();
  await dragArabic(a, 'p1', 0, 0);
  await a.getByRole('button', { name: 'Pink highlight' }).click();
  await expect.poll(() => painted(b)).toMatchObject({ pink: ['استقبل'] });
});

test('the Notes page lists, filters and searches highlights across articles', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await dragArabic(page, 'p5', 19, 19);
  await page.getByRole('button', { name: 'Green highlight' }).click();
  await expect.poll(async () => (await painted(page)).green?.length).toBe(1);
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  await page.getByRole('link', { name: `Read “${ARTICLES[1]!.title.en}”` }).click();
  await expect(page.getByRole('button', { name: /^Notes \(\d+\)$/u })).toBeVisible();
  await dragArabic(page, 'p1', 0, 1);
  await page.getByRole('button', { name: 'Yellow highlight' }).click();
  await expect.poll(async () => (await painted(page)).yellow?.length).toBe(1);
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  const list = page.getByRole('main').getByRole('listitem');
  await expect(list).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Colour' }).selectOption('green');
  await expect(list).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Colour' }).selectOption('');
  // Arabic search ignores the shadda printed in وقّعت.
  await page.getByRole('searchbox', { name: 'Search quotes and notes' }).fill('وقعت');
  await expect(list).toHaveCount(1);
  await expect(list.first()).toContainText('وقّعت');
  await expectNoAxeViolations(page);
  await list.first().getByRole('link', { name: 'Go to the paragraph' }).click();
  await expect(page).toHaveURL(/#p5$/u);
});

test('axe finds no violations with the toolbar open, in Arabic', async ({ page }) => {
  await openArticle(page, HANGZHOU.id);
  await page.getByRole('button', { name: 'العربية' }).click();
  await dragArabic(page, 'p1', 0, 2);
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('English by keyboard and by mouse; Look up shows the term; Copy gives the original text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openArticle(page, HANGZHOU.id);
  const english = page.locator('[data-paragraph-id="p4"] p[data-side="en"]');
  await english.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yellow highlight' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => painted(page)).toMatchObject({ yellow: ['The Chinese'] });

  await page.locator('[data-paragraph-id="p6"] p[data-side="en"]').scrollIntoViewIfNeeded();
  const box = (await page.locator('[data-paragraph-id="p6"] p[data-side="en"]').boundingBox())!;
  await page.mouse.move(box.x + 2, box.y + 12);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 12, { steps: 4 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Blue highlight' }).click();
  await expect.poll(async () => (await painted(page)).blue?.[0]).toMatch(/^The Syrian/u);

  // مجلس الأمن الدولي in p11: the toolbar's Look up gives the unit's meaning.
  const council = HANGZHOU.paragraphs[10]!.ar.indexOf('ومجلس');
  await page.locator(`[data-paragraph-id="p11"] .w[data-s="${council}"]`).evaluate((first) => {
    const last = first.nextElementSibling!.nextElementSibling!;
    first.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(last, last.childNodes.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const toolbar = page.getByRole('toolbar', { name: 'Highlight and note' });
  await toolbar.getByRole('button', { name: 'Look up' }).click();
  await expect(toolbar).toContainText('Security Council');
  await toolbar.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ومجلس الأمن الدولي');
});

test('without the CSS Highlight API, Arabic words are coloured whole and English gets boxes over its text that follow the layout', async ({ page }) => {
  await page.addInitScript(() => {
    delete (CSS as unknown as { highlights?: unknown }).highlights;
    delete (window as unknown as { Highlight?: unknown }).Highlight;
  });
  await openArticle(page, HANGZHOU.id);
  await dragArabic(page, 'p1', 3, 5);
  await page.getByRole('toolbar', { name: 'Highlight and note' }).getByRole('button', { name: 'Green highlight' }).click();
  await expect(words(page, 'p1').and(page.locator('[data-hl="green"]'))).toHaveText(['شي', 'جين', 'بينغ']);

  const english = page.locator('[data-paragraph-id="p2"] p[data-side="en"]');
  const selectEnglish = (phrase: string) =>
    english.evaluate((p, phrase) => {
      const text = p.firstChild as Text;
      const start = text.data.indexOf(phrase);
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + phrase.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    }, phrase);
  await selectEnglish('strategic partnership');
  await page.getByRole('toolbar', { name: 'Highlight and note' }).getByRole('button', { name: 'Blue highlight' }).click();
  const boxes = page.locator('[data-highlight-overlay] > .qiraa-swatch-blue');
  /** Whether every box lies on the phrase's own text, as laid out now. */
  const onPhrase = () =>
    page.evaluate(() => {
      const p = document.querySelector('[data-paragraph-id="p2"] p[data-side="en"]')!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('strategic partnership');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'strategic partnership'.length);
      const lines = [...range.getClientRects()].filter((r) => r.width > 0);
      const shown = [...document.querySelectorAll('[data-highlight-overlay] > .qiraa-swatch-blue')].map((b) => b.getBoundingClientRect());
      return shown.length === lines.length && shown.every((b, i) => Math.abs(b.left - lines[i]!.left) < 1 && Math.abs(b.top - lines[i]!.top) < 1);
    });
  await expect(boxes.first()).toBeVisible();
  await expect.poll(onPhrase).toBe(true);
  await chooseDisplay(page, 'Huge');
  await expect.poll(onPhrase).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(onPhrase).toBe(true);
  await reload(page);
  await expect.poll(onPhrase).toBe(true);
  await expect(words(page, 'p1').and(page.locator('[data-hl="green"]'))).toHaveCount(3);
});
