/**
 * Nothing is lost: back up, clear all site data, restore; bad files change nothing; a full disk is
 * reported and leaves nothing half-written; other tabs see changes and a newer tab is made way for; the
 * page runs under a Content-Security-Policy that allows no inline script.
 */
import type { CDPSession, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import hangzhouAnalysis from '../src/content/articles/xi-receives-assad-in-hangzhou.analysis.json' with { type: 'json' };
import { countRecords, dragArabic, expect, expectNoAxeViolations, open, reload, test } from './fixtures';

const HANGZHOU = 'xi-receives-assad-in-hangzhou';
const painted = (page: Page, colour: string) =>
  page.evaluate((c) => [...((CSS.highlights.get(`qiraa-${c}`) as unknown as Set<Range>) ?? [])].map((r) => r.toString()), colour);

async function highlightArabic(page: Page, p: string, from: number, to: number, colour: string) {
  await dragArabic(page, p, from, to);
  await page.getByRole('toolbar', { name: 'Highlight and note' }).getByRole('button', { name: `${colour} highlight` }).click();
}

async function saveWord(page: Page, p: string, form: string) {
  const token = hangzhouAnalysis.tokens.find((t) => t.p === p && t.form === form)!;
  const el = page.locator(`[data-paragraph-id="${p}"] .w[data-s="${token.start}"]`);
  await el.scrollIntoViewIfNeeded();
  await el.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save word' }).click();
  await expect(dialog.getByRole('radio', { name: 'New' })).toBeChecked();
  await page.keyboard.press('3');
  await expect(dialog.getByRole('radio', { name: 'Learning 3' })).toBeChecked();
  await page.keyboard.press('Escape');
}

async function downloadBackup(page: Page, path: string) {
  await open(page, '/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await (await download).saveAs(path);
  await expect(page.getByRole('status').filter({ hasText: /^Saved qiraa-backup-\d{4}-\d\d-\d\d\.json\.$/u })).toBeVisible();
  return JSON.parse(readFileSync(path, 'utf8')) as { app: string; schemaVersion: number; exportedAt: string; data: Record<string, unknown[]> };
}

const chooseFile = (page: Page, path: string) => page.getByLabel('Choose a backup file').setInputFiles(path);

test('back up, clear all site data, restore: highlights are painted again, notes, words and reviews are back', async ({ page, context }, info) => {
  await open(page, `/articles/${HANGZHOU}`);
  await expect(page.getByRole('button', { name: 'Notes (0)' })).toBeVisible();
  await highlightArabic(page, 'p1', 3, 5, 'Green');
  await expect.poll(() => painted(page, 'green')).toEqual(['شي جين بينغ']);
  await expect.poll(() => countRecords(page, 'highlights')).toBe(1);
  await saveWord(page, 'p2', 'شراكة');
  // A paragraph note with text that must stay text.
  await page.getByRole('button', { name: 'Note on paragraph 3' }).click();
  await page.getByRole('textbox', { name: 'Note' }).fill('<img src=x onerror=alert(1)> **ملاحظة**');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Notes (2)' })).toBeVisible();
  await open(page, '/review');
  await expect(page.getByText('Card 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await page.getByRole('button', { name: /^Good · / }).click();
  await expect.poll(() => countRecords(page, 'reviews')).toBe(1);

  const file = info.outputPath('backup.json');
  const backup = await downloadBackup(page, file);
  expect(backup).toMatchObject({ app: 'qiraa', formatVersion: 2, schemaVersion: 6 });
  expect(backup.data.highlights).toHaveLength(1);
  expect(backup.data.paragraphNotes).toHaveLength(1);
  expect(backup.data.words).toHaveLength(1);
  expect(backup.data.reviews).toHaveLength(1);
  await expect(page.getByText(/^Last backup on this device: /u)).toBeVisible();

  // Clear all site data (IndexedDB, caches, the service worker), as a browser's "clear site data" does.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  await reload(page);
  await expect(page.getByText('No backup has been made on this device yet.')).toBeVisible();
  expect(await countRecords(page, 'words')).toBe(0);

  await chooseFile(page, file);
  await expect(page.getByText(/backup\.json\u2069? was made on .* and holds:$/u)).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: 'Highlights 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Paragraph notes 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Saved words 1' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Review cards 2' })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Reviews done 1' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace everything on this device?' });
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText('Restored: this device now holds exactly the backup.')).toBeVisible();

  await open(page, `/articles/${HANGZHOU}`);
  await expect.poll(() => painted(page, 'green')).toEqual(['شي جين بينغ']);
  await page.getByRole('button', { name: 'Notes (2)' }).click();
  const panel = page.getByRole('complementary', { name: 'Highlights and notes' });
  await expect(panel.getByText('<img src=x onerror=alert(1)>', { exact: false })).toBeVisible();
  await expect(panel.locator('strong', { hasText: 'ملاحظة' })).toBeVisible();
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(page.locator('.w[data-status="learning3"]').first()).toBeVisible();
  await open(page, '/words');
  await expect(page.getByRole('combobox', { name: /Status of شَرَاكَة/u })).toHaveValue('learning3');
  expect(await countRecords(page, 'reviews')).toBe(1);
  expect(await countRecords(page, 'cards')).toBe(2);
});

test('bad files give their message and change nothing; a merge keeps what is here', async ({ page }, info) => {
  await open(page, `/articles/${HANGZHOU}`);
  await expect(page.getByRole('button', { name: 'Notes (0)' })).toBeVisible();
  await highlightArabic(page, 'p1', 3, 5, 'Blue');
  await expect.poll(() => painted(page, 'blue')).toEqual(['شي جين بينغ']);
  await expect.poll(() => countRecords(page, 'highlights')).toBe(1);
  const file = info.outputPath('good.json');
  const backup = await downloadBackup(page, file);
  await expectNoAxeViolations(page);

  const cases: Array<[string, string, RegExp]> = [
    ['notes.txt', 'just some notes', /^This file is not a Qiraa backup: it is not JSON text\. Nothing was changed\.$/u],
    ['other.json', JSON.stringify({ app: 'other', data: {} }), /^This JSON file is not a Qiraa backup\. Nothing was changed\.$/u],
    ['newer.json', JSON.stringify({ ...backup, formatVersion: 99 }), /^This backup was made by a newer version of Qiraa \(backup format 99\)\./u],
    [
      'damaged.json',
      JSON.stringify({ ...backup, data: { ...backup.data, highlights: [backup.data.highlights![0], { id: 'x' }] } }),
      /^This backup is damaged: item 2 of highlights is malformed \(.+\)\. Nothing was changed\.$/u,
    ],
  ];
  for (const [name, text, message] of cases) {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    await chooseFile(page, path);
    await expect(page.getByRole('alert')).toHaveText(message);
    await expect(page.getByRole('button', { name: 'Merge with what is here' })).toHaveCount(0);
  }
  expect(await countRecords(page, 'highlights')).toBe(1);

  // Merge: a second highlight made after the backup survives restoring the older backup.
  await open(page, `/articles/${HANGZHOU}`);
  await expect(page.getByRole('button', { name: 'Notes (1)' })).toBeVisible();
  await highlightArabic(page, 'p2', 0, 1, 'Pink');
  await expect.poll(() => countRecords(page, 'highlights')).toBe(2);
  await open(page, '/settings');
  await chooseFile(page, file);
  await page.getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(page.getByText('Restored: the backup was merged with what was here.')).toBeVisible();
  expect(await countRecords(page, 'highlights')).toBe(2);
});

test('a restore that does not fit the storage quota says so and changes nothing', async ({ page, context }, info) => {
  await open(page, '/settings');
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const big = info.outputPath('big.json');
  const now = Date.now();
  const highlights = Array.from({ length: 400 }, (_, i) => ({
    id: `h${i}`,
    articleId: HANGZHOU,
    side: 'en',
    selector: { paragraphId: 'p1', start: 0, end: 4, quote: 'Xi J', prefix: '', suffix: '' },
    colour: 'yellow',
    note: 'ملاحظة طويلة '.repeat(2000),
    createdAt: now,
    updatedAt: now,
  }));
  writeFileSync(big, JSON.stringify({ app: 'qiraa', formatVersion: 1, schemaVersion: 5, exportedAt: new Date(now).toISOString(), data: { settings: {}, progress: [], lookups: [], highlights, paragraphNotes: [], words: [], cards: [], reviews: [] } }));
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 2 * 1024 * 1024 });
  await chooseFile(page, big);
  await expect(page.getByRole('row', { name: 'Highlights 400' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge with what is here' }).click();
  await expect(page.getByRole('alert')).toHaveText('There is not enough storage space on this device to restore this backup. Nothing was changed.');
  expect(await countRecords(page, 'highlights')).toBe(0);

  await expectNoAxeViolations(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('a change in one tab shows in another; a newer version in another tab makes this one ask to reload', async ({ context }) => {
  const reader = await context.newPage();
  await open(reader, `/articles/${HANGZHOU}`);
  await expect(reader.getByRole('button', { name: 'Notes (0)' })).toBeVisible();
  const words = await context.newPage();
  await open(words, '/words');
  await words.getByRole('button', { name: 'Add the political-vocabulary deck' }).click();
  // The other tab colours the deck's words without a reload, and suggests a backup of so many new items.
  await expect(reader.locator('.w[data-status="new"]').first()).toBeVisible();
  const reminder = reader.getByRole('complementary', { name: 'Backup reminder' });
  await expect(reminder).toContainText('You have added or changed 25 or more highlights, notes and words since your last backup.');
  await expectNoAxeViolations(reader);
  await reminder.getByRole('button', { name: 'Not now' }).click();
  await expect(reminder).toHaveCount(0);
  await expect(words.getByRole('complementary', { name: 'Backup reminder' })).toHaveCount(0);
  await words.getByRole('combobox', { name: /^Status of /u }).first().selectOption('known');
  await expect(reader.locator('.w[data-status="known"]').first()).toBeVisible();

  // Another tab opens a newer version of the database: this one lets go and asks to reload.
  await words.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie stores version n as IndexedDB version 10n: 1000 is far newer than this build.
        const request = indexedDB.open('qiraa', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(new Error('blocked'));
      }),
  );
  const banner = reader.getByRole('status').filter({ hasText: 'Qiraa was updated in another tab. Reload this page to go on saving' });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expectNoAxeViolations(reader);
});

test('the page allows no inline script and no other origin', async ({ page, consoleErrors }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  const ran = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    const image = new Image();
    image.src = 'https://example.com/pixel.png';
    document.body.append(image);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { injected: (window as unknown as { __injected?: boolean }).__injected ?? false, violations };
  });
  expect(ran.injected).toBe(false);
  expect(ran.violations).toEqual(expect.arrayContaining(['script-src-elem', 'img-src']));
  // The browser reports each refusal on the console: those are the only errors expected here.
  expect(consoleErrors.length).toBeGreaterThan(0);
  expect(consoleErrors.filter((e) => !/Content Security Policy/u.test(e))).toEqual([]);
  consoleErrors.length = 0;
});

test('Settings is accessible in both languages', async ({ page }) => {
  await open(page, '/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Storage on this device' })).toBeVisible();
  await expect(page.getByText(/^Using .+ of the .+ this browser allows this site\.$/u)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { name: 'الإعدادات', level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await reload(page);
  await expect(page.getByRole('heading', { name: 'الإعدادات', level: 1 })).toBeVisible();
});
