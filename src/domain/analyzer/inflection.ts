/**
 * Inflectional affixes as data: the suffixes of nouns and adjectives (feminine ة, dual, sound plurals,
 * nisba, tanween alif) and the paradigm of the verb (perfect suffixes, imperfect prefixes and suffixes,
 * imperative). Each row names the stem it attaches to; the written stems of weak verbs come from
 * `verb-stems.ts`, and broken plurals only from the lexicon (rules cannot undo them).
 */
import { DAMMA, FATHA, KASRA, SUKUN } from './orthography.ts';

/** What a noun ending makes of its stem. */
export type NounRowKind = 'base' | 'feminine' | 'dual' | 'masculine-plural' | 'feminine-plural' | 'tanween';

/** One noun/adjective ending. The suffix's first mark goes on the stem's last letter. */
export interface NounRow {
  printed: string;
  /** Letters added back to the remainder to rebuild the lexicon key (حكومات → حكوم + ة). */
  restore: '' | 'ة' | 'ى';
  /** Vocalised suffix: its first mark is the stem's final vowel (َات → حُكُومَات). */
  voc: string;
  features: string;
  kind: NounRowKind;
  /** Is a pronoun suffix excluded, required or allowed after it? */
  enclitic: 'none' | 'required' | 'allowed';
  /** May the word carry the article? (Construct forms and tanween may not.) */
  article: boolean;
  /** A form adjectives make freely but nouns only sometimes (طالبة، مواطنون): nouns rank it lower. */
  adjectival: boolean;
  /** The row builds a nisba adjective on the stem (اقتصاد → اقتصادي). */
  nisba: boolean;
  penalty: number;
}

type RowSpec = [printed: string, restore: NounRow['restore'], voc: string, features: string, kind: NounRowKind, enclitic: NounRow['enclitic'], article: boolean, adjectival: boolean, penalty: number];

const spec = ([printed, restore, voc, features, kind, enclitic, article, adjectival, penalty]: RowSpec): NounRow => ({
  printed, restore, voc, features, kind, enclitic, article, adjectival, nisba: false, penalty,
});

/** Endings of nouns and adjectives, without the nisba rows (derived below). */
const PLAIN_ROWS: readonly NounRow[] = ([
  ['', '', '', '', 'base', 'allowed', true, false, 0],
  ['ت', 'ة', `${FATHA}ت`, '', 'base', 'required', false, false, 0], // حكومته: ة is printed ت before a pronoun
  ['ا', 'ى', `${FATHA}ا`, '', 'base', 'required', false, false, 0], // مستواه: ى is printed ا before a pronoun
  ['ا', '', 'ًا', 'indefinite accusative', 'tanween', 'none', false, false, 2], // رسميا، عقدًا
  ['ة', '', `${FATHA}ة`, 'feminine singular', 'feminine', 'none', true, true, 2],
  ['ت', '', `${FATHA}ت`, 'feminine singular', 'feminine', 'required', false, true, 4],
  ['ان', '', `${FATHA}انِ`, 'dual, nominative', 'dual', 'none', true, false, 2],
  ['ين', '', `${FATHA}يْنِ`, 'dual, genitive/accusative', 'dual', 'none', true, false, 2],
  ['ا', '', `${FATHA}ا`, 'dual, nominative, construct', 'dual', 'allowed', false, false, 6],
  ['ي', '', `${FATHA}يْ`, 'dual, genitive/accusative, construct', 'dual', 'allowed', false, false, 10],
  ['تان', 'ة', `${FATHA}تَانِ`, 'dual, nominative', 'dual', 'none', true, false, 2],
  ['تين', 'ة', `${FATHA}تَيْنِ`, 'dual, genitive/accusative', 'dual', 'none', true, false, 2],
  ['تا', 'ة', `${FATHA}تَا`, 'dual, nominative, construct', 'dual', 'allowed', false, false, 6],
  ['تي', 'ة', `${FATHA}تَيْ`, 'dual, genitive/accusative, construct', 'dual', 'allowed', false, false, 8],
  ['تان', '', `${FATHA}تَانِ`, 'feminine dual, nominative', 'dual', 'none', true, true, 4],
  ['تين', '', `${FATHA}تَيْنِ`, 'feminine dual, genitive/accusative', 'dual', 'none', true, true, 4],
  ['يان', 'ى', `${FATHA}يَانِ`, 'dual, nominative', 'dual', 'none', true, false, 2],
  ['يين', 'ى', `${FATHA}يَيْنِ`, 'dual, genitive/accusative', 'dual', 'none', true, false, 2],
  ['ون', '', `${DAMMA}ونَ`, 'sound masculine plural, nominative', 'masculine-plural', 'none', true, true, 2],
  ['ين', '', `${KASRA}ينَ`, 'sound masculine plural, genitive/accusative', 'masculine-plural', 'none', true, true, 3],
  ['و', '', `${DAMMA}و`, 'sound masculine plural, nominative, construct', 'masculine-plural', 'allowed', false, true, 6],
  ['ي', '', `${KASRA}ي`, 'sound masculine plural, genitive/accusative, construct', 'masculine-plural', 'allowed', false, true, 10],
  ['ات', 'ة', `${FATHA}ات`, 'sound feminine plural', 'feminine-plural', 'allowed', true, false, 1],
  ['ات', '', `${FATHA}ات`, 'sound feminine plural', 'feminine-plural', 'allowed', true, false, 3],
  ['يات', 'ى', `${FATHA}يَات`, 'sound feminine plural', 'feminine-plural', 'allowed', true, false, 2],
] satisfies RowSpec[]).map(spec);

const NISBA_VOC = `${KASRA}يّ`;

/** The nisba of a stem: ـِيّ plus the adjective's own ending (سياسة → سياسيّة، دول → دوليون). */
const NISBA_ROWS: readonly NounRow[] = PLAIN_ROWS.filter((row) => row.restore === '' && row.kind !== 'base').flatMap((row) =>
  (['', 'ة'] as const).map((restore): NounRow => ({
    ...row,
    printed: `ي${row.printed}`,
    restore,
    voc: NISBA_VOC + row.voc,
    features: `nisba adjective, ${row.features}`,
    adjectival: false,
    nisba: true,
    penalty: row.penalty + 8,
  })),
).concat(
  (['', 'ة'] as const).map((restore): NounRow => ({
    ...spec(['ي', restore, NISBA_VOC, 'nisba adjective, masculine singular', 'base', 'none', true, false, 8]),
    nisba: true,
  })),
);

/** Every noun/adjective ending, grouped by its printed letters for lookup from the end of a word. */
export const NOUN_ROWS: ReadonlyMap<string, readonly NounRow[]> = groupBy([...PLAIN_ROWS, ...NISBA_ROWS], (row) => row.printed);

/** The longest printed noun ending. */
export const MAX_NOUN_SUFFIX = Math.max(...[...NOUN_ROWS.keys()].map((k) => k.length));

/** Paradigm cells of the verb, as bit flags: which stem a suffix attaches to (see verb-stems.ts). */
export const ROLE = {
  /** Perfect, no suffix (3rd person masculine singular). */
  P0: 1,
  /** Perfect before ت/تا of the 3rd person feminine. */
  PT: 2,
  /** Perfect before ا of the masculine dual. */
  PA: 4,
  /** Perfect before وا of the masculine plural. */
  PW: 8,
  /** Perfect before the consonant suffixes تُ تَ تِ تما تم تن نا ن. */
  PC: 16,
  /** Imperfect without suffix (indicative or subjunctive). */
  I0: 32,
  /** Imperfect without suffix, jussive, where it is spelled differently (يقل، يدع). */
  IJ: 64,
  /** Imperfect before ان/ا of the dual. */
  IA: 128,
  /** Imperfect before ون/وا/ين/ي. */
  IW: 256,
  /** Imperfect before ن of the feminine plural. */
  IN: 512,
  /** Passive perfect (3rd person singular). */
  PP: 1024,
  /** Passive imperfect (no suffix). */
  IP: 2048,
} as const;

/** Person, number and gender, as the popover words them. */
export const PERSONS = {
  '1s': '1st person singular',
  '1p': '1st person plural',
  '2ms': '2nd person masculine singular',
  '2fs': '2nd person feminine singular',
  '2d': '2nd person dual',
  '2mp': '2nd person masculine plural',
  '2fp': '2nd person feminine plural',
  '3ms': '3rd person masculine singular',
  '3fs': '3rd person feminine singular',
  '3md': '3rd person masculine dual',
  '3fd': '3rd person feminine dual',
  '3mp': '3rd person masculine plural',
  '3fp': '3rd person feminine plural',
} as const;

/** A person/number/gender cell, as a short code ('3fs'). */
export type Person = keyof typeof PERSONS;

/** News is told in the 3rd person: other persons rank lower. */
export const PERSON_PENALTY: Readonly<Record<Person, number>> = {
  '3ms': 0, '3fs': 0, '3md': 2, '3fd': 3, '3mp': 0, '3fp': 4,
  '1s': 3, '1p': 2, '2ms': 6, '2fs': 8, '2d': 8, '2mp': 6, '2fp': 8,
};

/** One verb ending: the stem role it needs, the mark it puts on the stem's last letter, its vowels. */
export interface VerbRow {
  suffix: string;
  role: number;
  /** The persons this cell expresses, by imperfect prefix ('' for perfect and imperative). */
  persons: Readonly<Partial<Record<string, readonly Person[]>>>;
  /** What the popover says: "perfect", "imperfect, jussive", "passive perfect". */
  tense: string;
  mark: string;
  voc: string;
  enclitic: 'none' | 'required' | 'allowed';
  /** Skip the row for stems that also have this role (the jussive where it equals the indicative). */
  unlessRole?: number;
  penalty: number;
}

type VerbSpec = [suffix: string, role: number, persons: VerbRow['persons'], tense: string, mark: string, voc: string, enclitic?: VerbRow['enclitic'], unlessRole?: number];

const verbRow = ([suffix, role, persons, tense, mark, voc, enclitic = 'allowed', unlessRole]: VerbSpec): VerbRow => ({
  suffix, role, persons, tense, mark, voc, enclitic, unlessRole, penalty: 0,
});

const { P0, PT, PA, PW, PC, I0, IJ, IA, IW, IN, PP, IP } = ROLE;

/** Suffixes of the perfect, active and passive. */
export const PERFECT_ROWS: readonly VerbRow[] = ([
  ['', P0, { '': ['3ms'] }, 'perfect', FATHA, ''],
  ['ت', PT, { '': ['3fs'] }, 'perfect', FATHA, 'تْ'],
  ['ت', PC, { '': ['1s'] }, 'perfect', SUKUN, 'تُ'],
  ['ت', PC, { '': ['2ms'] }, 'perfect', SUKUN, 'تَ'],
  ['ت', PC, { '': ['2fs'] }, 'perfect', SUKUN, 'تِ'],
  ['تا', PT, { '': ['3fd'] }, 'perfect', FATHA, 'تَا'],
  ['ا', PA, { '': ['3md'] }, 'perfect', FATHA, 'ا'],
  ['وا', PW, { '': ['3mp'] }, 'perfect', DAMMA, 'وا', 'none'],
  ['و', PW, { '': ['3mp'] }, 'perfect', DAMMA, 'و', 'required'], // كتبوه: the alif of وا drops before a pronoun
  ['نا', PC, { '': ['1p'] }, 'perfect', SUKUN, 'نَا'],
  ['ن', PC, { '': ['3fp'] }, 'perfect', SUKUN, 'نَ'],
  ['تم', PC, { '': ['2mp'] }, 'perfect', SUKUN, 'تُمْ'],
  ['تما', PC, { '': ['2d'] }, 'perfect', SUKUN, 'تُمَا'],
  ['تن', PC, { '': ['2fp'] }, 'perfect', SUKUN, 'تُنَّ'],
  ['', PP, { '': ['3ms'] }, 'passive perfect', FATHA, ''],
  ['ت', PP, { '': ['3fs'] }, 'passive perfect', FATHA, 'تْ'],
] satisfies VerbSpec[]).map(verbRow);

const SINGULAR = { 'أ': ['1s'], 'ن': ['1p'], 'ت': ['3fs', '2ms'], 'ي': ['3ms'] } as const;
const DUAL = { 'ي': ['3md'], 'ت': ['3fd', '2d'] } as const;
const PLURAL = { 'ي': ['3mp'], 'ت': ['2mp'] } as const;
const FEM_PLURAL = { 'ي': ['3fp'], 'ت': ['2fp'] } as const;
const SECOND_FEM = { 'ت': ['2fs'] } as const;

/** Suffixes of the imperfect, keyed by the persons each prefix (أ ت ي ن) expresses. */
export const IMPERFECT_ROWS: readonly VerbRow[] = ([
  ['', I0, SINGULAR, 'imperfect', '', ''],
  ['', IJ, SINGULAR, 'imperfect, jussive', SUKUN, '', 'allowed', I0],
  ['ين', IW, SECOND_FEM, 'imperfect, indicative', KASRA, 'ينَ'],
  ['ي', IW, SECOND_FEM, 'imperfect, subjunctive or jussive', KASRA, 'ي'],
  ['ان', IA, DUAL, 'imperfect, indicative', FATHA, 'انِ'],
  ['ا', IA, DUAL, 'imperfect, subjunctive or jussive', FATHA, 'ا'],
  ['ون', IW, PLURAL, 'imperfect, indicative', DAMMA, 'ونَ'],
  ['وا', IW, PLURAL, 'imperfect, subjunctive or jussive', DAMMA, 'وا', 'none'],
  ['و', IW, PLURAL, 'imperfect, subjunctive or jussive', DAMMA, 'و', 'required'],
  ['ن', IN, FEM_PLURAL, 'imperfect', SUKUN, 'نَ'],
  ['', IP, SINGULAR, 'passive imperfect', '', ''],
] satisfies VerbSpec[]).map(verbRow);

/** Suffixes of the imperative (its hamzat wasl is added by the analyzer from the stem's first vowel). */
export const IMPERATIVE_ROWS: readonly VerbRow[] = ([
  ['', IJ, { '': ['2ms'] }, 'imperative', SUKUN, ''],
  ['ي', IW, { '': ['2fs'] }, 'imperative', KASRA, 'ي'],
  ['ا', IA, { '': ['2d'] }, 'imperative', FATHA, 'ا'],
  ['وا', IW, { '': ['2mp'] }, 'imperative', DAMMA, 'وا', 'none'],
  ['ن', IN, { '': ['2fp'] }, 'imperative', SUKUN, 'نَ'],
] satisfies VerbSpec[]).map(verbRow);

/** Imperfect prefixes. */
export const IMPERFECT_PREFIXES: readonly string[] = ['أ', 'ت', 'ي', 'ن'];

/** Perfect rows grouped by suffix, for lookup from the end of a word. */
export const PERFECT_BY_SUFFIX = groupBy(PERFECT_ROWS, (row) => row.suffix);
/** Imperfect rows grouped by suffix. */
export const IMPERFECT_BY_SUFFIX = groupBy(IMPERFECT_ROWS, (row) => row.suffix);
/** Imperative rows grouped by suffix. */
export const IMPERATIVE_BY_SUFFIX = groupBy(IMPERATIVE_ROWS, (row) => row.suffix);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list === undefined) map.set(k, [row]);
    else list.push(row);
  }
  return map;
}
