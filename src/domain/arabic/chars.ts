/**
 * Character classes of the Arabic script that the tokenizer and normalisers share.
 * Kept as data so that every rule about "what is part of a word" lives in one place (see ARABIC.md).
 */

/** Harakat and other combining marks U+064B–U+065F plus the dagger alif U+0670. */
export const DIACRITICS = /[\u064B-\u065F\u0670]/gu;

/** Tatweel (kashida), a stretching stroke with no phonetic value. */
export const TATWEEL = '\u0640';

/** An Arabic letter (not a mark or tatweel): a word must contain at least one. */
export const LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]/u;

/**
 * A whole run of characters that may belong to an Arabic word, global, for scanning: letters, tatweel,
 * harakat, dagger alif and the extended letters. The Arabic comma (U+060C), semicolon (U+061B), question
 * mark (U+061F), Arabic-Indic digits, the Arabic letter mark (U+061C) and ZWNJ are deliberately outside.
 */
export const WORD_RUN = /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3]+/gu;

/** Removes every diacritic and tatweel, leaving the bare letters. */
export function stripMarks(text: string): string {
  return text.replace(DIACRITICS, '').replaceAll(TATWEEL, '');
}
