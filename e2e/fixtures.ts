/**
 * Shared test helpers: a page that fails the test on any console error (hydration mismatches
 * included), an axe scan, and the bundled articles as the source of expected text.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import phoneCall from '../src/content/articles/assad-xi-phone-call.json' with { type: 'json' };
import hangzhou from '../src/content/articles/xi-receives-assad-in-hangzhou.json' with { type: 'json' };

export const ARTICLES = [hangzhou, phoneCall];

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Runs axe on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Opens the Display settings and picks an option (a radio button or a checkbox) by its visible name. */
export async function chooseDisplay(page: Page, option: string, menu = 'Display') {
  const button = page.getByRole('button', { name: menu, exact: true });
  await button.click();
  await page.getByRole('radio', { name: option, exact: true }).or(page.getByRole('checkbox', { name: option, exact: true })).check();
  await button.click();
}

/** Goes to a page of the app and waits until it is interactive (hydrated). */
export async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Reloads and waits until the page is interactive again. */
export async function reload(page: Page) {
  await page.reload();
  await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Drags across Arabic words `from`..`to` (indexes in the paragraph), right to left, starting and ending mid-word. */
export async function dragArabic(page: Page, p: string, from: number, to: number) {
  const words = page.locator(`[data-paragraph-id="${p}"] p[data-side="ar"] .w`);
  await words.nth(from).scrollIntoViewIfNeeded();
  const a = (await words.nth(from).boundingBox())!;
  const b = (await words.nth(to).boundingBox())!;
  await page.mouse.move(a.x + a.width * 0.6, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.4, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** Reads one of the app's IndexedDB stores with a connection of its own: its size, or the record under `key`. */
function readStore<T>(page: Page, store: string, key?: string): Promise<T> {
  return page.evaluate(
    ([name, id]) =>
      new Promise<T>((resolve, reject) => {
        const request = indexedDB.open('qiraa');
        request.onerror = () => reject(new Error('open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const objects = db.transaction(name).objectStore(name);
          const read = id === undefined ? objects.count() : objects.get(id);
          read.onsuccess = () => {
            resolve(read.result as T);
            db.close();
          };
        };
      }),
    [store, key] as const,
  );
}

/** How many records one of the app's IndexedDB stores holds. */
export const countRecords = (page: Page, store: string) => readStore<number>(page, store);

/** The record stored under `key` in one of the app's IndexedDB stores, or undefined. */
export const readRecord = <T>(page: Page, store: string, key: string) => readStore<T | undefined>(page, store, key);
