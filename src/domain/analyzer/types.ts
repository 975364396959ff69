/**
 * The shapes shared by the analyzer's modules: what an analysis looks like (the curated `TokenAnalysis`
 * without its position, plus a score) and what the compiled lexicon index holds. Type-only, so the worker
 * bundle pulls in no runtime code from here.
 */
import type { TokenAnalysis, Unit } from '../analysis.ts';
import type { LemmaEntry, NameEntry } from '../lexicon/schema.ts';
import type { VerbSource } from './verb-keys.ts';
import type { VerbStems } from './verb-stems.ts';

/** A part of speech as the popover shows it. */
export type Pos = TokenAnalysis['pos'];

/** `strict`: the letters matched as printed (أ إ آ ى ة kept); `folded`: only after folding them. */
export type Tier = 'strict' | 'folded';

/** One reading of a printed word, best first in the lists the analyzer returns. */
export interface WordAnalysis extends Omit<TokenAnalysis, 'p' | 'start' | 'end'> {
  /** Higher is more likely; only the order within one word's list is meaningful. */
  score: number;
  tier: Tier;
  /** False for the single placeholder returned when nothing in the lexicon explains the word. */
  known: boolean;
}

/** One word of a text with its offsets into that text and its readings, best first. */
export interface TextToken {
  start: number;
  end: number;
  form: string;
  analyses: WordAnalysis[];
}

/** A name or multi-word term found in a text, the same shape as a curated unit without its paragraph. */
export interface TextUnit extends Omit<Unit, 'p' | 'note'> {
  /** The entry's vocalised form (شِي جِين بِينْغ). */
  lemma: string;
  senses: string[];
  tier: Tier;
}

/** The result of `analyzeText`. */
export interface TextAnalysis {
  tokens: TextToken[];
  units: TextUnit[];
}

/** A lexicon headword the index points at (lemma, single-word name or nationality). */
export interface LexRecord {
  /** Citation form, vocalised. */
  lemma: string;
  root: string | null;
  origin: TokenAnalysis['origin'];
  pos: Pos;
  glosses: readonly string[];
  /** Verbs: the form (1–10). */
  vf?: number;
  /** Names: what kind of name. */
  nameKind?: NameEntry['k'];
  /** Verbs: what the stem derivation needs. */
  verb?: VerbSource;
}

/**
 * What a nominal stem is in relation to its record: the singular itself (or its indefinite spelling, قاضٍ
 * printed قاض), a broken plural, an irregular feminine, a name, or a form derived from a verb
 * (participle, listed masdar) or a place name (nisba).
 */
export type NounClass =
  | 'singular'
  | 'indefinite'
  | 'plural'
  | 'feminine'
  | 'name'
  | 'nationality'
  | 'place-nisba'
  | 'active-participle'
  | 'passive-participle'
  | 'masdar';

/**
 * A nominal stem in the index. `voc` is the vocalised stem whose letters are the index key, or '' for a
 * participle whose vowels are worked out from its verb on first use.
 */
export interface NounHit {
  type: 'noun';
  rec: number;
  cls: NounClass;
  voc: string;
  /** Ranking penalty of this stem (derived forms rank below listed ones). */
  penalty: number;
}

/**
 * A verbal stem in the index: the letters `printed` under which the verb's derivation (verb-stems.ts)
 * lists the stem, usable in the paradigm cells named by `roles` (bit flags, see inflection.ts). The
 * vowels are worked out on first use. `seat` marks a hamza printed on another seat than the rules give.
 */
export interface VerbHit {
  type: 'verb';
  rec: number;
  roles: number;
  printed: string;
  seat?: { pos: number; letter: string };
  penalty: number;
}

/** A stem in the index, nominal or verbal. */
export type StemHit = NounHit | VerbHit;

/**
 * A multi-word name or term. Its word keys are worked out the first time a text's word matches its first
 * word (see units.ts), not at start-up.
 */
export interface Phrase {
  /** The entry's text (vocalised where the lexicon vocalises it), words separated by single spaces. */
  text: string;
  /** How many words it has. */
  length: number;
  kind: Unit['kind'];
  /** A person's name (its words read as parts of it before their own readings). */
  person: boolean;
  lemma: string;
  glosses: readonly string[];
  /** Strict and folded keys of its words, once worked out. */
  keys?: { strict: readonly string[]; folded: readonly string[] };
}

/** The stems of the index, one slot per stem across parallel arrays (see store.ts). */
export interface HitTable {
  rec: number[];
  /** Index into store.ts's noun classes, or -1 for a verb stem. */
  cls: number[];
  roles: number[];
  /** A noun stem's vocalised form, or the letters a verb stem is listed under. */
  text: string[];
  penalty: number[];
  /** A verb stem's re-seated hamza, encoded, or -1. */
  seat: number[];
  /** Hit objects, built on first use. */
  built: Array<StemHit | undefined>;
}

/** The records the stems point at, built from their lexicon entries on first use (see store.ts). */
export interface RecordTable {
  source: Array<LemmaEntry | NameEntry>;
  kind: number[];
  built: Array<LexRecord | undefined>;
}

/** The lexicon compiled for lookup; build it once with `compileLexicon`. */
export interface CompiledLexicon {
  records: RecordTable;
  hits: HitTable;
  /** Strict stem key → slot(s) in `hits`. */
  strict: Map<string, number | number[]>;
  /**
   * Folded stem key → slot(s) of stems whose strict key folding changes (أعلن under اعلن); a stem folding
   * leaves alone is found under its strict key. Only consulted as the lower-ranked fallback.
   */
  folded: Map<string, number | number[]>;
  /** First word (strict key) → phrases starting with it, longest first. */
  phrases: Map<string, Phrase[]>;
  /**
   * First word (folded key) → phrases whose first word folding changes, longest first; like the stems,
   * a phrase whose first word folding leaves alone is found under its strict key.
   */
  foldedPhrases: Map<string, Phrase[]>;
  /** Vocalised verb stems by record, derived on first use (see verb-stems.ts). */
  verbStems: Map<number, VerbStems>;
}
