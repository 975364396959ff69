/**
 * Vocabulary benchmark (part of `npm run bench`), in headless Chromium against the production build, with
 * 20,000 saved words (every lemma of the article plus invented ones) written straight into IndexedDB:
 * - colouring the longer article by status: reading the statuses (`qiraa:read-statuses`) and setting
 *   them on the words (`qiraa:colour-words`), on load; and after a status key in the popover, from the
 *   key to the frame showing the word re-coloured (statuses read again, every word re-coloured);
 * - opening My words from the header, once the library has settled (its cards show their status
 *   counts): click → first rows painted (a frame after they are in the DOM).
 */
import type { Analysis } from '../src/domain/analysis.ts';
import type { Article } from '../src/domain/article.ts';
import { WORD_STATUSES, articleLemmas, type WordRecord } from '../src/domain/vocab.ts';
import { launchBrowser } from './browser.ts';

export interface VocabNumbers {
  saved: number;
  readMs: number;
  colourMs: number;
  coloured: number;
  /** A status key pressed in the popover → every form of the lemma re-coloured and painted (median). */
  recolourMedian: number;
  recolourRuns: number[];
  openMedian: number;
  openRuns: number[];
}

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** 20,000 word records: the article's own lemmas first (so colouring has work), then invented lemmas. */
export function seedWords(article: Article, analysis: Analysis, count: number): WordRecord[] {
  const real = articleLemmas(analysis.tokens);
  const words: WordRecord[] = [];
  for (let i = 0; i < count; i++) {
    const lemma = i < real.length ? real[i]! : [0, 1, 2, 3].map((k) => LETTERS[(i * (k + 7) + k * 13 + Math.floor(i / 28 ** k)) % 28]).join('') + `${i}`;
    const p = article.paragraphs[i % article.paragraphs.length]!;
    words.push({
      id: lemma,
      kind: 'word',
      lemma,
      root: null,
      pos: 'noun',
      gloss: `gloss ${i}`,
      note: '',
      status: WORD_STATUSES[i % WORD_STATUSES.length]!,
      contexts: [{ articleId: article.id, paragraphId: p.id, sentence: p.ar.slice(0, 120), start: 0, end: 4 }],
      articleIds: [article.id],
      tags: [],
      addedAt: i,
      updatedAt: i,
    });
  }
  return words;
}

export async function measureVocab(base: string, article: Article, analysis: Analysis): Promise<VocabNumbers> {
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    // The probes are strings evaluated in the page (tsx rewrites functions), which the app's CSP forbids.
    bypassCSP: true,
  });
  const ready = () => page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
  await page.goto(`${base}/articles/${article.id}`);
  await ready();
  await page.waitForFunction(`performance.getEntriesByName('qiraa:colour-words').length > 0`);
  const seeded = seedWords(article, analysis, 20_000);
  // Written in slices (one message per slice stays small), as plain JS so no bundler helper leaks in.
  for (let i = 0; i < seeded.length; i += 2000) {
    await page.evaluate(
      `new Promise(function (resolve, reject) {
        var open = indexedDB.open('qiraa');
        open.onerror = reject;
        open.onsuccess = function () {
          var tx = open.result.transaction('words', 'readwrite');
          ${JSON.stringify(seeded.slice(i, i + 2000))}.forEach(function (w) { tx.objectStore('words').put(w); });
          tx.oncomplete = function () { open.result.close(); resolve(); };
          tx.onerror = reject;
        };
      })`,
    );
  }

  // Colouring on a fresh load of the article.
  await page.goto(`${base}/articles/${article.id}`);
  await ready();
  const measure = (name: string) =>
    page.waitForFunction(
      `(function () { var m = performance.getEntriesByName('${name}').find(function (e) { return e.detail.saved >= 20000; }); return m && [m.duration, m.detail.coloured || 0]; })()`,
    ).then((h) => h.jsonValue() as Promise<[number, number]>);
  const [colourMs, coloured] = await measure('qiraa:colour-words');
  const [readMs] = await measure('qiraa:read-statuses');

  // Re-colouring after a status change: a key in the popover, then the statuses are read again (20,000
  // keys) and the article re-coloured; timed to the frame that shows the word with its new status.
  const recolourRuns: number[] = [];
  const words = page.locator('[data-paragraph-id] p[data-side="ar"] .w');
  for (let run = 0; run < 5; run++) {
    const target = words.nth(run * 7 + 3);
    await target.scrollIntoViewIfNeeded();
    await target.click();
    await page.getByRole('dialog').waitFor();
    // A learning level the word does not have yet (the seeded statuses cycle through all of them).
    const current = await target.getAttribute('data-status');
    const key = [1, 2, 3, 4].find((k) => `learning${k}` !== current)!;
    const status = `learning${key}`;
    await page.evaluate(`(function () {
      var word = document.querySelectorAll('[data-paragraph-id] p[data-side="ar"] .w')[${run * 7 + 3}];
      window.__recoloured = new Promise(function (resolve) {
        document.addEventListener('keydown', function onKey(e) {
          document.removeEventListener('keydown', onKey, true);
          var t0 = e.timeStamp;
          var observer = new MutationObserver(function () {
            if (word.dataset.status !== '${status}') return;
            observer.disconnect();
            requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - t0); }); });
          });
          observer.observe(word, { attributes: true, attributeFilter: ['data-status'] });
        }, true);
      });
    })()`);
    await page.keyboard.press(String(key));
    recolourRuns.push((await page.evaluate('window.__recoloured')) as number);
    await page.keyboard.press('Escape');
  }

  // Opening My words from the header, five times (back to the library between runs).
  const openRuns: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.goto(`${base}/`);
    await ready();
    // A person looks at the library before choosing My words: its cards have their word counts.
    await page.getByText(/^Distinct words in this article by status/u).first().waitFor({ state: 'attached' });
    await page.evaluate(`window.__rows = new Promise(function (resolve) {
      document.addEventListener('click', function onClick(e) {
        document.removeEventListener('click', onClick, true);
        var t0 = e.timeStamp;
        function painted() { requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - t0); }); }); }
        var observer = new MutationObserver(function () {
          if (!document.querySelector('[data-word-row]')) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }, true);
    }); undefined`);
    await page.getByRole('navigation').getByRole('link', { name: 'My words' }).click();
    openRuns.push((await page.evaluate('window.__rows')) as number);
  }
  await browser.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { saved: seeded.length, readMs, colourMs, coloured, recolourMedian: median(recolourRuns), recolourRuns, openMedian: median(openRuns), openRuns };
}
