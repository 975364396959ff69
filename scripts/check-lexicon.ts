/**
 * `npx tsx scripts/check-lexicon.ts` — validates every file in src/content/lexicon and prints the
 * problems with their file and entry number, then the counts. Exit code 1 when anything is wrong.
 */
import { checkLexicon } from '../src/domain/lexicon/check';
import { readLexiconFiles } from './lexicon-files';

const result = checkLexicon(readLexiconFiles());
for (const problem of result.problems) console.log(problem);
console.log(
  `${String(result.lemmas.length)} lemmas, ${String(result.names.length)} names, ${String(result.terms.length)} terms; ` +
    `${String(result.problems.length)} problems`,
);
process.exitCode = result.problems.length > 0 ? 1 : 0;
