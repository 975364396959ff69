/**
 * Back up and restore: the backup file's format, its validation and migrations (merging a restored
 * backup with what is on the device is in backup-merge.ts). Pure: the caller reads and writes IndexedDB and
 * files, and passes the time in.
 *
 * The file carries its own `formatVersion`, independent of the IndexedDB schema version (which is
 * recorded as `schemaVersion` for diagnosis only): the file format changes only when what a backup holds
 * changes, and then an older file is carried forward one format version at a time by
 * {@link BACKUP_MIGRATIONS} before it is validated. Validation is strict — every record must have exactly
 * the fields of its domain type — so a damaged file is refused with the collection and item at fault
 * rather than half restored.
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

/** A backup ready to serialise; `now` is milliseconds since the epoch. */
export function makeBackup(data: BackupData, schemaVersion: number, now: number): Backup {
  return { app: BACKUP_APP, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, exportedAt: new Date(now).toISOString(), data };
}

/**
 * The file's text. JSON.stringify writes every string exactly (a lone surrogate as a `\udXXX` escape),
 * so Arabic, marks, bidi controls and emoji come back unchanged; numbers come back as JSON carries them
 * (−0 as 0).
 */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

/** Why a file cannot be restored; the UI translates each kind. */
export type BackupError =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'not-json' }
  | { kind: 'not-qiraa' }
  | { kind: 'newer-version'; formatVersion: number }
  /**
   * `collection` names the list at fault and `index` the item in it; `collection: 'file'` is the header
   * (`app`, versions, `exportedAt`, the shape of `data`), and `index` is null outside a list.
   */
  | { kind: 'malformed'; collection: BackupCollection | 'file'; index: number | null; detail: string };

export type ParseResult = { ok: true; backup: Backup; counts: Record<BackupCollection, number> } | { ok: false; error: BackupError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One step of the file format: turns a parsed file of version `from` into one of version `to` = `from + 1`. */
export interface BackupMigration {
  from: number;
  to: number;
  /** What changed and why. */
  changelog: string;
  /** Must not mutate `raw`. `formatVersion` is set by the caller. */
  migrate: (raw: Record<string, unknown>) => Record<string, unknown>;
}

/** The released format steps, append-only: each carries a file one format version forward. */
export const BACKUP_MIGRATIONS: readonly BackupMigration[] = [
  {
    from: 1,
    to: 2,
    changelog: 'Imported articles are backed up too; a version 1 file had none.',
    migrate: (raw) => ({ ...raw, data: isRecord(raw.data) ? { ...raw.data, importedArticles: [] } : raw.data }),
  },
];

/**
 * Carries `raw` (at format `from`) forward to format `to`, one step at a time. Returns null when a step
 * is missing.
 */
export function migrateBackup(
  raw: Record<string, unknown>,
  from: number,
  to: number,
  migrations: readonly BackupMigration[],
): Record<string, unknown> | null {
  let current = raw;
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version && m.to === version + 1);
    if (!step) return null;
    current = { ...step.migrate(current), formatVersion: step.to };
  }
  return current;
}

/** UTF-8 length of `s`, counting no further than `limit + 1`. */
function utf8Bytes(s: string, limit: number): number {
  // Every UTF-16 code unit is at most 3 UTF-8 bytes, so most files need no count.
  if (s.length * 3 <= limit) return s.length;
  let bytes = 0;
  for (let i = 0; i < s.length && bytes <= limit; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}


const malformed = (collection: BackupCollection | 'file', index: number | null, detail: string): ParseResult => ({
  ok: false,
  error: { kind: 'malformed', collection, index, detail },
});

/** The first zod issue as collection, item and a readable path + message inside the item. */
function describeIssue(issue: z.core.$ZodIssue): ParseResult {
  const [top, collection, index, ...rest] = issue.path;
  const inData = top === 'data' && BACKUP_COLLECTIONS.includes(collection as BackupCollection);
  if (!inData) return malformed('file', null, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (collection === 'settings') return malformed('settings', null, `${[index, ...rest].filter((p) => p !== undefined).join('.')}: ${issue.message}`);
  if (typeof index !== 'number') return malformed(collection as BackupCollection, null, issue.message);
  return malformed(collection as BackupCollection, index, `${rest.join('.') || '(item)'}: ${issue.message}`);
}

/** Key each record is stored under; lookups have none of their own until IndexedDB assigns one. */
/** Each collection's record key (two records with one key are the same record). */
export const KEYS = {
  progress: (r: ReadingProgress) => r.articleId,
  highlights: (r: HighlightRecord) => r.id,
  paragraphNotes: (r: ParagraphNoteRecord) => r.id,
  words: (r: WordRecord) => r.id,
  cards: (r: CardRecord) => r.id,
  reviews: (r: ReviewLogRecord) => r.id,
  importedArticles: (r: ImportedArticle) => r.id,
  lookups: (r: LookupRecord) => (r.id === undefined ? undefined : String(r.id)),
} satisfies Record<Exclude<BackupCollection, 'settings'>, (r: never) => string | undefined>;

function firstDuplicate<T>(rows: readonly T[], key: (r: T) => string | undefined): number | null {
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const k = key(r);
    if (k === undefined) continue;
    if (seen.has(k)) return i;
    seen.add(k);
  }
  return null;
}

/**
 * Reads a backup file's text: refuses a file over {@link MAX_BACKUP_BYTES} before parsing, then
 * anything not JSON, not a Qiraa backup or from a newer format; migrates an older format; and validates
 * every record (including duplicate keys within a collection). `migrations` is for tests.
 */
export function parseBackup(input: string, migrations: readonly BackupMigration[] = BACKUP_MIGRATIONS): ParseResult {
  const bytes = utf8Bytes(input, MAX_BACKUP_BYTES);
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, error: { kind: 'too-large', bytes } };
  let raw: unknown;
  try {
    // A byte-order mark is not JSON; editors sometimes add one.
    raw = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input);
  } catch {
    return { ok: false, error: { kind: 'not-json' } };
  }
  if (!isRecord(raw) || raw.app !== BACKUP_APP) return { ok: false, error: { kind: 'not-qiraa' } };
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return malformed('file', null, 'formatVersion: expected a whole number');
  }
  if (version > BACKUP_FORMAT_VERSION) return { ok: false, error: { kind: 'newer-version', formatVersion: version } };
  const migrated = migrateBackup(raw, version, BACKUP_FORMAT_VERSION, migrations);
  if (!migrated) return malformed('file', null, `formatVersion: no migration from version ${version}`);

  const parsed = backupSchema.safeParse(migrated);
  if (!parsed.success) return describeIssue(parsed.error.issues[0]!);
  const backup: Backup = parsed.data;
  for (const [collection, key] of Object.entries(KEYS) as [keyof typeof KEYS, (r: never) => string | undefined][]) {
    const at = firstDuplicate(backup.data[collection] as never[], key);
    if (at !== null) return malformed(collection, at, 'duplicate key');
  }
  return { ok: true, backup, counts: countData(backup.data) };
}

/** How many records of each kind (settings: how many keys). */
export function countData(data: BackupData): Record<BackupCollection, number> {
  return {
    settings: Object.keys(data.settings).length,
    progress: data.progress.length,
    lookups: data.lookups.length,
    highlights: data.highlights.length,
    paragraphNotes: data.paragraphNotes.length,
    words: data.words.length,
    cards: data.cards.length,
    reviews: data.reviews.length,
    importedArticles: data.importedArticles.length,
  };
}
