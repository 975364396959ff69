/**
 * Letter-level rules the analyzer relies on: the two lookup tiers (strict and folded keys), reading the
 * marks printed on each letter, checking them against a vocalised reading, and small edits of vocalised
 * strings (the final vowel of a stem, sun-letter assimilation). Every spelling rule the other modules use
 * lives here, so that the tables stay pure data.
 *
 * The folded key differs from `foldForSearch` on purpose: it also merges the hamza seats ؤ ئ with ء
 * (مسؤول / مسئول), and it runs on bare letters only, one code point to one code point, so a key for a
 * slice of a word is the slice of the word's key.
 */
import { TATWEEL } from '../arabic/chars.ts';

/** Fatha (a). */
export const FATHA = '\u064E';
/** Damma (u). */
export const DAMMA = '\u064F';
/** Kasra (i). */
export const KASRA = '\u0650';
/** Sukun (no vowel). */
export const SUKUN = '\u0652';
/** Shadda (a doubled letter). */
export const SHADDA = '\u0651';
/** Tanween fatha (-an). */
export const FATHATAN = '\u064B';
/** Tanween kasra (-in), as in قَاضٍ. */
export const KASRATAN = '\u064D';

/** Short vowels, tanween and sukun: the marks that say how a letter is pronounced. */
const VOWEL_MARKS = new Set(['\u064B', '\u064C', '\u064D', FATHA, DAMMA, KASRA, SUKUN]);

const SHORT_OR_SUKUN = new Set([FATHA, DAMMA, KASRA, SUKUN]);

/** Harakat, shadda, sukun, maddah, hamza marks (U+064B–U+065F) and the dagger alif. */
export function isMark(ch: string): boolean {
  return (ch >= '\u064B' && ch <= '\u065F') || ch === '\u0670';
}

/** The sun letters, which assimilate the lam of the article (الرَّئِيس). */
export const SUN_LETTERS = new Set([...'تثدذرزسشصضطظلن']);

const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'ء',
  'ئ': 'ء',
};
const FOLDABLE = /[أإآٱىةؤئ]/g;

// Without the u flag: all these code points are in the BMP, and V8 runs such patterns faster.
const MARKS_AND_TATWEEL = /[\u064B-\u065F\u0670\u0640]/g;

/** The strict key of a vocalised or printed word: its letters, with the wasla alif read as ا. */
export function strictKey(text: string): string {
  const letters = text.replace(MARKS_AND_TATWEEL, '');
  return letters.includes('ٱ') ? letters.replaceAll('ٱ', 'ا') : letters;
}

const FOLDABLE_TEST = /[أإآٱىةؤئ]/;

/** The folded key of a strict key: أإآٱ → ا, ى → ي, ة → ه, ؤ ئ → ء (same length as the input). */
export function foldKey(key: string): string {
  return FOLDABLE_TEST.test(key) ? key.replace(FOLDABLE, (ch) => FOLD[ch] ?? ch) : key;
}

/** Can folding change this key? (Keys it cannot change are not stored twice.) */
export function isFoldable(key: string): boolean {
  return FOLDABLE_TEST.test(key);
}

/** A printed word read letter by letter: its bare letters and the marks printed on each letter. */
export interface PrintedWord {
  bare: string;
  /** `marks[i]` are the marks printed on `bare[i]` ('' when none). */
  marks: string[];
  /** True when any vowel or shadda is printed (marks then filter the readings). */
  vocalised: boolean;
}

const COMPOSABLE = /[\u0653-\u0655]/;

/** Splits a printed word into letters and marks; tatweel is dropped, and so are marks printed on it. */
export function readPrinted(form: string): PrintedWord {
  // A hamza or maddah written as a combining mark (ا + ٔ) is composed into its letter (أ) first.
  const text = COMPOSABLE.test(form) ? form.normalize('NFC') : form;
  let bare = '';
  const marks: string[] = [];
  let afterTatweel = false;
  let vocalised = false;
  for (const ch of text) {
    if (ch === TATWEEL) {
      afterTatweel = true;
    } else if (isMark(ch)) {
      if (afterTatweel || marks.length === 0) continue;
      marks[marks.length - 1] += ch;
      if (ch === SHADDA || VOWEL_MARKS.has(ch)) vocalised = true;
    } else {
      afterTatweel = false;
      bare += ch === 'ٱ' ? 'ا' : ch;
      marks.push('');
    }
  }
  return { bare, marks, vocalised };
}

/** The vowel (or sukun/tanween) among a letter's marks, or ''. */
function vowelOf(marks: string): string {
  for (const ch of marks) if (VOWEL_MARKS.has(ch)) return ch;
  return '';
}

/** Splits a vocalised string into the marks carried by each letter. */
export function marksPerLetter(voc: string): string[] {
  const out: string[] = [];
  for (const ch of voc) {
    if (isMark(ch)) {
      if (out.length > 0) out[out.length - 1] += ch;
    } else {
      out.push('');
    }
  }
  return out;
}

/** Is the word printed with the tanween alif (رسمياً or رسميًا), the mark of the indefinite accusative? */
function tanweenAlif(printed: PrintedWord): boolean {
  const last = printed.bare.length - 1;
  if (printed.bare.charAt(last) !== 'ا') return false;
  return (printed.marks[last] ?? '').includes(FATHATAN) || (printed.marks[last - 1] ?? '').includes(FATHATAN);
}

/**
 * Do the marks printed in a word agree with a vocalised reading of it? A printed shadda needs a shadda,
 * and a letter printed with a vowel but no shadda is not doubled; a tanween alif (رسمياً) needs a tanween
 * reading; a printed vowel must not contradict the reading's vowel on the same letter. Letters the
 * reading leaves unmarked accept anything (case and mood endings are not guessed, so a noun's last letter
 * is unmarked), and a final sukun (the pause) passes. When the letter counts differ the reading cannot
 * be judged and passes.
 */
export function marksAgree(printed: PrintedWord, voc: string): boolean {
  if (!printed.vocalised) return true;
  if (tanweenAlif(printed) && !voc.includes(FATHATAN)) return false;
  const reading = marksPerLetter(voc);
  if (reading.length !== printed.marks.length) return true;
  const last = reading.length - 1;
  for (let i = 0; i <= last; i++) {
    const p = printed.marks[i] ?? '';
    if (p === '') continue;
    const r = reading[i] ?? '';
    if (p.includes(SHADDA) && !r.includes(SHADDA)) return false;
    const pv = vowelOf(p);
    const rv = vowelOf(r);
    // A letter printed with its vowel but no shadda is not doubled (وَقَعَتْ is not وَقَّعَتْ); a final
    // letter is let off, since a case ending is often printed alone (رسميٌ).
    if (i !== last && SHORT_OR_SUKUN.has(pv) && !p.includes(SHADDA) && r.includes(SHADDA)) return false;
    // A final sukun is the pause, not a contradiction.
    if (pv !== '' && rv !== '' && pv !== rv && !(pv === SUKUN && i === last)) return false;
  }
  return true;
}

/** Long-vowel letters that take no sukun when they close a syllable (ا, ى, و after damma, ي after kasra). */
function isLongVowel(voc: string): boolean {
  const letter = lastLetter(voc);
  if (letter === 'ا' || letter === 'ى') return true;
  const before = voc.slice(0, voc.length - 1 - trailingMarks(voc).length);
  const prevMark = vowelOf(trailingMarks(before));
  return (letter === 'و' && prevMark === DAMMA) || (letter === 'ي' && prevMark === KASRA);
}

/** The marks after the last letter of a vocalised string. */
export function trailingMarks(voc: string): string {
  let i = voc.length;
  while (i > 0 && isMark(voc.charAt(i - 1))) i--;
  return voc.slice(i);
}

/** The last letter of a vocalised string, or ''. */
export function lastLetter(voc: string): string {
  const marks = trailingMarks(voc);
  return voc.charAt(voc.length - marks.length - 1);
}

/** Removes the final vowel (keeps a shadda): كَتَبَ → كَتَب, رَدَّ → رَدّ. */
export function stripFinalVowel(voc: string): string {
  const marks = trailingMarks(voc);
  const body = voc.slice(0, voc.length - marks.length);
  return marks.includes(SHADDA) ? `${body}${SHADDA}` : body;
}

/** Sets the vowel of the final letter (keeping a shadda); a sukun is not written on a long vowel. */
export function setFinalVowel(voc: string, mark: string): string {
  const bare = stripFinalVowel(voc);
  if (mark === '' || (mark === SUKUN && isLongVowel(bare))) return bare;
  return bare + mark;
}

/** Replaces the letter at `pos` (counting letters, not marks), keeping its marks: قَرَأ → قَرَؤ. */
export function replaceLetterAt(voc: string, pos: number, letter: string): string {
  let seen = -1;
  let out = '';
  for (const ch of voc) {
    if (!isMark(ch)) seen++;
    out += seen === pos && !isMark(ch) ? letter : ch;
  }
  return out;
}

/** Replaces the last letter, keeping its marks: رُؤَسَاء → رُؤَسَاؤ. */
export function replaceLastLetter(voc: string, letter: string): string {
  const marks = trailingMarks(voc);
  return voc.slice(0, voc.length - marks.length - 1) + letter + marks;
}

/** Removes the last letter and its marks: دَعَا → دَعَ. */
export function dropFinalLetter(voc: string): string {
  return voc.slice(0, voc.length - trailingMarks(voc).length - 1);
}

/** Adds a shadda to the first letter (sun-letter assimilation after the article) unless it has one. */
export function doubleFirstLetter(voc: string): string {
  const first = voc.charAt(0);
  let i = 1;
  while (i < voc.length && isMark(voc.charAt(i))) i++;
  const marks = voc.slice(1, i);
  if (marks.includes(SHADDA)) return voc;
  return `${first}${SHADDA}${marks}${voc.slice(i)}`;
}

/** Removes the marks of the first letter (the hamzat wasl of اِتِّصَال after the article). */
export function unmarkFirstLetter(voc: string): string {
  let i = 1;
  while (i < voc.length && isMark(voc.charAt(i))) i++;
  return voc.charAt(0) + voc.slice(i);
}

/** Hamza letters (on any seat). */
export const HAMZAS = new Set(['ء', 'أ', 'إ', 'ؤ', 'ئ']);

const HAMZA_TEST = /[ءأإؤئ]/;
const STRENGTH: Readonly<Record<string, number>> = { [KASRA]: 3, [DAMMA]: 2, [FATHA]: 1 };
const SEAT_BY_VOWEL: Readonly<Record<string, string>> = { [KASRA]: 'ئ', [DAMMA]: 'ؤ', [FATHA]: 'أ' };

/** The seat the spelling rules give a non-initial hamza, from its own vowel and the one before it. */
function hamzaSeat(own: string, before: string, beforeLetter: string, final: boolean): string {
  // A long vowel letter before the hamza carries no mark of its own.
  const longA = beforeLetter === 'ا';
  const longU = beforeLetter === 'و' && before === '';
  const longI = beforeLetter === 'ي' && before === '';
  if (final) return longA || longU || longI ? 'ء' : (SEAT_BY_VOWEL[before] ?? 'ء');
  if (longA || longU) return own === DAMMA ? 'ؤ' : own === KASRA ? 'ئ' : 'ء';
  const prev = longI ? KASRA : before;
  const strongest = (STRENGTH[own] ?? 0) >= (STRENGTH[prev] ?? 0) ? own : prev;
  return SEAT_BY_VOWEL[strongest] ?? 'ء';
}

/**
 * Rewrites every non-initial hamza of a fully vocalised word on the seat the spelling rules give it: the
 * stronger of its own vowel and the one before (i > u > a) picks ئ ؤ أ; a final hamza follows the vowel
 * before it; after a long ā it sits on the line (سُأِلَ → سُئِلَ, قَرَأُوا → قَرَؤُوا, جَاأَ → جَاءَ).
 */
export function regularHamzaSeats(voc: string): string {
  if (!HAMZA_TEST.test(voc)) return voc;
  const letters: Array<{ ch: string; marks: string }> = [];
  for (const ch of voc) {
    const last = letters[letters.length - 1];
    if (isMark(ch) && last !== undefined) last.marks += ch;
    else letters.push({ ch, marks: '' });
  }
  letters.forEach((letter, i) => {
    const before = letters[i - 1];
    if (i === 0 || before === undefined || !HAMZAS.has(letter.ch)) return;
    letter.ch = hamzaSeat(vowelOf(letter.marks), vowelOf(before.marks), before.ch, i === letters.length - 1);
  });
  return letters.map((l) => l.ch + l.marks).join('');
}
