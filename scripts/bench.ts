/**
 * `npm run bench`: builds, serves and measures the reader page of the longer article with Lighthouse
 * (mobile emulation, median of 3) beside a static HTML page generated from the same article with the
 * same font — the physical baseline — and prints the ratios, plus the gzip size of the initial JS and
 * CSS; then the lookup: click → popover painted over 200 words, and the lookup code and analysis data
 * sizes. Pass --no-build to measure the existing dist/.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Analysis } from '../src/domain/analysis.ts';
import { loadBundledArticles } from './content-plugin.ts';
import { CHROME_ARGS, chromePath } from './browser.ts';
import { measureLookup } from './bench-lookup.ts';
import { measureNotes } from './bench-notes.ts';
import { measureVocab } from './bench-vocab.ts';
import { startServer } from './serve.ts';

const RUNS = 3;
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const article = loadBundledArticles().sort((a, b) => b.wordCount - a.wordCount)[0]!;
const appPath = `/articles/${article.id}`;
const appHtml = readFileSync(`dist${appPath}.html`, 'utf8');

// --- Initial JS and CSS. The HTML's one script (boot) starts the app chunk after the first paint; the
// JS needed before the page is interactive is that chunk with everything it imports statically.
const gz = (file: string) => gzipSync(readFileSync(path.join('dist', file))).length;
const bootScripts = [...appHtml.matchAll(/<script[^>]+src="\/([^"]+\.js)"/gu)].map((m) => m[1]!);
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join('dist', file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/gu)) staticClosure(`assets/${m[1]}`, seen);
  return seen;
}
const appChunk = readdirSync('dist/assets').find((f) => f.startsWith('entry-client-') && f.endsWith('.js'))!;
const interactive = new Set([...bootScripts.flatMap((f) => [...staticClosure(f)]), ...staticClosure(`assets/${appChunk}`)]);
const initialJs = [...interactive].reduce((n, f) => n + gz(f), 0);
const htmlJs = bootScripts.reduce((n, f) => n + gz(f), 0);
const inlineCss = gzipSync(appHtml.match(/<style>([\s\S]*?)<\/style>/u)?.[1] ?? '').length;
const deferred = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && !interactive.has(`assets/${f}`));

// --- The physical baseline: the same article as plain HTML with the same font file.
const font = readdirSync('dist/assets').find((f) => /^noto-naskh-arabic-arabic-400-normal-.*\.woff2$/u.test(f))!;
const staticRoot = 'reports/bench-static';
rmSync(staticRoot, { recursive: true, force: true });
mkdirSync(staticRoot, { recursive: true });
copyFileSync(`dist/assets/${font}`, `${staticRoot}/${font}`);
const esc = (t: string) => t.replace(/[&<>]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
writeFileSync(
  `${staticRoot}/index.html`,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(article.title.en)}</title><meta name="description" content="Static baseline">
<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin>
<style>@font-face{font-family:"Noto Naskh Arabic";font-display:swap;src:url(/${font}) format("woff2");unicode-range:U+0600-06FF,U+FB50-FDFF,U+FE70-FEFC}
body{margin:0 auto;max-width:72rem;padding:1rem;font-family:system-ui,sans-serif;background:#faf8f3;color:#1d1c1a}
[lang=ar]{font-family:"Noto Naskh Arabic",system-ui,sans-serif;font-size:1.65rem;line-height:2.05}
section{display:grid;gap:.5rem 2.5rem;margin-block:1.75rem}@media(min-width:768px){section{grid-template-columns:1.15fr 1fr}}
p{margin:0}p[lang=en]{font-size:1.1rem;line-height:1.7}</style></head><body>
<h1><span lang="ar" dir="rtl">${esc(article.title.ar)}</span><br>${esc(article.title.en)}</h1>
${article.paragraphs.map((p) => `<section dir="rtl"><p lang="ar" dir="rtl">${esc(p.ar)}</p><p lang="en" dir="ltr">${esc(p.en)}</p></section>`).join('\n')}
</body></html>`,
);

// --- Lighthouse, alternating the two pages so that machine noise falls on both.
const [appServer, staticServer] = await Promise.all([startServer('dist', 0), startServer(staticRoot, 0)]);
const port = (s: typeof appServer) => (s.address() as { port: number }).port;
const urls = { app: `http://127.0.0.1:${port(appServer)}${appPath}`, static: `http://127.0.0.1:${port(staticServer)}/` };

interface Sample { score: number; lcp: number; bytes: number }
const samples: Record<keyof typeof urls, Sample[]> = { app: [], static: [] };
const chrome = await chromeLauncher.launch({ chromePath: chromePath() ?? undefined, chromeFlags: ['--headless=new', ...CHROME_ARGS] });
try {
  for (let run = 0; run < RUNS; run++) {
    for (const key of ['app', 'static'] as const) {
      const result = await lighthouse(urls[key], { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const lhr = result!.lhr;
      samples[key].push({
        score: Math.round((lhr.categories.performance!.score ?? 0) * 100),
        lcp: lhr.audits['largest-contentful-paint']!.numericValue!,
        bytes: lhr.audits['total-byte-weight']!.numericValue!,
      });
    }
  }
} finally {
  chrome.kill();
  staticServer.close();
}
const lookup = await measureLookup(`http://127.0.0.1:${port(appServer)}`, loadBundledArticles().map((a) => a.id));
const notes = await measureNotes(`http://127.0.0.1:${port(appServer)}`, article);
const analysis = JSON.parse(readFileSync(`src/content/articles/${article.id}.analysis.json`, 'utf8')) as Analysis;
const vocab = await measureVocab(`http://127.0.0.1:${port(appServer)}`, article, analysis);
appServer.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (key: keyof typeof urls) => ({
  score: median(samples[key].map((s) => s.score)),
  lcp: median(samples[key].map((s) => s.lcp)),
  bytes: median(samples[key].map((s) => s.bytes)),
});
const app = summary('app');
const base = summary('static');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

console.log(`\nReader page of "${article.title.en}" (${article.wordCount} words), Lighthouse ${RUNS} runs, mobile emulation, medians:`);
console.table({
  'Qiraa reader': { performance: app.score, 'LCP (ms)': Math.round(app.lcp), transferred: kb(app.bytes) },
  'static HTML baseline': { performance: base.score, 'LCP (ms)': Math.round(base.lcp), transferred: kb(base.bytes) },
  'ratio (reader / baseline)': { performance: (app.score / base.score).toFixed(3), 'LCP (ms)': (app.lcp / base.lcp).toFixed(3), transferred: (app.bytes / base.bytes).toFixed(3) },
});
console.log(`Initial JS (to interactive): ${kb(initialJs)} gzip — ${[...interactive].join(', ')}; of which the HTML's own script: ${kb(htmlJs)}`);
console.log(`Initial CSS: ${kb(inlineCss)} gzip, inlined in the HTML`);
console.log(`Loaded later, when needed: ${deferred.map((f) => `${f} ${kb(gz(`assets/${f}`))}`).join(', ')}`);
console.log(`Targets: performance ≥ 98 (${app.score >= 98 ? 'met' : 'NOT met'}), LCP ≤ 1.15× baseline (${app.lcp / base.lcp <= 1.15 ? 'met' : 'NOT met'}), initial JS ≤ 120 KB gzip (${initialJs <= 120 * 1024 ? 'met' : 'NOT met'}).`);

console.log(`\nLookup: click → popover painted over ${lookup.samples.length} different words: median ${lookup.median.toFixed(1)} ms, p95 ${lookup.p95.toFixed(1)} ms (target p95 ≤ 16 ms: ${lookup.p95 <= 16 ? 'met' : 'NOT met'})`);
console.log(`  (this machine's floor, a bare page whose click appends one element: median ${lookup.floor.median.toFixed(1)} ms, p95 ${lookup.floor.p95.toFixed(1)} ms)`);
const popover = readdirSync('dist/assets').find((f) => f.startsWith('WordPopover-') && f.endsWith('.js'))!;
const lookupChunks = [...staticClosure(`assets/${popover}`)].filter((f) => !interactive.has(f));
console.log(`JS added by lookup (loaded when the page is idle): ${kb(lookupChunks.reduce((n, f) => n + gz(f), 0))} gzip — ${lookupChunks.join(', ')}`);
console.log(`Analysis data per article (gzip): ${Object.entries(lookup.analyses).map(([id, n]) => `${id} ${kb(n)}`).join(', ')}`);

console.log(`\nHighlights: ${notes.painted} highlights on "${article.title.en}" painted on load in ${notes.paintMs.toFixed(1)} ms (target ≤ 50 ms: ${notes.paintMs <= 50 ? 'met' : 'NOT met'})`);
console.log(`Colour chosen → highlight painted and saved, over 40 highlights: median ${notes.createMedian.toFixed(1)} ms, p95 ${notes.createP95.toFixed(1)} ms (target median ≤ 16 ms: ${notes.createMedian <= 16 ? 'met' : 'NOT met'}; this machine's click → paint floor, above: median ${lookup.floor.median.toFixed(1)} ms)`);

console.log(`\nVocabulary, with ${vocab.saved.toLocaleString('en')} saved words:`);
console.log(`Colouring "${article.title.en}" by status on load: ${vocab.colourMs.toFixed(1)} ms to set ${vocab.coloured} words, after reading the 20,000 statuses in ${vocab.readMs.toFixed(1)} ms (while the page is still starting)`);
console.log(`Status key in the popover → statuses read again and the article re-coloured, painted: median ${vocab.recolourMedian.toFixed(1)} ms over ${vocab.recolourRuns.length} (${vocab.recolourRuns.map((r) => r.toFixed(0)).join(', ')}) (target ≤ 50 ms: ${vocab.recolourMedian <= 50 ? 'met' : 'NOT met'})`);
console.log(`Opening My words from the header → first rows painted: median ${vocab.openMedian.toFixed(1)} ms over ${vocab.openRuns.length} runs (${vocab.openRuns.map((r) => r.toFixed(0)).join(', ')}) (target ≤ 200 ms: ${vocab.openMedian <= 200 ? 'met' : 'NOT met'})`);
