/**
 * The backup file's shape: its header constants, the collections it holds and a strict zod schema for
 * every record kind, each proved equal to its domain type at compile time. Parsing, migrating and
 * counting are in backup.ts.
 */
import { z } from 'zod';
import type { HighlightRecord, ParagraphNoteRecord } from './annotation';
import type { ImportedArticle } from './import';
import { IMPORTED_PREFIX } from './imported';
import { HIGHLIGHT_COLOURS } from './highlight';
import type { LookupRecord } from './lookup-record';
import type { ReadingProgress } from './progress';
import { LAYOUTS, TASHKEEL_MODES, TEXT_SIZES, THEMES, UI_LANGUAGES, type Settings } from './settings';
import { DIRECTIONS, GRADES, type CardRecord, type ReviewLogRecord } from './srs';
import { WORD_STATUSES, type WordRecord } from './vocab';

/** The `app` field every Qiraa backup starts with. */
export const BACKUP_APP = 'qiraa';
/** The version of the backup file format written today. */
export const BACKUP_FORMAT_VERSION = 2;
/** Files larger than this (UTF-8 bytes) are refused before parsing: 50 MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** The collections of a backup, in the order the file lists them. */
export const BACKUP_COLLECTIONS = ['settings', 'progress', 'lookups', 'highlights', 'paragraphNotes', 'words', 'cards', 'reviews', 'importedArticles'] as const;
export type BackupCollection = (typeof BACKUP_COLLECTIONS)[number];

// Timestamps and FSRS values are any finite number (z.number() refuses NaN and ±Infinity); offsets and
// counts are integers.
const text = z.string();
const time = z.number();
const count = z.int().nonnegative();

const settingsSchema = z.strictObject({
  theme: z.enum(THEMES).optional(),
  layout: z.enum(LAYOUTS).optional(),
  textSize: z.literal(TEXT_SIZES).optional(),
  language: z.enum(UI_LANGUAGES).nullable().optional(),
  tashkeel: z.enum(TASHKEEL_MODES).optional(),
  wordByWord: z.boolean().optional(),
  transliteration: z.boolean().optional(),
  colourByStatus: z.boolean().optional(),
});

const progressSchema = z.strictObject({
  articleId: text,
  paragraphId: text,
  furthestIndex: z.int().min(-1),
  paragraphCount: count,
  updatedAt: time,
});

const lookupSchema = z.strictObject({
  id: z.int().positive().optional(),
  form: text,
  lemma: text,
  gloss: text,
  articleId: text,
  paragraphId: text,
  start: count,
  at: time,
});

const selectorSchema = z.strictObject({ paragraphId: text, start: count, end: count, quote: text, prefix: text, suffix: text });

const highlightSchema = z.strictObject({
  id: text,
  articleId: text,
  side: z.enum(['ar', 'en']),
  selector: selectorSchema,
  colour: z.enum(HIGHLIGHT_COLOURS),
  note: text,
  createdAt: time,
  updatedAt: time,
});

const paragraphNoteSchema = z.strictObject({ id: text, articleId: text, paragraphId: text, note: text, createdAt: time, updatedAt: time });

const wordContextSchema = z.strictObject({ articleId: text, paragraphId: text, sentence: text, start: count, end: count });

const wordSchema = z.strictObject({
  id: text,
  kind: z.enum(['word', 'unit']),
  lemma: text,
  root: text.nullable(),
  pos: text,
  gloss: text,
  note: text,
  status: z.enum(WORD_STATUSES),
  contexts: z.array(wordContextSchema),
  articleIds: z.array(text),
  tags: z.array(text),
  addedAt: time,
  updatedAt: time,
});

const cardState = z.enum(['new', 'learning', 'review', 'relearning']);

const cardSchema = z.strictObject({
  id: text,
  wordId: text,
  direction: z.enum(DIRECTIONS),
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: count,
  reps: count,
  lapses: count,
  state: cardState,
  lastReview: time.nullable(),
});

const reviewSchema = z.strictObject({
  id: text,
  cardId: text,
  wordId: text,
  direction: z.enum(DIRECTIONS),
  grade: z.enum(GRADES),
  at: time,
  stateBefore: cardState,
  dueBefore: time,
  dueAfter: time,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
});

const bilingualSchema = z.strictObject({ ar: text, en: text });

const importedArticleSchema = z.strictObject({
  id: z.string().startsWith(IMPORTED_PREFIX),
  seed: text.optional(),
  title: bilingualSchema,
  summary: text,
  tags: z.array(bilingualSchema),
  date: text.nullable(),
  source: text.nullable(),
  wordCount: count,
  paragraphCount: count,
  paragraphs: z.array(z.strictObject({ id: z.string().regex(/^p[1-9]\d*$/u), ar: z.string().min(1), en: text })).min(1),
  importedAt: time,
  updatedAt: time,
});

const dataSchema = z.strictObject({
  settings: settingsSchema,
  progress: z.array(progressSchema),
  lookups: z.array(lookupSchema),
  highlights: z.array(highlightSchema),
  paragraphNotes: z.array(paragraphNoteSchema),
  words: z.array(wordSchema),
  cards: z.array(cardSchema),
  reviews: z.array(reviewSchema),
  importedArticles: z.array(importedArticleSchema),
});

/** The whole file, at the current format version. */
export const backupSchema = z.strictObject({
  app: z.literal(BACKUP_APP),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.int().positive(),
  exportedAt: text,
  data: dataSchema,
});

/** Every user record a backup holds: settings as the stored key/value pairs, everything else as rows. */
export interface BackupData {
  settings: Partial<Settings>;
  progress: ReadingProgress[];
  lookups: LookupRecord[];
  highlights: HighlightRecord[];
  paragraphNotes: ParagraphNoteRecord[];
  words: WordRecord[];
  cards: CardRecord[];
  reviews: ReviewLogRecord[];
  importedArticles: ImportedArticle[];
}

/** A backup file's contents. */
export interface Backup {
  app: typeof BACKUP_APP;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The IndexedDB schema version of the app that wrote the file (informational). */
  schemaVersion: number;
  /** ISO 8601. */
  exportedAt: string;
  data: BackupData;
}

// Compile-time proof that each schema accepts exactly its domain type: a field added to a record type
// without being added here (or the reverse) fails `tsc`.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compile-time checks only; never used as a value. */
export type BackupSchemaChecks = [
  Assert<Equals<z.infer<typeof settingsSchema>, Partial<Settings>>>,
  Assert<Equals<z.infer<typeof progressSchema>, ReadingProgress>>,
  Assert<Equals<z.infer<typeof lookupSchema>, LookupRecord>>,
  Assert<Equals<z.infer<typeof highlightSchema>, HighlightRecord>>,
  Assert<Equals<z.infer<typeof paragraphNoteSchema>, ParagraphNoteRecord>>,
  Assert<Equals<z.infer<typeof wordSchema>, WordRecord>>,
  Assert<Equals<z.infer<typeof cardSchema>, CardRecord>>,
  Assert<Equals<z.infer<typeof reviewSchema>, ReviewLogRecord>>,
  Assert<Equals<z.infer<typeof importedArticleSchema>, ImportedArticle>>,
  Assert<Equals<z.infer<typeof dataSchema>, BackupData>>,
  Assert<Equals<z.infer<typeof backupSchema>, Backup>>,
];
type Assert<T extends true> = T;
