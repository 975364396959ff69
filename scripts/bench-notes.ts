/**
 * Highlights benchmark (part of `npm run bench`), in headless Chromium against the production build:
 * - with 1,000 highlights stored for the longer article, the time to paint them all on load (the
 *   `qiraa:paint-highlights` User Timing measure of the load's painting pass);
 * - from the click on a colour (after a selection) to the highlight painted in a frame and saved in
 *   IndexedDB, over 40 highlights.
 */
import type { Article } from '../src/domain/article.ts';
import { tokenize } from '../src/domain/arabic/tokenize.ts';
import { describe, HIGHLIGHT_COLOURS } from '../src/domain/highlight.ts';
import { launchBrowser } from './browser.ts';

export interface NotesNumbers {
  paintMs: number;
  painted: number;
  createMedian: number;
  createP95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** 1,000 highlights over the article's Arabic words (one to four words each) and English phrases. */
function seedHighlights(article: Article, count: number) {
  const records = [];
  for (let i = 0; i < count; i++) {
    const p = article.paragraphs[i % article.paragraphs.length]!;
    const english = i % 5 === 4;
    const text = english ? p.en : p.ar;
    let start: number;
    let end: number;
    if (english) {
      start = (i * 37) % Math.max(1, text.length - 30);
      end = start + 12 + (i % 18);
    } else {
      const words = tokenize(text);
      const w = (i * 7) % words.length;
      start = words[w]!.start;
      end = words[Math.min(words.length - 1, w + (i % 4))]!.end;
    }
    records.push({
      id: `bench-${i}`,
      articleId: article.id,
      side: english ? 'en' : 'ar',
      selector: describe(p.id, text, start, end),
      colour: HIGHLIGHT_COLOURS[i % 4],
      note: '',
      createdAt: i,
      updatedAt: i,
    });
  }
  return records;
}

export async function measureNotes(base: string, article: Article): Promise<NotesNumbers> {
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    // The probes are strings evaluated in the page (tsx rewrites functions), which the app's CSP forbids.
    bypassCSP: true,
  });
  const url = `${base}/articles/${article.id}`;
  const ready = async () => {
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /^Notes \(\d+\)$/u }).waitFor();
  };
  await page.goto(url);
  await ready();

  // 1,000 highlights written straight into the app's database, then a fresh load.
  await page.evaluate(`new Promise(function (resolve, reject) {
    var open = indexedDB.open('qiraa');
    open.onerror = reject;
    open.onsuccess = function () {
      var tx = open.result.transaction('highlights', 'readwrite');
      ${JSON.stringify(seedHighlights(article, 1000))}.forEach(function (r) { tx.objectStore('highlights').put(r); });
      tx.oncomplete = function () { open.result.close(); resolve(); };
      tx.onerror = reject;
    };
  })`);
  await page.goto(url);
  await ready();
  await page.waitForFunction(`performance.getEntriesByName('qiraa:paint-highlights').some(function (m) { return m.detail.painted >= 1000; })`);
  const [paintMs, painted] = (await page.evaluate(`(function () {
    var m = performance.getEntriesByName('qiraa:paint-highlights').find(function (e) { return e.detail.painted >= 1000; });
    return [m.duration, m.detail.painted];
  })()`)) as [number, number];

  // Creating highlights: select words, click a colour, wait for the frame and the saved mark.
  // Waits for the clear to commit: reloading before it would keep the 1,000 highlights on the page.
  await page.evaluate(`new Promise(function (resolve, reject) {
    var open = indexedDB.open('qiraa');
    open.onerror = reject;
    open.onsuccess = function () {
      var tx = open.result.transaction('highlights', 'readwrite');
      tx.objectStore('highlights').clear();
      tx.oncomplete = function () { open.result.close(); resolve(); };
      tx.onerror = reject;
    };
  })`);
  await page.goto(url);
  await ready();
  await page.getByRole('button', { name: 'Notes (0)' }).waitFor();
  const samples: number[] = [];
  for (let i = 0; i < 40; i++) {
    const paragraph = article.paragraphs[i % article.paragraphs.length]!.id;
    const colour = HIGHLIGHT_COLOURS[i % 4]!;
    await page.evaluate(`(function () {
      var words = document.querySelectorAll('[data-paragraph-id="${paragraph}"] p[data-side="ar"] .w');
      var first = words[${(i * 3) % 12}], last = words[${((i * 3) % 12) + 1}];
      first.scrollIntoView({ block: 'center' });
      var range = document.createRange(); range.setStart(first, 0); range.setEnd(last, last.childNodes.length);
      document.getSelection().removeAllRanges(); document.getSelection().addRange(range);
      window.__before = CSS.highlights.get('qiraa-${colour}') ? CSS.highlights.get('qiraa-${colour}').size : 0;
      window.__done = new Promise(function (resolve) {
        document.addEventListener('click', function onClick(e) {
          document.removeEventListener('click', onClick, true);
          var t0 = e.timeStamp, painted = 0, saved = 0;
          function finish() { if (painted && saved) { window.__parts = (window.__parts || []).concat([[painted - t0, saved - t0]]); resolve(Math.max(painted, saved) - t0); } }
          requestAnimationFrame(function poll() {
            var h = CSS.highlights.get('qiraa-${colour}');
            // Called in a frame's animation callbacks: once the highlight is registered, that same frame
            // paints it, and a task queued now runs after the paint.
            if (h && h.size > window.__before) setTimeout(function () { painted = performance.now(); finish(); });
            else requestAnimationFrame(poll);
          });
          new PerformanceObserver(function (list, obs) { obs.disconnect(); saved = list.getEntries()[0].startTime; finish(); }).observe({ type: 'mark', buffered: false });
        }, true);
      });
    })()`);
    await page.getByRole('button', { name: `${colour[0]!.toUpperCase()}${colour.slice(1)} highlight` }).click();
    samples.push((await page.evaluate('window.__done')) as number);
  }
  if (process.env.BENCH_DEBUG) console.log(JSON.stringify(await page.evaluate('window.__parts')));
  await browser.close();
  const sorted = samples.sort((a, b) => a - b);
  return { paintMs, painted, createMedian: percentile(sorted, 50), createP95: percentile(sorted, 95) };
}
