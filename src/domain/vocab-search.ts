/**
 * Search over saved words (kept apart from vocab.ts so that pages needing only statuses and counts do
 * not load the search folds).
 */
import { matchesSearch } from './annotation';
import type { WordRecord } from './vocab';

/** Search over My words: Arabic ignores diacritics and hamza/alef variants, English ignores case. */
export const matchesWord = (word: WordRecord, query: string) =>
  matchesSearch(query, word.lemma, word.gloss, word.note, ...word.contexts.map((c) => c.sentence));
