/**
 * Search folding for Arabic text: diacritic-, tatweel-, alif/hamza-, digit- and case-insensitive
 * matching that still reports matches as offsets into the original text (ARABIC.md: "keep offsets").
 *
 * Each rule is one data row `{ name, description, process }` so the language knowledge can be read and
 * tested as tables. The letter folds (أإآٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) are for SEARCH ONLY: they
 * merge different words (إعمار "reconstruction" and أعمار "ages"), so dictionary lookup must try the
 * strict form first and use a fold only as a lower-ranked fallback. Spelling variants such as سورية /
 * سوريا are deliberately not merged: that is lexicon knowledge, not a character rule.
 *
 * Every rule except the last maps one code point to zero or more code points on its own, so the rules
 * commute and `foldWithMap` can apply them code point by code point; whitespace collapsing runs last.
 */
import { TATWEEL } from './chars.ts';

/** One normalisation rule: `description` shows it by example, `process` applies it to a whole string. */
export interface Normaliser {
  name: string;
  description: string;
  process: (text: string) => string;
}

/** A rule that looks at one code point at a time; `process` maps every code point of the string. */
function perCodePoint(name: string, description: string, fold: (ch: string) => string): Normaliser {
  return { name, description, process: (text) => Array.from(text, fold).join('') };
}

const table = (map: Readonly<Record<string, string>>) => (ch: string) => map[ch] ?? ch;
const removeIf = (re: RegExp) => (ch: string) => (re.test(ch) ? '' : ch);

/** Harakat, tanwin, shadda, sukun, maddah and hamza marks U+064B–U+065F, and the dagger alif U+0670. */
const MARK = /^[\u064B-\u065F\u0670]$/u;
/** ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark, bidi embeddings/overrides and bidi isolates. */
const FORMAT = /^[\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069]$/u;
const LATIN = /^\p{Script=Latin}$/u;
const DIGITS: Record<string, string> = {};
for (let d = 0; d <= 9; d++) {
  DIGITS[String.fromCharCode(0x0660 + d)] = String(d);
  DIGITS[String.fromCharCode(0x06f0 + d)] = String(d);
}

/** The search folds, applied in this order by `foldForSearch`. */
export const NORMALISERS: readonly Normaliser[] = [
  perCodePoint('removeHarakat', 'كَتَبَ وقّعت هٰذا → كتب وقعت هذا', removeIf(MARK)),
  perCodePoint('removeTatweel', 'الـصين → الصين', (ch) => (ch === TATWEEL ? '' : ch)),
  perCodePoint('foldAlif', 'أإآٱ → ا', table({ 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا' })),
  perCodePoint('foldAlifMaqsura', 'ى → ي', table({ 'ى': 'ي' })),
  perCodePoint('foldTaMarbuta', 'ة → ه', table({ 'ة': 'ه' })),
  // Search-only: the seat letter stands in for the hamza, as ا does for أ.
  perCodePoint('foldHamzaSeats', 'ؤ → و، ئ → ي', table({ 'ؤ': 'و', 'ئ': 'ي' })),
  perCodePoint('removeFormatChars', 'ZWNJ ZWJ LRM RLM ALM LRI…PDI → ∅', removeIf(FORMAT)),
  perCodePoint('latinDigits', '٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ → 0123456789', table(DIGITS)),
  perCodePoint('lowerCaseLatin', 'CCTV → cctv', (ch) => (LATIN.test(ch) ? ch.toLowerCase() : ch)),
  { name: 'collapseWhitespace', description: '"  a \\n b " → "a b"', process: (text) => text.replace(/\s+/gu, ' ').trim() },
];

const CHAR_RULES = NORMALISERS.slice(0, -1);
const SPACE = /^\s$/u;

const FINAL_RULE = NORMALISERS.at(-1)!;
const foldedCodePoints = new Map<string, string>();

/**
 * Applies every normaliser: the diacritic-, alif/hamza-, digit- and case-insensitive search form. The
 * character rules map one code point at a time, so each code point's fold is computed once and
 * remembered (searching tens of thousands of saved words folds a great deal of text).
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    let folded = foldedCodePoints.get(ch);
    if (folded === undefined) {
      folded = CHAR_RULES.reduce((acc, rule) => rule.process(acc), ch);
      foldedCodePoints.set(ch, folded);
    }
    out += folded;
  }
  return FINAL_RULE.process(out);
}

/**
 * Folds like `foldForSearch` and returns `toOriginal`, of length `folded.length + 1`: `toOriginal[i]` is
 * the offset in `text` of the character that produced `folded[i]` (a collapsed space maps to the first
 * white-space character of its run), and `toOriginal[folded.length]` is `text.length`. A folded range
 * [s, e) therefore maps to [toOriginal[s], toOriginal[e]), which keeps the marks of its last letter but
 * may also cover removed tatweel, format characters or white space before the next kept character;
 * `searchText` trims those.
 */
export function foldWithMap(text: string): { folded: string; toOriginal: number[] } {
  let folded = '';
  const toOriginal: number[] = [];
  let pendingSpace = -1; // offset of the first white-space character of the current run, or -1
  let offset = 0;
  for (const ch of text) {
    const out = CHAR_RULES.reduce((acc, n) => n.process(acc), ch);
    if (SPACE.test(out)) {
      if (pendingSpace < 0) pendingSpace = offset;
    } else if (out !== '') {
      if (pendingSpace >= 0 && folded !== '') {
        folded += ' ';
        toOriginal.push(pendingSpace);
      }
      pendingSpace = -1;
      folded += out;
      for (let k = 0; k < out.length; k++) toOriginal.push(offset);
    }
    offset += ch.length;
  }
  toOriginal.push(text.length);
  return { folded, toOriginal };
}

/** Removed characters that do not belong to the letter before them (unlike harakat). */
const TRAILING_GAP = /^[\u0640\s\u200C-\u200F\u061C\u202A-\u202E\u2066-\u2069]$/u;

/**
 * Finds every non-overlapping occurrence of `needle` in `haystack`, both folded for search, and returns
 * them as offsets into the original `haystack`: `haystack.slice(start, end)` is the matched text with
 * its diacritics, without trailing tatweel, format characters or white space. An empty (or all-marks)
 * needle matches nothing.
 */
export function searchText(haystack: string, needle: string): Array<{ start: number; end: number }> {
  const target = foldForSearch(needle);
  if (target === '') return [];
  const { folded, toOriginal } = foldWithMap(haystack);
  const matches: Array<{ start: number; end: number }> = [];
  for (let i = folded.indexOf(target); i >= 0; i = folded.indexOf(target, i + target.length)) {
    const start = toOriginal[i] ?? 0;
    let end = toOriginal[i + target.length] ?? haystack.length;
    while (end > start && TRAILING_GAP.test(haystack.charAt(end - 1))) end--;
    matches.push({ start, end });
  }
  return matches;
}
