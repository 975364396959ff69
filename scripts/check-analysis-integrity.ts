/**
 * Authoring aid: validates `<id>.analysis.json` against the schema and the integrity checks and prints
 * every problem. Usage: npx tsx scripts/check-analysis-integrity.ts <article-id> [analysis-file]
 */
import { readFileSync } from 'node:fs';
import { analysisSchema } from '../src/domain/analysis';
import { checkAnalysis } from '../src/domain/analysis-integrity';
import { articleSchema } from '../src/domain/article';

const [id, file = `src/content/articles/${id}.analysis.json`] = process.argv.slice(2);
const full = articleSchema.parse(JSON.parse(readFileSync(`src/content/articles/${id}.json`, 'utf8')));
const parsed = analysisSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
// A partial file (one author's share of the paragraphs) is checked against just those paragraphs.
const present = new Set(parsed.success ? parsed.data.tokens.map((t) => t.p) : []);
const article = { ...full, paragraphs: full.paragraphs.filter((p) => present.has(p.id)) };
if (!parsed.success) {
  console.log(parsed.error.issues.slice(0, 40).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(1);
}
const problems = checkAnalysis(article, parsed.data);
console.log(problems.length ? problems.join('\n') : `ok: ${parsed.data.tokens.length} tokens, ${parsed.data.units.length} units`);
process.exit(problems.length ? 1 : 0);
