// @vitest-environment jsdom
/**
 * My words against a real (fake-indexeddb) database: what the learner sees for each word, search and
 * the root family, status keys, inline edits, bulk status and delete, the exports, and the empty state.
 */
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, readWords } from '../../db/db';
import { StorageProvider } from '../../db/react';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import type { WordRecord } from '../../domain/vocab';
import { createI18n } from '../../i18n';
import { MyWordsPage } from './MyWordsPage';

vi.mock('../../content/articles', () => ({ listArticles: () => [{ id: 'a', title: { en: 'Xi meets Assad', ar: 'شي يلتقي الأسد' } }] }));

function word(id: string, sentence: string, form: string, overrides: Partial<WordRecord> = {}): WordRecord {
  const start = sentence.indexOf(form);
  return {
    id,
    kind: 'word',
    lemma: id,
    root: 'كتب',
    pos: 'noun',
    gloss: 'book',
    note: '',
    status: 'new',
    contexts: [{ articleId: 'a', paragraphId: 'p2', sentence, start, end: start + form.length }],
    articleIds: ['a'],
    tags: [],
    addedAt: Date.UTC(2025, 0, 1),
    updatedAt: 0,
    ...overrides,
  };
}

const WORDS = [
  word('كِتَاب', 'قرأ الطالبُ الكتابَ في البيت.', 'الكتابَ', { addedAt: 3 }),
  word('مَكْتَبَة', 'ذهبنا إلى المكتبة.', 'المكتبة', { gloss: 'library', addedAt: 2, status: 'learning2' }),
  word('طَالِب', 'وصل طالبٌ جديد.', 'طالبٌ', { root: 'طلب', gloss: 'student', note: 'also “seeker”', addedAt: 1 }),
];

async function seed(words: WordRecord[]) {
  const db = (await openDb())!;
  await db.words.bulkPut(words);
  db.close();
}

async function stored(): Promise<WordRecord[]> {
  const db = (await openDb())!;
  const words = await readWords(db);
  db.close();
  return words;
}

let root: Root | null = null;
let container: HTMLElement;

function render() {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(
    <I18nextProvider i18n={createI18n('en')}>
      <StorageProvider initialSettings={DEFAULT_SETTINGS}>
        <MemoryRouter initialEntries={['/words']}>
          <MyWordsPage />
        </MemoryRouter>
      </StorageProvider>
    </I18nextProvider>,
  );
}

const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });
const rows = () => [...container.querySelectorAll<HTMLElement>('[data-word-row]')];
/** The word count (the last status on the page; the deck offer has its own, above it). */
const status = () => [...container.querySelectorAll('[role="status"]')].at(-1)?.textContent;
const byLabel = <T extends HTMLElement>(label: string) => container.querySelector<T>(`[aria-label="${label}"]`)!;
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

/** Sets a form control's value the way a user's input does (React listens to the native setter). */
function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

beforeAll(() => {
  // jsdom has neither modal dialogs nor layout observers.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.scrollTo = () => undefined;
});

afterEach(async () => {
  root?.unmount();
  root = null;
  container.remove();
  const db = (await openDb())!;
  await Promise.all(db.tables.map((table) => table.clear()));
  db.close();
});

// Rendering the page loads the app's storage and i18n modules; on a loaded machine the first test needs time.
describe('My words', { timeout: 20_000 }, () => {
  it('shows every saved word with its details and its sentence linking back to the paragraph', async () => {
    await seed(WORDS);
    render();
    await until(() => expect(rows()).toHaveLength(3));
    expect(container.querySelector('[data-words-list]')).not.toBeNull();
    await until(() => expect(status()).toBe('3 words'));
    const first = rows()[0]!;
    expect(first.querySelector('[lang="ar"]')!.textContent).toBe('كِتَاب');
    expect(first.textContent).toContain('kitāb');
    expect(first.textContent).toContain('noun');
    expect(first.querySelector('mark')!.textContent).toBe('الكتابَ');
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/articles/a#p2');
    expect(link.textContent).toBe('Xi meets Assad');
    expect(byLabel<HTMLInputElement>('English meaning of كِتَاب').value).toBe('book');
    expect(byLabel<HTMLSelectElement>('Status of مَكْتَبَة').value).toBe('learning2');
    expect(rows()[2]!.textContent).toContain('also “seeker”');
  });

  it('searches Arabic without vowels and English in any case', async () => {
    await seed(WORDS);
    render();
    await until(() => expect(rows()).toHaveLength(3));
    type(byLabel('Search Arabic or English'), 'مكتبه');
    await until(() => expect(status()).toBe('1 of 3 words'));
    type(byLabel('Search Arabic or English'), 'STUDENT');
    await until(() => expect(rows().map((r) => r.querySelector('[lang="ar"]')!.textContent)).toEqual(['طَالِب']));
  });

  it('shows a root’s family when its root is clicked', async () => {
    await seed(WORDS);
    render();
    await until(() => expect(rows()).toHaveLength(3));
    byLabel('Show the words from the root ك ت ب').click();
    await until(() => expect(rows()).toHaveLength(2));
    expect(container.textContent).toContain('Root \u2068ك ت ب\u2069: 2 words');
    button('Show all words').click();
    await until(() => expect(rows()).toHaveLength(3));
  });

  it('sets a word’s status with a key on its row, and edits its gloss in place', async () => {
    await seed(WORDS);
    render();
    await until(() => expect(rows()).toHaveLength(3));
    rows()[0]!.focus();
    rows()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true, cancelable: true }));
    await until(async () => expect((await stored()).find((w) => w.id === 'كِتَاب')!.status).toBe('learning3'));
    // Keys typed into the row's own fields are not status keys.
    const gloss = byLabel<HTMLInputElement>('English meaning of كِتَاب');
    gloss.focus();
    gloss.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, cancelable: true }));
    gloss.value = 'volume';
    gloss.blur();
    await until(async () => expect((await stored()).find((w) => w.id === 'كِتَاب')).toMatchObject({ gloss: 'volume', status: 'learning3' }));
  });

  it('changes the status of the selected words, and deletes them after confirmation', async () => {
    await seed(WORDS);
    render();
    await until(() => expect(rows()).toHaveLength(3));
    byLabel<HTMLInputElement>('Select كِتَاب').click();
    byLabel<HTMLInputElement>('Select طَالِب').click();
    await until(() => expect(container.textContent).toContain('2 selected'));
    type(byLabel('Set the status of the selected words'), 'known');
    await until(async () => expect((await stored()).filter((w) => w.status === 'known').map((w) => w.id).sort()).toEqual(['طَالِب', 'كِتَاب']));
    await until(() => expect(container.textContent).toContain('2 words set to Known.'));

    button('Delete selected').click();
    await until(() => expect(container.querySelector('dialog')?.textContent).toContain('Delete 2 words?'));
    button('Delete').click();
    await until(async () => expect((await stored()).map((w) => w.id)).toEqual(['مَكْتَبَة']));
    await until(() => expect(rows()).toHaveLength(1));
  });

  it('exports the words shown as Anki TSV and CSV files', async () => {
    await seed(WORDS);
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:x');
    URL.revokeObjectURL = () => undefined;
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render();
    await until(() => expect(rows()).toHaveLength(3));
    type(byLabel('Search Arabic or English'), 'library');
    await until(() => expect(rows()).toHaveLength(1));
    button('Anki (TSV)').click();
    button('CSV').click();
    expect(names).toEqual(['qiraa-words.tsv', 'qiraa-words.csv']);
    const tsv = await blobs[0]!.text();
    expect(tsv.split('\n')[0]).toBe('#separator:tab');
    expect(tsv.split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(1);
    expect(tsv).toContain('مَكْتَبَة\tmaktaba\tlibrary\t');
    expect((await blobs[1]!.text()).split('\r\n')[1]).toMatch(/^مكتبة,مَكْتَبَة,maktaba,library,/u);
    click.mockRestore();
  });

  it('explains how to save words when there are none, under the deck offer', async () => {
    render();
    await until(() => expect(container.textContent).toContain('No saved words yet'));
    expect(container.textContent).toContain('click any Arabic word in an article');
    expect([...container.querySelectorAll('a')].find((a) => a.textContent === 'Go to the library')!.getAttribute('href')).toBe('/');
    expect(button('Add the political-vocabulary deck')).toBeDefined();
    expect(container.querySelector('h1')!.textContent).toBe('My words');
  });
});
