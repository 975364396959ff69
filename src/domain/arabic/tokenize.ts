/**
 * Splits Arabic text into word tokens with offsets into the original string.
 * Offsets are the anchor for everything (analysis, highlights), so the tokenizer never alters the text.
 */
import { LETTER, WORD_RUN } from './chars.ts';

/** One Arabic word as it stands in the text: `text.slice(start, end) === form`. */
export interface Token {
  form: string;
  start: number;
  end: number;
}

/** Returns the Arabic word tokens of `text` in logical order. Tatweel and diacritics stay inside words. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const form = match[0];
    // A run of only tatweel or marks (no letter) is decoration, not a word.
    if (!LETTER.test(form)) continue;
    tokens.push({ form, start: match.index, end: match.index + form.length });
  }
  return tokens;
}

/** Counts words the way a reader would: runs separated by white space. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}
