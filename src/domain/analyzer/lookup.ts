/**
 * What the stem readers share: the word being read with one choice of proclitics and pronoun suffix
 * (`Reading`), the two-tier stem lookup (strict first, folded as fallback), and the scoring constants,
 * kept together so the ranking can be read in one place.
 */
import type { Enclitic, ProcliticSplit } from './clitics.ts';
import type { Draft, EncliticPart } from './assemble.ts';
import { encliticAfter } from './function-word-forms.ts';
import type { CompiledLexicon, NounHit, StemHit, Tier } from './types.ts';
import { hitAt, idsAt, recordOf } from './store.ts';
import { verbStems, type VerbStems } from './verb-stems.ts';

/** Ranking: the base score and what lowers or raises it (fewer clitics, strict tier, listed forms first). */
export const SCORE = {
  base: 100,
  /** A reading that needed folding (اعلن for أعلن) ranks well below the strict ones. */
  folded: 25,
  /** Closed-class words are the commonest words of any text. */
  functionWord: 8,
  /** Readings that only a derivation rule supports (nisba of a noun, feminine of a noun). */
  nounDerivation: 8,
  passive: 8,
  /**
   * A one-word variant of a longer name (العربية for قناة العربية) is weak evidence: it ranks below a
   * common word with the same letters.
   */
  shortName: 10,
  imperative: 14,
  /** Analyses this far below the best are dropped. */
  window: 40,
  /** At most this many analyses per word. */
  maxAnalyses: 10,
} as const;

/** One way of reading a word: proclitics peeled, maybe a pronoun suffix, and the core left between. */
export interface Reading {
  index: CompiledLexicon;
  split: ProcliticSplit;
  enclitic: Enclitic | null;
  /** Strict letters of the stem with its inflectional affixes. */
  core: string;
  /** Folded letters of the same (same length). */
  fcore: string;
  out: Draft[];
}

/**
 * Calls `found` for every stem under `key`: strict hits first, then folded-only hits. Stems whose key
 * folding cannot change are stored once, under their strict key, which is then also their folded key.
 */
export function lookup(index: CompiledLexicon, key: string, fkey: string, found: (hit: StemHit, tier: Tier) => void): void {
  const strict = idsAt(index.strict, key);
  for (const id of strict) found(hitAt(index, id), 'strict');
  if (fkey === '') return;
  for (const id of idsAt(index.folded, fkey)) if (!strict.includes(id)) found(hitAt(index, id), 'folded');
  if (fkey === key) return;
  for (const id of idsAt(index.strict, fkey)) found(hitAt(index, id), 'folded');
}

/** Does the reading carry the article (ال)? */
export function hasArticle(reading: Reading): boolean {
  return reading.split.clitics.some((c) => c.role === 'article');
}

/** The pronoun part of a draft, vocalised after the stem it follows. */
export function encliticPart(reading: Reading, stemVoc: string, onVerb: boolean): EncliticPart | null {
  const e = reading.enclitic;
  if (e === null) return null;
  const form = encliticAfter(stemVoc, e);
  return { form, voc: form.slice(1), gloss: onVerb ? e.object : e.possessive };
}

/** The score common to every reading of this split: clitic penalties and the tier. */
export function baseScore(reading: Reading, tier: Tier): number {
  return SCORE.base - reading.split.penalty - (reading.enclitic?.penalty ?? 0) - (tier === 'folded' ? SCORE.folded : 0);
}

const NO_STEMS: VerbStems = { weak: 'sound', prefixVowel: '', stems: [], participles: [] };

/** The vocalised stems of a verb record, derived on first use and kept. */
export function stemsOf(index: CompiledLexicon, rec: number): VerbStems {
  let stems = index.verbStems.get(rec);
  if (stems === undefined) {
    const source = recordOf(index, rec)?.verb;
    stems = source === undefined ? NO_STEMS : verbStems(source);
    index.verbStems.set(rec, stems);
  }
  return stems;
}

/** The vocalised form of a nominal stem (a participle's comes from its verb). */
export function nounVoc(index: CompiledLexicon, hit: NounHit): string {
  if (hit.voc !== '') return hit.voc;
  const active = hit.cls === 'active-participle';
  return stemsOf(index, hit.rec).participles.find((p) => p.active === active)?.voc ?? '';
}
