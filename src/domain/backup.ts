/**
 * Back up and restore: the backup file's validation and migrations (its shape is in backup-schema.ts; merging a restored
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
import type { z } from 'zod';
import type { HighlightRecord, ParagraphNoteRecord } from './annotation';
import {
  BACKUP_APP,
  BACKUP_COLLECTIONS,
  BACKUP_FORMAT_VERSION,
  MAX_BACKUP_BYTES,
  backupSchema,
  type Backup,
  type BackupCollection,
  type BackupData,
} from './backup-schema';
import type { ImportedArticle } from './import';
import type { LookupRecord } from './lookup-record';
import type { ReadingProgress } from './progress';
import type { CardRecord, ReviewLogRecord } from './srs';
import type { WordRecord } from './vocab';

export * from './backup-schema';

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
