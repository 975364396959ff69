/**
 * `npm run bench:lexicon` — runs our analyzer over the unseen news texts in ../shared/corpus/ntrex-news and
 * prints: the share of word tokens with at least one analysis; the share whose top lemma agrees with an
 * analysis built from the BAMA 1.0 tables (a reference oracle read from ../shared and kept in memory
 * only, never copied), with the disagreements listed; analyses per second; lexicon compile time in Node;
 * and, against the production build, the worker's start-up time in Chromium and the lexicon's download
 * size (gzip). Skips with a message when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileLexicon, analyzeText, analyzeWord } from '../src/domain/analyzer';
import { stripMarks } from '../src/domain/arabic/chars';
import { checkLexicon } from '../src/domain/lexicon/check';
import { loadBama } from './bama/analyzer';
import { toBuckwalter } from './bama/buckwalter';
import { lenientLemma } from './bama/normalise';
import { readLexiconFiles } from './lexicon-files';

const SHARED = path.resolve(import.meta.dirname, '../../shared');
const CORPUS = path.join(SHARED, 'corpus/ntrex-news');
const BAMA_DIR = path.join(SHARED, 'lexicon/bama-1.0');

const { lemmas, names, terms, problems } = checkLexicon(readLexiconFiles());
if (problems.length > 0) throw new Error(`the lexicon has ${String(problems.length)} problems: run scripts/check-lexicon.ts`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const compileTimes: number[] = [];
let lexicon = compileLexicon(lemmas, names, terms);
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  lexicon = compileLexicon(lemmas, names, terms);
  compileTimes.push(performance.now() - t);
}
console.log(`Lexicon: ${String(lemmas.length)} lemmas, ${String(names.length)} names, ${String(terms.length)} terms`);
console.log(`  compile in Node: median ${median(compileTimes).toFixed(1)} ms`);
const compact = JSON.stringify({ lemmas, names, terms });
console.log(`  size: ${(compact.length / 1024).toFixed(0)} KB as compact JSON, ${(gzipSync(compact).length / 1024).toFixed(1)} KB gzip (target ≤ 400 KB gzip)`);

if (!existsSync(CORPUS) || !existsSync(BAMA_DIR)) {
  console.log('skipped: coverage and BAMA agreement need ../shared/corpus/ntrex-news and ../shared/lexicon/bama-1.0 (not found)');
} else {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.ar.txt'))
    .sort()
    .map((f) => readFileSync(path.join(CORPUS, f), 'utf8'));
  const bama = loadBama(BAMA_DIR);
  let words = 0;
  let analysed = 0;
  let compared = 0;
  let agreed = 0;
  let bamaNone = 0;
  const unknown = new Map<string, number>();
  const disagreements = new Map<string, { ours: string; bama: string[]; count: number }>();
  for (const text of texts) {
    for (const token of analyzeText(lexicon, text).tokens) {
      words += 1;
      const top = token.analyses[0];
      if (!top?.known) {
        unknown.set(token.form, (unknown.get(token.form) ?? 0) + 1);
        continue;
      }
      analysed += 1;
      const bw = toBuckwalter(stripMarks(token.form));
      const solutions = bw ? bama.analyse(bw) : [];
      if (solutions.length === 0) {
        bamaNone += 1;
        continue;
      }
      compared += 1;
      const ours = lenientLemma(toBuckwalter(top.lemma) ?? '');
      if (solutions.some((s) => lenientLemma(s.lemma) === ours)) agreed += 1;
      else {
        const key = `${token.form} → ${top.lemma}`;
        const entry = disagreements.get(key) ?? { ours: top.lemma, bama: [...new Set(solutions.map((s) => s.lemma))], count: 0 };
        entry.count += 1;
        disagreements.set(key, entry);
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`Corpus: ${String(texts.length)} texts, ${String(words)} word tokens`);
  console.log(`  with at least one analysis: ${pct(analysed, words)} (${String(analysed)}/${String(words)}; target ≥ 97%)`);
  console.log(
    `  top lemma agrees with BAMA 1.0: ${pct(agreed, compared)} (${String(agreed)}/${String(compared)} tokens both analyse; target ≥ 90%; BAMA has no analysis for ${String(bamaNone)})`,
  );
  console.log(`  unanalysed (${String(unknown.size)} forms): ${[...unknown].sort((a, b) => b[1] - a[1]).map(([f, n]) => (n > 1 ? `${f}×${String(n)}` : f)).join(' ')}`);
  console.log(`  disagreements (${String(disagreements.size)} forms; ours → BAMA lemmas, Buckwalter):`);
  for (const [key, d] of [...disagreements].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`    ${key}${d.count > 1 ? ` ×${String(d.count)}` : ''}  |  BAMA: ${d.bama.join(', ')}`);
  }

  // Speed: every token of the corpus analysed afresh (no memo across words), repeated.
  const forms = texts.flatMap((t) => analyzeText(lexicon, t).tokens.map((x) => x.form));
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const t = performance.now();
    for (const form of forms) analyzeWord(lexicon, form);
    rates.push(forms.length / ((performance.now() - t) / 1000));
  }
  console.log(`  analyses per second (Node, one core): median ${median(rates).toFixed(0)} words/s`);
}

// In the browser, against the production build: the worker's start-up (new Worker → lexicon compiled and
// ready) and what it downloads.
const workerFile = existsSync('dist/assets') ? readdirSync('dist/assets').find((f) => /^analyzer\.worker-[\w-]+\.js$/u.test(f)) : undefined;
if (!workerFile) {
  console.log('skipped: worker start-up needs the production build (npm run build)');
} else {
  const assets = [workerFile, ...readdirSync('dist/assets').filter((f) => /^(lemmas|names|terms)-[\w-]+\.json$/u.test(f))];
  const bytes = assets.map((f) => readFileSync(path.join('dist/assets', f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
  console.log(
    `Download (the worker and ${String(assets.length - 1)} lexicon files, precached for offline use): ${(raw / 1024).toFixed(0)} KB, ` +
      `${(gzip / 1024).toFixed(1)} KB gzip (target ≤ 400 KB gzip)`,
  );
  const { launchBrowser } = await import('./browser');
  const { startServer } = await import('./serve');
  const server = await startServer('dist', 0);
  const address = server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? String(address.port) : '4173'}`;
  const browser = await launchBrowser();
  const runs: Array<{ total: number; compile: number; load: number; boot: number }> = [];
  const measure = (page: import('playwright-core').Page) =>
    page.evaluate(
      (url) =>
        new Promise<{ total: number; compile: number; load: number; boot: number }>((resolve) => {
          const t0 = performance.now();
          const worker = new Worker(url, { type: 'module' });
          worker.onmessage = (e: MessageEvent<{ type: string; compileMs: number; loadMs: number; scriptStart: number }>) => {
            if (e.data.type !== 'ready') return;
            const boot = e.data.scriptStart - (performance.timeOrigin + t0);
            resolve({ total: performance.now() - t0, compile: e.data.compileMs, load: e.data.loadMs, boot });
          };
        }),
      `/assets/${workerFile}`,
    );
  // The worker's own start-up, on a page that has finished starting (ready, network idle, an idle
  // callback): the page's start-up shares this machine's two cores and is not the worker's cost.
  const settled = async (page: import('playwright-core').Page) => {
    await page.goto(`${base}/`);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 })));
  };
  // Waits for the compiled index a first start writes (it commits after the worker says it is ready). The
  // store is opened as the worker opens it (version 1, one store), so probing never leaves it storeless.
  // Plain JS in a string: the bundler's helpers must not leak into the page.
  const cached = (page: import('playwright-core').Page) =>
    page.evaluate(`(async function () {
      function stored() {
        return new Promise(function (resolve) {
          var open = indexedDB.open('qiraa-lexicon-cache', 1);
          open.onupgradeneeded = function () { open.result.createObjectStore('index'); };
          open.onerror = function () { resolve(false); };
          open.onsuccess = function () {
            var db = open.result, count = db.transaction('index').objectStore('index').count();
            count.onsuccess = function () { resolve(count.result > 0); };
            count.onerror = function () { resolve(false); };
            db.close();
          };
        });
      }
      while (!(await stored())) await new Promise(function (resolve) { setTimeout(resolve, 50); });
    })()`);
  // A returning reader: the service worker has precached the app (lexicon included) and serves it; each
  // run is a fresh page, so nothing compiled is left in memory. First starts (after an install or a new
  // lexicon) find no cached index: it is deleted before each of them.
  // The cache probe is a string evaluated in the page, which the app's CSP forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const first = await context.newPage();
  await first.goto(`${base}/`);
  await first.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await first.close();
  const firstStarts: typeof runs = [];
  for (let run = 0; run < 3; run++) {
    const page = await context.newPage();
    await settled(page);
    await page.evaluate(() => new Promise((resolve) => { indexedDB.deleteDatabase('qiraa-lexicon-cache').onsuccess = resolve; }));
    firstStarts.push(await measure(page));
    await cached(page);
    await page.close();
  }
  for (let run = 0; run < 6; run++) {
    const page = await context.newPage();
    await settled(page);
    runs.push(await measure(page));
    await page.close();
  }
  await context.close();
  await browser.close();
  server.close();
  const med = (list: typeof runs, key: keyof (typeof runs)[number]) => median(list.map((r) => r[key])).toFixed(0);
  console.log(
    `  start-up (new Worker → ready, app precached, on a page that has finished starting; target ≤ 150 ms):\n` +
      `    first start (lexicon fetched and compiled, index cached): median ${med(firstStarts, 'total')} ms over ${String(firstStarts.length)} ` +
      `(${firstStarts.map((r) => r.total.toFixed(0)).join(', ')}; script ${med(firstStarts, 'boot')} ms, fetching the lexicon while compiling its lemmas ${med(firstStarts, 'load')} ms, ` +
      `finishing the index ${med(firstStarts, 'compile')} ms)`,
  );
  console.log(
    `    later starts (the compiled index read back from its cache): median ${med(runs, 'total')} ms over ${String(runs.length)} ` +
      `(${runs.map((r) => r.total.toFixed(0)).join(', ')}; script ${med(runs, 'boot')} ms, reading the index ${med(runs, 'load')} ms)`,
  );
}
