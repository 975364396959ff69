/**
 * `npm run check:analysis`: cross-checks the curated word-by-word analysis of the bundled articles
 * (src/content/articles/*.analysis.json) against an independent analysis built from the Buckwalter
 * Arabic Morphological Analyzer (BAMA) 1.0 lexicon, and prints agreement rates and every disagreement
 * for review. It is a report, not a gate: it always exits 0.
 *
 * For each token: strip diacritics and tatweel from the printed form, transliterate it to Buckwalter,
 * find every prefix + stem + suffix split allowed by the BAMA tables (scripts/bama/analyzer.ts), and
 * compare our lemma and root with the candidates' lemma IDs and `;--- root` groups
 * (scripts/bama/normalise.ts documents the normalisation). Tokens BAMA cannot analyse at all (mostly
 * names and loan words) are counted and listed apart, not as disagreements. A token agrees when ANY
 * candidate agrees, so an unvocalised homograph can agree by chance (شي: our شِي "Xi", BAMA's شَيّ).
 *
 * Licence rule: the BAMA tables (GPL-2.0, LDC2002L49) are read at run time from
 * ../shared/lexicon/bama-1.0 beside the repository and only printed from. Never copy those files, or
 * anything generated from them (word lists, caches, fixtures, reports), into the repository or the build
 * output. When the folder is absent the script says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analysisSchema, type TokenAnalysis } from '../src/domain/analysis.ts';
import { stripMarks } from '../src/domain/arabic/chars.ts';
import { loadBama, type Solution } from './bama/analyzer.ts';
import { fromBuckwalter, toBuckwalter } from './bama/buckwalter.ts';
import { lenientLemma, ROOT_STEPS, rootAgreement, strictLemma, type RootStep } from './bama/normalise.ts';

const BAMA_DIR = path.resolve(import.meta.dirname, '../../shared/lexicon/bama-1.0');
const ARTICLES_DIR = path.resolve(import.meta.dirname, '../src/content/articles');

if (!existsSync(BAMA_DIR)) {
  console.log('skipped: ../shared/lexicon/bama-1.0 not found');
  process.exit(0);
}

interface Checked {
  article: string;
  token: TokenAnalysis;
  solutions: Solution[];
  lemmaStrict: boolean;
  lemmaLenient: boolean;
  /** null when our root is null; otherwise the step at which it agrees, or 'none'. */
  root: RootStep | 'none' | null;
  /** Our root is null but BAMA files the word under a `;--- ` header. */
  bamaRootOnly: boolean;
}

const bama = loadBama(BAMA_DIR);
const cache = new Map<string, Solution[]>();
const analyse = (form: string): Solution[] => {
  const bw = toBuckwalter(stripMarks(form));
  if (bw === null || bw === '') return [];
  if (!cache.has(bw)) cache.set(bw, bama.analyse(bw));
  return cache.get(bw)!;
};

function check(article: string, token: TokenAnalysis): Checked {
  const solutions = analyse(token.form);
  const ourLemma = toBuckwalter(token.lemma) ?? '';
  const ourRoot = token.root === null ? null : (toBuckwalter(token.root) ?? '');
  const lemmaStrict = solutions.some((s) => strictLemma(s.lemma) === strictLemma(ourLemma));
  const lemmaLenient = solutions.some((s) => lenientLemma(s.lemma) === lenientLemma(ourLemma));
  const allRoots = solutions.flatMap((s) => s.roots);
  const root = ourRoot === null ? null : (rootAgreement(ourRoot, allRoots) ?? 'none');
  return { article, token, solutions, lemmaStrict, lemmaLenient, root, bamaRootOnly: ourRoot === null && allRoots.length > 0 };
}

const files = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.analysis.json')).sort();
const checked: Checked[] = files.flatMap((file) => {
  const analysis = analysisSchema.parse(JSON.parse(readFileSync(path.join(ARTICLES_DIR, file), 'utf8')));
  return analysis.tokens.map((t) => check(analysis.articleId, t));
});
const articles = [...new Set(checked.map((c) => c.article))];

// --- Summary table.
const pct = (n: number, d: number) => (d === 0 ? '     –' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const frac = (n: number, d: number) => `${pct(n, d)} (${n}/${d})`.padEnd(18);
const pairKey = (t: TokenAnalysis) => `${t.form}\u0000${t.lemma}`;
const rootAgrees = (c: Checked) => c.root !== null && c.root !== 'none' && c.root !== 'w≈y';
const label = (s: string) => s.padEnd(31);

console.log('Curated analysis vs BAMA 1.0 (lexicon read at run time from ../shared/lexicon/bama-1.0, never copied)');
console.log('Lemma rates are over the tokens BAMA analyses; root rates over those of them where our root is not null.\n');
console.log(
  `${label('article')}tokens  pairs  no-BAMA  ${'lemma strict'.padEnd(18)}${'lemma lenient'.padEnd(18)}${'root'.padEnd(18)}root (w≈y)`,
);
for (const name of [...articles, 'overall']) {
  const rows = name === 'overall' ? checked : checked.filter((c) => c.article === name);
  const analysed = rows.filter((c) => c.solutions.length > 0);
  const rooted = analysed.filter((c) => c.root !== null);
  console.log(
    label(name) +
      String(rows.length).padStart(6) +
      String(new Set(rows.map((c) => pairKey(c.token))).size).padStart(7) +
      String(rows.length - analysed.length).padStart(9) +
      '  ' +
      frac(analysed.filter((c) => c.lemmaStrict).length, analysed.length) +
      frac(analysed.filter((c) => c.lemmaLenient).length, analysed.length) +
      frac(rooted.filter(rootAgrees).length, rooted.length) +
      frac(rooted.filter((c) => c.root !== 'none').length, rooted.length).trimEnd(),
  );
}

const analysed = checked.filter((c) => c.solutions.length > 0);
const steps = ROOT_STEPS.map((s) => `${s} ${analysed.filter((c) => c.root === s).length}`).join(', ');
console.log(`\nRoot agreements by the first normalisation step that made them match (tokens): ${steps}.`);

// --- Disagreements, one line per distinct (form, lemma).
const KINDS = ['LEMMA+ROOT', 'LEMMA', 'LEMMA~', 'ROOT', 'ROOT~'] as const;
type Kind = (typeof KINDS)[number];
function kindOf(c: Checked): Kind | null {
  const root = c.root === 'none' || c.root === 'w≈y';
  if (!c.lemmaLenient) return root ? 'LEMMA+ROOT' : 'LEMMA';
  if (c.root === 'none') return 'ROOT';
  if (c.root === 'w≈y') return 'ROOT~';
  return c.lemmaStrict ? null : 'LEMMA~';
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byForm = (a: Checked[], b: Checked[]) => cmp(a[0]!.token.form, b[0]!.token.form) || cmp(a[0]!.token.lemma, b[0]!.token.lemma);
function groupBy(rows: Checked[]): Checked[][] {
  const map = new Map<string, Checked[]>();
  for (const c of rows) map.set(pairKey(c.token), [...(map.get(pairKey(c.token)) ?? []), c]);
  return [...map.values()].sort(byForm);
}
const where = (items: Checked[]) => items.map((c) => `${c.article} ${c.token.p}:${c.token.start}`).join(', ');
const ours = (t: TokenAnalysis) => `${t.lemma} ‹${t.root ?? '–'}› ${t.pos}`;
const rootLabel = (s: Solution) => (s.rootLine === null ? '–' : fromBuckwalter(s.rootLine.split(/\s+/u)[0]!.replace(/\(.*$/u, '')));
function candidates(solutions: Solution[]): string {
  const seen = new Set(solutions.map((s) => `${fromBuckwalter(s.lemma)} ‹${rootLabel(s)}› ${s.pos}`));
  return [...seen].sort(cmp).join('; ');
}
const count = (groups: Checked[][]) => `${groups.length} pairs, ${groups.reduce((n, g) => n + g.length, 0)} tokens`;

console.log('\nDisagreements, one line per distinct form + lemma: ours ‹root› POS | BAMA candidates ‹root as BAMA');
console.log('spells it: ا = hamza radical, ى = final weak radical› POS | occurrences: article paragraph:offset.');
const legend: Record<Kind, string> = {
  'LEMMA+ROOT': 'neither lemma (even leniently) nor root matches any candidate',
  LEMMA: 'no candidate lemma matches, even leniently; the root matches',
  'LEMMA~': 'the lemma matches only leniently (hamza seat, alif wasla, ى/ي)',
  ROOT: 'the lemma matches, the root matches no candidate',
  'ROOT~': 'the lemma matches, the root only with a final و/ي conflated',
};
for (const kind of KINDS) {
  const groups = groupBy(checked.filter((c) => c.solutions.length > 0 && kindOf(c) === kind));
  console.log(`\n${kind}: ${legend[kind]} (${count(groups)})`);
  for (const g of groups) {
    console.log(`  ${g[0]!.token.form}  ours: ${ours(g[0]!.token)}  |  BAMA: ${candidates(g[0]!.solutions)}  |  ×${g.length}: ${where(g)}`);
  }
}

const noBama = groupBy(checked.filter((c) => c.solutions.length === 0));
console.log(`\nNo BAMA analysis (${count(noBama)}):`);
for (const g of noBama) console.log(`  ${g[0]!.token.form}  ours: ${ours(g[0]!.token)} (${g[0]!.token.origin})  |  ×${g.length}: ${where(g)}`);

// BAMA files every stem, particles and names included, under some `;--- ` header; where ours has no root
// this is shown for reference and counted in no rate.
const nullRoot = groupBy(analysed.filter((c) => c.root === null && c.bamaRootOnly && kindOf(c) === null));
console.log(`\nFor reference, our root is null and BAMA's header is (${count(nullRoot)}; not counted):`);
for (const g of nullRoot) {
  const headers = [...new Set(g[0]!.solutions.map(rootLabel))].sort(cmp).join(' ');
  console.log(`  ${g[0]!.token.form}  ${g[0]!.token.lemma} ${g[0]!.token.pos} ×${g.length}: ${headers}`);
}
process.exit(0);
