// @vitest-environment jsdom
/**
 * The review page against a real (fake-indexeddb) database: what the learner sees on each side of a
 * card, what a grade stores, which words are left out, and the end and empty states.
 */
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, readReviews, readDueCards, type QiraaDb } from '../../db/db';
import { StorageProvider } from '../../db/react';
import { DEFAULT_SETTINGS } from '../../domain/settings';
import { newCards } from '../../domain/srs';
import type { WordRecord, WordStatus } from '../../domain/vocab';
import { createI18n } from '../../i18n';
import { ReviewPage } from './ReviewPage';

const HOUR = 3_600_000;
const SENTENCE = 'قرأ الطالب الكتاب في المكتبة.';

function word(id: string, gloss: string, status: WordStatus = 'learning1'): WordRecord {
  const start = SENTENCE.indexOf('الكتاب');
  return {
    id,
    kind: 'word',
    lemma: id,
    root: null,
    pos: 'noun',
    gloss,
    note: '',
    status,
    contexts: [{ articleId: 'a', paragraphId: 'p1', sentence: SENTENCE, start, end: start + 'الكتاب'.length }],
    articleIds: ['a'],
    tags: [],
    addedAt: 0,
    updatedAt: 0,
  };
}

/** Saves words with their two cards, due `dueIn` ms from now (negative: already due). */
async function seed(words: WordRecord[], dueIn = -HOUR): Promise<void> {
  const db = (await openDb())!;
  await db.words.bulkPut(words);
  await db.cards.bulkPut(words.flatMap((w) => newCards(w.id, Date.now() + dueIn)));
  db.close();
}

let root: Root | null = null;
let container: HTMLElement;

async function render(language: 'en' | 'ar' = 'en') {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  root.render(
    <I18nextProvider i18n={createI18n(language)}>
      <StorageProvider initialSettings={DEFAULT_SETTINGS}>
        <MemoryRouter initialEntries={['/review']}>
          <ReviewPage />
        </MemoryRouter>
      </StorageProvider>
    </I18nextProvider>,
  );
}

const text = () => container.textContent ?? '';
const button = (name: RegExp) => [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
const press = (key: string, target: EventTarget = window) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 20 });

// Every test starts from an empty database (the page opens the app's own, so it is emptied, not renamed).
afterEach(async () => {
  root?.unmount();
  root = null;
  container.remove();
  const db = await database();
  await Promise.all(db.tables.map((table) => table.clear()));
  db.close();
});

async function database(): Promise<QiraaDb> {
  return (await openDb())!;
}

// Rendering the page loads the app's storage and i18n modules; on a loaded machine the first test needs time.
describe('ReviewPage', { timeout: 20_000 }, () => {
  it('shows recognition in context, reveals the answer, and stores a grade with its log', async () => {
    await seed([word('كِتَاب', 'book')]);
    await render();
    await until(() => expect(text()).toContain('Card 1 of 2'));
    expect(text()).toContain('2 cards due');
    expect(container.querySelector('[role="status"]')?.textContent).toBe('Card 1 of 2');

    const sentence = container.querySelector('p[lang="ar"]')!;
    expect(sentence.getAttribute('dir')).toBe('rtl');
    expect(sentence.querySelector('mark')?.textContent).toBe('الكتاب');
    expect(text()).not.toContain('book');

    // The key listener is attached just after the card paints: press until the answer shows.
    await until(() => {
      if (!text().includes('book')) press(' ');
      expect(text()).toContain('book');
    });
    expect(text()).toContain('kitāb');
    expect(text()).toContain('No Arabic voice is available');
    const good = button(/^Good · /)!;
    expect(good.textContent).toMatch(/Good · 10 min/);
    expect(button(/^Easy · /)!.textContent).toMatch(/days?/);

    press('3');
    await until(() => expect(text()).toContain('Card 2 of 2'));
    const db = await database();
    const [log] = await readReviews(db);
    expect(log).toMatchObject({ cardId: 'كِتَاب|recognition', grade: 'good', stateBefore: 'new' });
    expect(log!.dueAfter - log!.at).toBe(10 * 60_000);
    expect((await readDueCards(db, Date.now())).map((c) => c.id)).toEqual(['كِتَاب|recall']);
    db.close();
  });

  it('asks for recall with the gloss and a blank, never the word, until the answer is shown', async () => {
    const db = (await openDb())!;
    await db.words.put(word('كِتَاب', 'book'));
    await db.cards.put(newCards('كِتَاب', Date.now() - HOUR)[1]!);
    db.close();
    await render();
    await until(() => expect(text()).toContain('Which Arabic word fills the blank?'));
    expect(text()).toContain('_____');
    expect(text()).toContain('blank, meaning “book”');
    expect(container.querySelector('mark')).toBeNull();
    expect(text()).not.toContain('الكتاب ');

    button(/Show answer/)!.click();
    await until(() => expect(container.querySelector('mark')?.textContent).toBe('الكتاب'));
    expect(container.querySelector('[lang="ar"].text-4xl')?.textContent).toBe('كِتَاب');
  });

  it('leaves out cards of known, ignored and deleted words', async () => {
    await seed([word('كِتَاب', 'book'), word('قَلَم', 'pen', 'known'), word('بَاب', 'door', 'ignored')]);
    const db = (await openDb())!;
    await db.cards.bulkPut(newCards('مَفْقُود', Date.now() - HOUR));
    db.close();
    await render();
    await until(() => expect(text()).toContain('Card 1 of 2'));
    expect(text()).toContain('2 cards due');
  });

  it('ignores the shortcuts while the learner types in a field', async () => {
    await seed([word('كِتَاب', 'book')]);
    await render();
    await until(() => expect(text()).toContain('Card 1 of 2'));
    const input = document.createElement('input');
    container.append(input);
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    press(' ', input);
    press('Enter', input);
    await settle();
    expect(button(/Show answer/)).toBeDefined();
    button(/Show answer/)!.click();
    await until(() => expect(button(/^Good/)).toBeDefined());
    press('3', input);
    await settle();
    expect(text()).toContain('Card 1 of 2');
    const db = await database();
    expect(await readReviews(db)).toEqual([]);
    db.close();
  });

  it('ends with a summary of the grades and links back to My words', async () => {
    await seed([word('كِتَاب', 'book')]);
    await render();
    await until(() => expect(text()).toContain('Card 1 of 2'));
    await until(() => {
      if (!button(/^Again/)) press('Enter');
      expect(button(/^Again/)).toBeDefined();
    });
    press('1');
    await until(() => expect(text()).toContain('Card 2 of 2'));
    press('Enter');
    await until(() => expect(button(/^Easy/)).toBeDefined());
    press('4');
    await until(() => expect(text()).toContain('Session complete'));
    expect(text()).toContain('You reviewed 2 cards.');
    const counts = Object.fromEntries([...container.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]));
    expect(counts).toEqual({ Again: '1', Hard: '0', Good: '0', Easy: '1' });
    expect(container.querySelector('a[href="/words"]')?.textContent).toBe('My words');
    await until(() => expect(text()).toMatch(/The next card is due in \d+ minutes?\./));
  });

  it('says when nothing is due, and when the next card will be', async () => {
    await seed([word('كِتَاب', 'book')], 3 * HOUR);
    await render();
    await until(() => expect(text()).toContain('The next card is due in 3 hours.'));
    expect(text()).toContain('Nothing to review');
    expect(container.querySelector('a[href="/words"]')).not.toBeNull();
    expect(container.querySelector('a[href="/"]')?.textContent).toBe('Library');
  });

  it('speaks Arabic when the interface does', async () => {
    await seed([word('كِتَاب', 'book')]);
    await render('ar');
    await until(() => expect(text()).toContain('البطاقة 1 من 2'));
    expect(text()).toContain('بطاقتان مستحقتان');
    button(/أظهر الإجابة/)!.click();
    await until(() => expect(button(/^جيد · /)?.textContent).toMatch(/^جيد · 10 دقائق/));
  });

  it('says when there is nothing to review at all', async () => {
    await render();
    await until(() => expect(text()).toContain('You have no words to review yet.'));
  });
});
