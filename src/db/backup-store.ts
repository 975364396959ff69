/**
 * Backup and restore against IndexedDB: reading everything the user made in one transaction, restoring a
 * validated backup in one transaction (merged or replacing), and this device's backup bookkeeping (when
 * the last backup was made, how much is new since). The file format and the merge rules are pure, in
 * `domain/backup*.ts`.
 */
import { BACKUP_COLLECTIONS, type BackupData } from '../domain/backup';
import { mergeData, replaceData } from '../domain/backup-merge';
import { repairSettings, type Settings } from '../domain/settings';
import type { QiraaDb } from './db';

const tables = (db: QiraaDb) => BACKUP_COLLECTIONS.map((name) => db[name]);

/** Everything the user made, read in one transaction so that the backup is a consistent snapshot. */
export function readAllData(db: QiraaDb): Promise<BackupData> {
  return db.transaction('r', tables(db), async () => {
    const [settingRows, progress, lookups, highlights, paragraphNotes, words, cards, reviews, importedArticles] = await Promise.all([
      db.settings.toArray(),
      db.progress.toArray(),
      db.lookups.toArray(),
      db.highlights.toArray(),
      db.paragraphNotes.toArray(),
      db.words.toArray(),
      db.cards.toArray(),
      db.reviews.toArray(),
      db.importedArticles.toArray(),
    ]);
    // Only known, valid settings go into a backup (the stored rows are repaired the same way on reading).
    const repaired = repairSettings(Object.fromEntries(settingRows.map((r) => [r.key, r.value])));
    const settings = Object.fromEntries(settingRows.filter((r) => r.key in repaired).map((r) => [r.key, repaired[r.key]])) as Partial<Settings>;
    return { settings, progress, lookups, highlights, paragraphNotes, words, cards, reviews, importedArticles };
  });
}

export type RestoreMode = 'merge' | 'replace';

/**
 * Restores a backup in one transaction: merged with what is here (newer edit wins, nothing deleted) or
 * replacing it. Any failure — the quota above all — aborts the transaction and nothing changes.
 */
export function restoreData(db: QiraaDb, incoming: BackupData, mode: RestoreMode): Promise<void> {
  // Not `reported`: the restore screen explains its own failure (the quota above all).
  return db.transaction('rw', tables(db), async () => {
    const next = mode === 'merge' ? mergeData(await readAllData(db), incoming) : replaceData(incoming);
    if (mode === 'replace') await Promise.all(tables(db).map((table) => table.clear()));
    await db.settings.bulkPut(Object.entries(next.settings).map(([key, value]) => ({ key: key as keyof Settings, value })));
    await db.progress.bulkPut(next.progress);
    // Lookups without an id (merged ones new to this device, or a hand-made file) are numbered by
    // IndexedDB: those with an id go first, so the numbers given are past theirs and overwrite none.
    await db.lookups.bulkPut([...next.lookups].sort((a, b) => Number(a.id === undefined) - Number(b.id === undefined)));
    await db.highlights.bulkPut(next.highlights);
    await db.paragraphNotes.bulkPut(next.paragraphNotes);
    await db.words.bulkPut(next.words);
    await db.cards.bulkPut(next.cards);
    await db.reviews.bulkPut(next.reviews);
    await db.importedArticles.bulkPut(next.importedArticles);
  });
}
