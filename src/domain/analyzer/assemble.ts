/**
 * Turns a reading of a word (its proclitics, stem and pronoun, each with vowels and gloss) into the
 * `WordAnalysis` the popover shows: the segments, the vocalised word, and the spelling rules that apply
 * across segment boundaries (the article before a sun letter, its alif dropping after لِ, the hamzat wasl
 * of a stem after the article). Kept apart from the readers so each reader only says what it found.
 */
import type { Segment } from '../analysis.ts';
import type { ProcliticSplit } from './clitics.ts';
import { PROCLITICS, type Proclitic } from './clitics.ts';
import { KASRA, SHADDA, SUKUN, SUN_LETTERS, doubleFirstLetter, strictKey, unmarkFirstLetter } from './orthography.ts';
import type { LexRecord, Pos, Tier, WordAnalysis } from './types.ts';

/** The stem of a reading: `voc` is vocalised as printed (ت for ة), `form` as the dictionary spells it. */
export interface StemPart {
  form: string;
  voc: string;
  gloss: string;
}

/** A pronoun suffix of a reading; `voc` is what it adds to the printed word ('' when merged into the stem). */
export interface EncliticPart {
  form: string;
  voc: string;
  gloss: string;
  surface?: string;
}

/** Everything a reader found about one reading of a word. */
export interface Draft {
  split: ProcliticSplit;
  /** The stem starts with the article (a name like الصين): shown as its own segment. */
  stemArticle: boolean;
  stem: StemPart;
  enclitic: EncliticPart | null;
  lemma: string;
  root: string | null;
  origin: WordAnalysis['origin'];
  pos: Pos;
  features: string;
  glosses: readonly string[];
  score: number;
  tier: Tier;
  /** A passive spelled like the active: dropped unless printed marks single it out. */
  hiddenUnlessMarked: boolean;
}

const ARTICLE: Proclitic = PROCLITICS.find((p) => p.role === 'article') ?? PROCLITICS[0]!;

/** The article's vowels before a stem: الْقَمَر, الشَّمْس (no mark; the stem's letter doubles), الِاتِّصَال. */
function articleVoc(stemVoc: string, alifDropped: boolean): { article: string; stem: string } {
  const first = stemVoc.charAt(0);
  const lam = alifDropped ? 'ل' : 'ال';
  if (first === 'ا') return { article: `${lam}${KASRA}`, stem: unmarkFirstLetter(stemVoc) };
  if (SUN_LETTERS.has(first)) return { article: lam, stem: doubleFirstLetter(stemVoc) };
  return { article: `${lam}${SUKUN}`, stem: stemVoc };
}

/** The printed letters a segment contributes, when they differ from its form. */
function surfaceOf(form: string, printed: string): string | undefined {
  return strictKey(form) === printed ? undefined : printed;
}

const LEADING_ARTICLE = /^ا[\u064B-\u0652]*ل[\u064B-\u0652]*/u;

/** A name's own article split off (الصِّين → صِين), without the shadda the article put on a sun letter. */
function dropArticle(voc: string): string {
  const rest = voc.replace(LEADING_ARTICLE, '');
  return SUN_LETTERS.has(rest.charAt(0)) ? rest.replace(/^(.)([\u064B-\u0652]*)/u, (_m, l: string, marks: string) => l + marks.replace(SHADDA, '')) : rest;
}

/** The proclitic segments and their vowels, and the stem as the article leaves it. */
function proclitics(clitics: readonly Proclitic[], stemVoc: string, alifDropped: boolean) {
  const segments: Segment[] = [];
  let voc = '';
  let stem = stemVoc;
  for (const clitic of clitics) {
    if (clitic.role === 'article') {
      const joined = articleVoc(stem, alifDropped);
      voc += joined.article;
      stem = joined.stem;
      segments.push({ form: clitic.form, role: 'proclitic', gloss: clitic.gloss, ...(alifDropped ? { surface: 'ل' } : {}) });
    } else {
      voc += clitic.form;
      segments.push({ form: clitic.form, role: 'proclitic', gloss: clitic.gloss });
    }
  }
  return { segments, voc, stem };
}

/** Builds the analysis of a reading. */
export function assemble(draft: Draft, form: string): WordAnalysis {
  const clitics = draft.stemArticle ? [...draft.split.clitics, ARTICLE] : draft.split.clitics;
  const hasArticle = clitics.some((c) => c.role === 'article');
  const alifDropped = draft.split.alifDropped;
  let stemVoc = draft.stemArticle ? dropArticle(draft.stem.voc) : draft.stem.voc;
  let stemForm = draft.stemArticle ? dropArticle(draft.stem.form) : draft.stem.form;
  let stemPrinted = strictKey(stemVoc);
  const front = proclitics(clitics, stemVoc, alifDropped);
  stemVoc = front.stem;
  if (alifDropped && !hasArticle) {
    // لِ + الذين → للذين: the stem's own alif is not printed.
    stemVoc = unmarkFirstLetter(stemVoc).slice(1);
    stemPrinted = stemPrinted.slice(1);
  } else if (hasArticle && stemForm.charAt(0) === 'ا') {
    stemForm = unmarkFirstLetter(stemForm);
  }
  const segments = front.segments;
  const stemSurface = surfaceOf(stemForm, stemPrinted);
  segments.push({ form: stemForm, role: 'stem', gloss: draft.stem.gloss, ...(stemSurface === undefined ? {} : { surface: stemSurface }) });
  let voc = front.voc + stemVoc;
  const e = draft.enclitic;
  if (e !== null) {
    voc += e.voc;
    segments.push({ form: e.form, role: 'enclitic', gloss: e.gloss, ...(e.surface === undefined ? {} : { surface: e.surface }) });
  }
  const [gloss = draft.lemma, ...senses] = draft.glosses;
  return {
    form,
    voc: canonical(voc),
    segments: segments.map((segment) => ({ ...segment, form: canonical(segment.form) })),
    lemma: canonical(draft.lemma),
    root: draft.root,
    origin: draft.origin,
    pos: draft.pos,
    features: draft.features,
    gloss,
    senses,
    score: draft.score,
    tier: draft.tier,
    known: true,
  };
}

/**
 * Marks in Unicode's canonical order (a vowel before a shadda), whichever order the lexicon or the rules
 * wrote them in, so equal readings compare equal.
 */
function canonical(voc: string): string {
  return voc.includes(SHADDA) ? voc.normalize('NFC') : voc;
}

/** The part of a reading taken from its lexicon record. */
export function fromRecord(rec: LexRecord): Pick<Draft, 'lemma' | 'root' | 'origin' | 'pos' | 'glosses'> {
  return { lemma: rec.lemma, root: rec.root, origin: rec.origin, pos: rec.pos, glosses: rec.glosses };
}

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "form IV" for a verb form number. */
export function formName(vf: number | undefined): string {
  return `form ${ROMAN[vf ?? 1] ?? 'I'}`;
}

/** Joins feature phrases, skipping empty ones. */
export function features(...parts: Array<string | false | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(', ');
}
