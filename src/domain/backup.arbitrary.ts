/**
 * fast-check generators of valid user data of every kind a backup holds, with awkward text (bidi
 * controls, lone surrogates, marks, emoji), for the backup property tests (domain and IndexedDB).
 */
import fc from 'fast-check';
import type { BackupData } from './backup';
import { HIGHLIGHT_COLOURS } from './highlight';
import { LAYOUTS, TASHKEEL_MODES, TEXT_SIZES, THEMES } from './settings';
import { DIRECTIONS, GRADES } from './srs';
import { WORD_STATUSES } from './vocab';

const arabicLetter = fc.integer({ min: 0x600, max: 0x6ff }).map((c) => String.fromCodePoint(c));
const piece = fc.constantFrom('كَتَبَ', '\u200F', '\u200E', '\u061C', '\u202B', '\u2067', '\u2069', '😀', '👩🏽‍💻', '🇸🇦', 'ـ', '\uFEFF', '\u0000', '\uD800', '\uDFFF', 'e\u0301', '"\\\n');
const text = fc.array(fc.oneof(piece, fc.string({ unit: 'binary' }), fc.string({ unit: arabicLetter })), { maxLength: 4 }).map((a) => a.join(''));
export const time = fc.nat({ max: 4_102_444_800_000 });
const offset = fc.nat({ max: 100_000 });
// JSON has no −0, NaN or Infinity; an FSRS value is always finite.
const real = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const unique = <T>(arb: fc.Arbitrary<T>, key: (r: T) => unknown) => fc.uniqueArray(arb, { selector: key, maxLength: 5 });

const settings = fc.record(
  {
    theme: fc.constantFrom(...THEMES),
    layout: fc.constantFrom(...LAYOUTS),
    textSize: fc.constantFrom(...TEXT_SIZES),
    language: fc.constantFrom('en' as const, 'ar' as const, null),
    tashkeel: fc.constantFrom(...TASHKEEL_MODES),
    wordByWord: fc.boolean(),
    transliteration: fc.boolean(),
    colourByStatus: fc.boolean(),
  },
  { requiredKeys: [] },
);
const progress = fc.record({ articleId: text, paragraphId: text, furthestIndex: fc.integer({ min: -1, max: 500 }), paragraphCount: offset, updatedAt: time });
const lookupArb = fc.record(
  { id: fc.integer({ min: 1, max: 1e9 }), form: text, lemma: text, gloss: text, articleId: text, paragraphId: text, start: offset, at: time },
  { requiredKeys: ['form', 'lemma', 'gloss', 'articleId', 'paragraphId', 'start', 'at'] },
);
const selector = fc.record({ paragraphId: text, start: offset, end: offset, quote: text, prefix: text, suffix: text });
const highlightArb = fc.record({
  id: text,
  articleId: text,
  side: fc.constantFrom('ar' as const, 'en' as const),
  selector,
  colour: fc.constantFrom(...HIGHLIGHT_COLOURS),
  note: text,
  createdAt: time,
  updatedAt: time,
});
const note = fc.record({ id: text, articleId: text, paragraphId: text, note: text, createdAt: time, updatedAt: time });
const word = fc.record({
  id: text,
  kind: fc.constantFrom('word' as const, 'unit' as const),
  lemma: text,
  root: fc.option(text, { nil: null }),
  pos: text,
  gloss: text,
  note: text,
  status: fc.constantFrom(...WORD_STATUSES),
  contexts: fc.array(fc.record({ articleId: text, paragraphId: text, sentence: text, start: offset, end: offset }), { maxLength: 3 }),
  articleIds: fc.array(text, { maxLength: 3 }),
  tags: fc.array(text, { maxLength: 3 }),
  addedAt: time,
  updatedAt: time,
});
const cardState = fc.constantFrom('new' as const, 'learning' as const, 'review' as const, 'relearning' as const);
const cardArb = fc.record({
  id: text,
  wordId: text,
  direction: fc.constantFrom(...DIRECTIONS),
  due: time,
  stability: real,
  difficulty: real,
  elapsedDays: real,
  scheduledDays: real,
  learningSteps: offset,
  reps: offset,
  lapses: offset,
  state: cardState,
  lastReview: fc.option(time, { nil: null }),
});
const review = fc.record({
  id: text,
  cardId: text,
  wordId: text,
  direction: fc.constantFrom(...DIRECTIONS),
  grade: fc.constantFrom(...GRADES),
  at: time,
  stateBefore: cardState,
  dueBefore: time,
  dueAfter: time,
  stability: real,
  difficulty: real,
  elapsedDays: real,
  scheduledDays: real,
});
const bilingual = fc.record({ ar: text, en: text });
const importedArticle = fc.record(
  {
    id: text.map((t) => `imported-${t}`),
    seed: text,
    title: bilingual,
    summary: text,
    tags: fc.array(bilingual, { maxLength: 2 }),
    date: fc.option(text, { nil: null }),
    source: fc.option(text, { nil: null }),
    wordCount: offset,
    paragraphCount: offset,
    paragraphs: fc.array(fc.record({ id: fc.integer({ min: 1, max: 999 }).map((n) => `p${String(n)}`), ar: text.filter((t) => t.length > 0), en: text }), { minLength: 1, maxLength: 3 }),
    importedAt: time,
    updatedAt: time,
  },
  { requiredKeys: ['id', 'title', 'summary', 'tags', 'date', 'source', 'wordCount', 'paragraphCount', 'paragraphs', 'importedAt', 'updatedAt'] },
);

export const backupData: fc.Arbitrary<BackupData> = fc.record({
  settings,
  progress: unique(progress, (r) => r.articleId),
  // A lookup without an id is a distinct object: never a duplicate key.
  lookups: unique(lookupArb, (r) => r.id ?? r),
  highlights: unique(highlightArb, (r) => r.id),
  paragraphNotes: unique(note, (r) => r.id),
  words: unique(word, (r) => r.id),
  cards: unique(cardArb, (r) => r.id),
  reviews: unique(review, (r) => r.id),
  importedArticles: unique(importedArticle, (r) => r.id),
});
