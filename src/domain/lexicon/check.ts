/**
 * Checks the lexicon files beyond their schema: duplicates within and across files, roots whose strong
 * letters the lemma does not contain, verbs whose imperfect is not a 3rd person masculine form. Shared by
 * the lexicon unit test and `scripts/check-lexicon.ts`, so authors see the same messages as CI.
 */
import { stripMarks } from '../arabic/chars';
import type { LexiconKind } from './files';
import {
  lemmaFileSchema,
  nameFileSchema,
  termFileSchema,
  type LemmaEntry,
  type NameEntry,
  type TermEntry,
} from './schema';

export interface LexiconFile {
  name: string;
  kind: LexiconKind;
  data: unknown;
}

export interface CheckedLexicon {
  lemmas: LemmaEntry[];
  names: NameEntry[];
  terms: TermEntry[];
  problems: string[];
}

/** Hamza carriers and alif forms count as one letter when comparing a root with its lemma. */
function foldHamza(text: string): string {
  return text.replace(/[أإآؤئءٱ]/gu, 'ء').replace(/ى/gu, 'ي');
}

/** Root letters that may change or vanish in a lemma: weak letters and hamza. */
const WEAK = new Set(['و', 'ي', 'ء', 'ا']);

function rootProblem(entry: LemmaEntry): string | null {
  if (entry.r === undefined) return null;
  const letters = foldHamza(stripMarks(entry.l));
  const missing = [...foldHamza(entry.r)].filter((letter) => !WEAK.has(letter) && !letters.includes(letter));
  return missing.length > 0 ? `root ${entry.r} has ${missing.join('')}, which ${entry.l} lacks` : null;
}

function describe(file: string, index: number, what: string): string {
  return `${file} #${index + 1} (${what})`;
}

/** Validates every file and returns the entries with a list of problems (empty when all is well). */
export function checkLexicon(files: readonly LexiconFile[]): CheckedLexicon {
  const out: CheckedLexicon = { lemmas: [], names: [], terms: [], problems: [] };
  const seen = new Map<string, string>();
  const claim = (key: string, where: string): void => {
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, where);
    else out.problems.push(`${where}: duplicate of ${earlier}`);
  };

  for (const file of files) {
    const schema = { lemmas: lemmaFileSchema, names: nameFileSchema, terms: termFileSchema }[file.kind];
    const parsed = schema.safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 50)) {
        const [index, field] = issue.path;
        const entry = typeof index === 'number' && Array.isArray(file.data) ? JSON.stringify(file.data[index]) : '';
        out.problems.push(`${file.name} #${String(Number(index) + 1)} ${String(field ?? '')}: ${issue.message} ${entry}`);
      }
      continue;
    }
    if (file.kind === 'lemmas') {
      (parsed.data as LemmaEntry[]).forEach((entry, index) => {
        const where = describe(file.name, index, entry.l);
        claim(`lemma ${entry.l} ${entry.p}`, where);
        const root = rootProblem(entry);
        if (root !== null) out.problems.push(`${where}: ${root}`);
        if (entry.i !== undefined && !entry.i.startsWith('ي')) {
          out.problems.push(`${where}: the imperfect ${entry.i} should be 3rd person masculine (يـ)`);
        }
        out.lemmas.push(entry);
      });
    } else if (file.kind === 'names') {
      (parsed.data as NameEntry[]).forEach((entry, index) => {
        claim(`name ${stripMarks(entry.l)} ${entry.k}`, describe(file.name, index, entry.l));
        out.names.push(entry);
      });
    } else {
      (parsed.data as TermEntry[]).forEach((entry, index) => {
        claim(`term ${stripMarks(entry.t)}`, describe(file.name, index, entry.t));
        out.terms.push(entry);
      });
    }
  }
  return out;
}
