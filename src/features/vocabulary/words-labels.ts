/**
 * Labels of My words that depend on data: a part of speech (or unit kind) as stored in a word, which
 * may be one the interface has no name for.
 */
import type { TFunction } from 'i18next';

/** Parts of speech and unit kinds with a translated name (words.pos.*). */
const NAMED_POS = [
  'noun', 'adjective', 'verb', 'proper noun', 'pronoun', 'demonstrative', 'relative pronoun', 'preposition',
  'conjunction', 'particle', 'adverb', 'numeral', 'name', 'institution', 'term', 'idiom', 'collocation',
] as const;
type NamedPos = (typeof NAMED_POS)[number];

const isNamed = (pos: string): pos is NamedPos => (NAMED_POS as readonly string[]).includes(pos);

/** The translated name of a part of speech or unit kind; an unknown one is shown as stored. */
export function posLabel(t: TFunction, pos: string): string {
  return isNamed(pos) ? t(`words.pos.${pos}`) : pos;
}
