/**
 * Character classes of the Arabic script that the tokenizer and normalisers share.
 * Kept as data so that every rule about "what is part of a word" lives in one place (see ARABIC.md).
 */

/** Harakat and other combining marks U+064B–U+065F plus the dagger alif U+0670. */
export const DIACRITICS = /[\u064B-\u065F\u0670]/gu;

/** Tatweel (kashida), a stretching stroke with no phonetic value. */
export const TATWEEL = '\u0640';

/**
 * One character that may belong to an Arabic word: letters U+0621–U+063A and U+0641–U+064A, tatweel,
 * harakat U+064B–U+065F, dagger alif U+0670 and the extended letters U+0671–U+06D3. The Arabic comma
 * (U+060C), semicolon (U+061B), question mark (U+061F), Arabic-Indic digits, the Arabic letter mark
 * (U+061C) and ZWNJ are deliberately outside it.
 */
export const WORD_CHAR = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]/u;

/** A whole run of word characters, global, for scanning. */
export const WORD_RUN = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]+/gu;

/** Removes every diacritic and tatweel, leaving the bare letters. */
export function stripMarks(text: string): string {
  return text.replace(DIACRITICS, '').replaceAll(TATWEEL, '');
}
