/**
 * `npx tsx scripts/check-lexicon.ts` — validates every file in src/content/lexicon and prints the
 * problems with their file and entry number, then the counts. Exit code 1 when anything is wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLexicon, type LexiconFile } from '../src/domain/lexicon/check';

const folder = path.resolve(import.meta.dirname, '../src/content/lexicon');

function kindOf(name: string): LexiconFile['kind'] {
  if (name.startsWith('names')) return 'names';
  if (name.startsWith('terms')) return 'terms';
  return 'lemmas';
}

const files: LexiconFile[] = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const text = readFileSync(path.join(folder, name), 'utf8');
    try {
      return { name, kind: kindOf(name), data: JSON.parse(text) as unknown };
    } catch (error) {
      return { name, kind: kindOf(name), data: `not JSON: ${String(error)}` };
    }
  });

const result = checkLexicon(files);
for (const problem of result.problems) console.log(problem);
console.log(
  `${String(result.lemmas.length)} lemmas, ${String(result.names.length)} names, ${String(result.terms.length)} terms; ` +
    `${String(result.problems.length)} problems`,
);
process.exitCode = result.problems.length > 0 ? 1 : 0;
