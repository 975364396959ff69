/**
 * Developer tool: prints the token skeleton (paragraph id, offsets, form) of a bundled article, the
 * starting point for its curated analysis. Usage: npx tsx scripts/token-skeleton.ts <article-id>
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../src/domain/arabic/tokenize';

const id = process.argv[2];
const article = JSON.parse(readFileSync(`src/content/articles/${id}.json`, 'utf8')) as {
  paragraphs: { id: string; ar: string }[];
};
const rows = article.paragraphs.flatMap((p) => tokenize(p.ar).map((t) => ({ p: p.id, ...t })));
process.stdout.write(JSON.stringify(rows, null, 0).replaceAll('},{', '},\n{') + '\n');
