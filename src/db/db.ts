/**
 * The only module that imports Dexie: opens the database, declares its versions and exposes the
 * repository functions (each takes the database first). Storage errors are turned into a status here
 * and never reach components.
 */
import Dexie, { liveQuery, RangeSet, type EntityTable, type IndexableType, type Table } from 'dexie';
import type { HighlightRecord, ParagraphNoteRecord } from '../domain/annotation';
import type { ImportedArticle } from '../domain/import';
import type { LookupRecord } from '../domain/lookup-record';
import type { ReadingProgress } from '../domain/progress';
import type { CardRecord, ReviewLogRecord } from '../domain/srs';
import { WORD_STATUSES, mergeWord, type WordRecord, type WordStatus } from '../domain/vocab';
import type { Settings } from '../domain/settings';
import { repairSettings } from '../domain/settings';
import { SCHEMA_VERSIONS } from './schema';
import { emitStorageEvent, reported } from './storage-events';

export interface SettingRow {
  key: keyof Settings;
  value: unknown;
}

/** A row of the device's own bookkeeping (not user data; never in a backup). */
export interface MetaRow {
  key: 'lastBackupAt' | 'reminderPutOffAt';
  value: number;
}

export type QiraaDb = Dexie & {
  meta: EntityTable<MetaRow, 'key'>;
  importedArticles: EntityTable<ImportedArticle, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  progress: EntityTable<ReadingProgress, 'articleId'>;
  lookups: EntityTable<LookupRecord, 'id'>;
  highlights: EntityTable<HighlightRecord, 'id'>;
  paragraphNotes: EntityTable<ParagraphNoteRecord, 'id'>;
  words: EntityTable<WordRecord, 'id'>;
  cards: EntityTable<CardRecord, 'id'>;
  reviews: EntityTable<ReviewLogRecord, 'id'>;
};

export const DB_NAME = 'qiraa';

/** Creates (does not open) the database with every declared version. */
export function createDb(name = DB_NAME): QiraaDb {
  // 'relaxed': a commit is reported once the OS has the data, not after a disk flush. Reading notes are
  // not bank records, and waiting for the flush would make every highlight feel slow.
  const db = new Dexie(name, { chromeTransactionDurability: 'relaxed', cache: 'disabled' }) as QiraaDb;
  for (const v of SCHEMA_VERSIONS) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

/** Opens the database; resolves to null (never rejects) when IndexedDB is unavailable or blocked. */
export async function openDb(name = DB_NAME): Promise<QiraaDb | null> {
  try {
    if (typeof indexedDB === 'undefined') return null;
    const db = createDb(name);
    // Another tab opening a newer version: let it upgrade (closing is what it waits for) and say so here.
    db.on('versionchange', () => {
      db.close();
      emitStorageEvent({ kind: 'version-change' });
      return false;
    });
    // This tab is the newer one and an older tab holds the database open: opening waits until it lets go.
    db.on('blocked', () => emitStorageEvent({ kind: 'blocked' }));
    await db.open();
    return db;
  } catch {
    return null;
  }
}

/** Runs `query` now and again whenever the data it read changes (in any tab); returns an unsubscribe. */
export function observe<T>(query: () => Promise<T>, onValue: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: () => undefined });
  return () => subscription.unsubscribe();
}

export async function readSettings(db: QiraaDb): Promise<Settings> {
  const rows = await db.settings.toArray();
  return repairSettings(Object.fromEntries(rows.map((r) => [r.key, r.value])));
}

export async function writeSettings(db: QiraaDb, patch: Partial<Settings>): Promise<void> {
  const rows = Object.entries(patch).map(([key, value]) => ({ key: key as keyof Settings, value }));
  await reported(() => db.settings.bulkPut(rows), false);
}

export function readProgress(db: QiraaDb, articleId: string): Promise<ReadingProgress | undefined> {
  return db.progress.get(articleId);
}

export function readAllProgress(db: QiraaDb): Promise<ReadingProgress[]> {
  return db.progress.toArray();
}

export async function writeProgress(db: QiraaDb, progress: ReadingProgress): Promise<void> {
  await reported(() => db.progress.put(progress), false);
}

export async function addLookup(db: QiraaDb, record: Omit<LookupRecord, 'id'>): Promise<void> {
  await reported(() => db.lookups.add(record), false);
}

/** The latest lookups, newest first. */
export function readRecentLookups(db: QiraaDb, limit: number): Promise<LookupRecord[]> {
  return db.lookups.orderBy('at').reverse().limit(limit).toArray();
}

/** Highlights of one article, or of every article when `articleId` is undefined. */
export function readHighlights(db: QiraaDb, articleId?: string): Promise<HighlightRecord[]> {
  return articleId === undefined ? db.highlights.toArray() : db.highlights.where('articleId').equals(articleId).toArray();
}

/**
 * The change notice Dexie's live queries (in this tab, and in others through its broadcast channel) react
 * to, for one record put into `table`: its primary key and each index's new value, as Dexie itself
 * describes a put whose previous value it has not read.
 */
function changeNotice(db: QiraaDb, table: Table, record: object): Record<string, RangeSet> {
  const base = `idb://${db.name}/${table.name}/`;
  const key = Dexie.getByKeyPath(record, table.schema.primKey.keyPath as string) as IndexableType;
  const parts: Record<string, RangeSet> = { [base]: new RangeSet().addKey(key), [`${base}:dels`]: new RangeSet().addKey(key) };
  for (const index of table.schema.indexes) {
    parts[base + index.name] = new RangeSet().addKey(Dexie.getByKeyPath(record, index.keyPath as string) as IndexableType);
  }
  return parts;
}

/**
 * Saves a highlight in a transaction of its own, committed as soon as its write is issued. Through Dexie
 * the commit waits until this thread has received the write's result, and the completion is followed by
 * Dexie's re-reading of live queries: after a click the browser holds such results back until the next
 * frame, so the save was confirmed a few milliseconds after the paint instead of with it. Live queries
 * (here and in other tabs) are then told of the change as Dexie would tell them.
 */
export async function putHighlight(db: QiraaDb, record: HighlightRecord): Promise<void> {
  await reported(
    () =>
      new Promise<void>((resolve, reject) => {
        if (!db.isOpen()) throw new Dexie.DatabaseClosedError();
        const tx = db.backendDB().transaction('highlights', 'readwrite', { durability: 'relaxed' });
        tx.objectStore('highlights').put(record);
        tx.oncomplete = () => {
          resolve();
          // In a task of its own, after the saver has heard (live queries re-read at once when told).
          setTimeout(() => Dexie.on('storagemutated').fire(changeNotice(db, db.highlights, record)));
        };
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('highlight not saved'));
        tx.commit();
      }),
  );
}

export async function deleteHighlight(db: QiraaDb, id: string): Promise<void> {
  await reported(() => db.highlights.delete(id));
}

/** Paragraph notes of one article, or of every article when `articleId` is undefined. */
export function readParagraphNotes(db: QiraaDb, articleId?: string): Promise<ParagraphNoteRecord[]> {
  return articleId === undefined ? db.paragraphNotes.toArray() : db.paragraphNotes.where('articleId').equals(articleId).toArray();
}

export async function putParagraphNote(db: QiraaDb, record: ParagraphNoteRecord): Promise<void> {
  await reported(() => db.paragraphNotes.put(record));
}

export async function deleteParagraphNote(db: QiraaDb, id: string): Promise<void> {
  await reported(() => db.paragraphNotes.delete(id));
}

/** Every saved word. */
export function readWords(db: QiraaDb): Promise<WordRecord[]> {
  return db.words.toArray();
}

/** The status of each of the given words that is saved (reads just those records). */
export async function readStatusesOf(db: QiraaDb, ids: readonly string[]): Promise<Map<string, WordStatus>> {
  const words = await db.words.bulkGet([...ids]);
  return new Map(words.flatMap((w) => (w ? [[w.id, w.status] as const] : [])));
}

/** The most recently added words (for a first screen before the whole list has been read). */
export function readNewestWords(db: QiraaDb, limit: number): Promise<WordRecord[]> {
  return db.words.orderBy('addedAt').reverse().limit(limit).toArray();
}

export function readWord(db: QiraaDb, id: string): Promise<WordRecord | undefined> {
  return db.words.get(id);
}

/**
 * The status of every saved lemma, read from the status index alone (keys only, never the records), so
 * that it stays quick with tens of thousands of words.
 */
export async function readStatuses(db: QiraaDb): Promise<Map<string, WordStatus>> {
  const byStatus = await db.transaction('r', db.words, () => Promise.all(WORD_STATUSES.map((s) => db.words.where('status').equals(s).primaryKeys())));
  const map = new Map<string, WordStatus>();
  byStatus.forEach((ids, i) => ids.forEach((id) => map.set(id, WORD_STATUSES[i]!)));
  return map;
}

/**
 * Saves words (merging each with what is stored: a new sentence is added, the learner's status, gloss
 * and note are kept) and gives each new word its cards, in one transaction; `status`, when given, is
 * set on all of them in the same transaction. `cardsFor` makes the cards. Resolves to how many words
 * were new.
 */
export async function saveWords(
  db: QiraaDb,
  incoming: readonly WordRecord[],
  cardsFor: (word: WordRecord) => CardRecord[],
  now: number,
  status?: WordStatus,
): Promise<number> {
  return reported(() => db.transaction('rw', db.words, db.cards, async () => {
    const existing = await db.words.bulkGet(incoming.map((w) => w.id));
    const merged = incoming.map((w, i) => {
      const word = mergeWord(existing[i], w, now);
      return status && word.status !== status ? { ...word, status, updatedAt: now } : word;
    });
    await db.words.bulkPut(merged.filter((w, i) => w !== existing[i]));
    const added = incoming.filter((_, i) => !existing[i]);
    const cards = added.flatMap(cardsFor);
    const present = new Set((await db.cards.bulkGet(cards.map((c) => c.id))).map((c) => c?.id));
    await db.cards.bulkAdd(cards.filter((c) => !present.has(c.id)));
    return added.length;
  }));
}

/** Changes what the learner may edit on one word. */
export async function updateWord(db: QiraaDb, id: string, patch: Partial<Pick<WordRecord, 'status' | 'gloss' | 'note' | 'tags'>>, now: number): Promise<void> {
  await reported(() => db.words.update(id, { ...patch, updatedAt: now }));
}

/** Sets the status of many words at once. */
export async function setStatuses(db: QiraaDb, ids: readonly string[], status: WordStatus, now: number): Promise<void> {
  await reported(() => db.words.bulkUpdate(ids.map((key) => ({ key, changes: { status, updatedAt: now } }))));
}

/** Removes words with their cards and review history. */
export async function deleteWords(db: QiraaDb, ids: readonly string[]): Promise<void> {
  await reported(() =>
    db.transaction('rw', db.words, db.cards, db.reviews, async () => {
      await db.words.bulkDelete([...ids]);
      await db.cards.where('wordId').anyOf([...ids]).delete();
      await db.reviews.where('wordId').anyOf([...ids]).delete();
    }),
  );
}

/** How many cards there are (a live query reading this follows every change of any card). */
export function countCards(db: QiraaDb): Promise<number> {
  return db.cards.count();
}

/** Cards due at `now` (or earlier), soonest first. */
export function readDueCards(db: QiraaDb, now: number): Promise<CardRecord[]> {
  return db.cards.where('due').belowOrEqual(now).sortBy('due');
}

/** Stores a review: the card's new state and the log entry, together. */
export async function recordReview(db: QiraaDb, card: CardRecord, log: ReviewLogRecord): Promise<void> {
  await reported(() =>
    db.transaction('rw', db.cards, db.reviews, async () => {
      await db.cards.put(card);
      await db.reviews.add(log);
    }),
  );
}

export function readReviews(db: QiraaDb): Promise<ReviewLogRecord[]> {
  return db.reviews.orderBy('at').toArray();
}

/** Every imported article, oldest first. */
export function readImportedArticles(db: QiraaDb): Promise<ImportedArticle[]> {
  return db.importedArticles.orderBy('importedAt').toArray();
}

export async function addImportedArticle(db: QiraaDb, article: ImportedArticle): Promise<void> {
  await reported(() => db.importedArticles.add(article));
}

export async function renameImportedArticle(db: QiraaDb, id: string, title: string, now: number): Promise<void> {
  await reported(() => db.importedArticles.update(id, { title: { ar: title, en: title }, updatedAt: now }));
}

/** Deletes an imported article with its highlights, paragraph notes and reading progress, together. */
export async function deleteImportedArticle(db: QiraaDb, id: string): Promise<void> {
  await reported(() =>
    db.transaction('rw', [db.importedArticles, db.highlights, db.paragraphNotes, db.progress], async () => {
      await db.importedArticles.delete(id);
      await db.highlights.where('articleId').equals(id).delete();
      await db.paragraphNotes.where('articleId').equals(id).delete();
      await db.progress.delete(id);
    }),
  );
}
