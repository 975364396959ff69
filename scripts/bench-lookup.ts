/**
 * Lookup benchmark (part of `npm run bench`): real mouse clicks on 200 different words of the bundled
 * articles in headless Chromium (the pointer rests on each word for two frames, then clicks), each timed
 * from the click event's timestamp to the first frame painted with the popover visible; plus the same
 * probe on a bare page whose click only appends an element (this machine's floor for click → paint),
 * and the gzip size of the lookup code and of each article's analysis data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.ts';

const WORDS = 200;

/** In-page probe: on each click, resolves `__painted` with the time from the click event to the first
 * frame painted after the dialog appeared. */
const CLICK_TO_PAINT = `
document.addEventListener('click', function (e) {
  var clickAt = e.timeStamp;
  window.__painted = new Promise(function (resolve) {
    function done() { requestAnimationFrame(function () { setTimeout(function () { resolve(performance.now() - clickAt); }, 0); }); }
    var visible = '[role="dialog"]:not([aria-hidden="true"])';
    if (document.querySelector(visible)) return done();
    var observer = new MutationObserver(function () {
      if (!document.querySelector(visible)) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-hidden'] });
  });
}, { capture: true });`;

export interface LookupNumbers {
  samples: number[];
  median: number;
  p95: number;
  /** The same probe on a bare page whose click only appends an element. */
  floor: { median: number; p95: number };
  analyses: Record<string, number>;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export async function measureLookup(base: string, articleIds: string[]): Promise<LookupNumbers> {
  const browser = await launchBrowser();
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    // The probes are strings evaluated in the page (tsx rewrites functions), which the app's CSP forbids.
    bypassCSP: true,
  });
  const samples: number[] = [];
  const perArticle = Math.ceil(WORDS / articleIds.length);
  for (const id of articleIds) {
    await page.goto(`${base}/articles/${id}`);
    await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
    // Plain JS in a string: the bundler's helpers must not leak into the page.
    await page.evaluate(CLICK_TO_PAINT);
    const words = page.locator('.w');
    const count = await words.count();
    // Warm-up: the first lookup loads the popover's code and the analysis.
    await words.first().click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    for (let k = 0; k < perArticle && samples.length < WORDS; k++) {
      const index = Math.floor((k * count) / perArticle);
      const word = words.nth(index);
      await word.scrollIntoViewIfNeeded();
      // A person's pointer rests on a word before the click (human reaction time is far above two
      // frames); the app uses that moment to prepare the popover out of sight.
      await word.hover();
      await page.evaluate('new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); })');
      await word.click();
      samples.push((await page.evaluate('window.__painted')) as number);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
  }
  const floorSamples: number[] = [];
  await page.setContent(`<body>${Array.from({ length: 100 }, (_, i) => `<span class="w">word${i}</span>`).join(' ')}</body>`);
  await page.evaluate(`document.addEventListener('click', function (e) {
    var d = document.createElement('div'); d.setAttribute('role', 'dialog'); d.textContent = e.target.textContent; document.body.append(d);
  });` + CLICK_TO_PAINT);
  for (let i = 0; i < 100; i++) {
    await page.locator('.w').nth(i).click();
    floorSamples.push((await page.evaluate('window.__painted')) as number);
    await page.evaluate(`document.querySelectorAll('[role="dialog"]').forEach(function (d) { d.remove(); })`);
  }
  await browser.close();
  const floor = [...floorSamples].sort((a, b) => a - b);
  const sorted = [...samples].sort((a, b) => a - b);
  const gz = (file: string) => gzipSync(readFileSync(`dist/assets/${file}`)).length;
  const assets = readdirSync('dist/assets');
  return {
    samples,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    floor: { median: percentile(floor, 50), p95: percentile(floor, 95) },
    analyses: Object.fromEntries(
      articleIds.map((id) => [id, gz(assets.find((f) => f.startsWith(`${id}.analysis-`) && f.endsWith('.js'))!)]),
    ),
  };
}
