/**
 * This device's backup bookkeeping (kept in the `meta` table, never itself backed up): when the last
 * backup was made, when the reminder was put off, and how much the user has made since. Light, so the
 * reminder can load without the backup format's validation code.
 */
import type { MetaRow, QiraaDb } from './db';
import { reported } from './storage-events';

/** When the last backup was made and when the reminder was last put off (0 when never). */
export async function readBackupMeta(db: QiraaDb): Promise<{ lastBackupAt: number; reminderPutOffAt: number }> {
  const rows = await db.meta.bulkGet(['lastBackupAt', 'reminderPutOffAt']);
  return { lastBackupAt: rows[0]?.value ?? 0, reminderPutOffAt: rows[1]?.value ?? 0 };
}

export async function writeBackupMeta(db: QiraaDb, key: MetaRow['key'], value: number): Promise<void> {
  await reported(() => db.meta.put({ key, value }), false);
}

/** How many highlights, notes and words were added or changed after `since`. */
export function countChangedSince(db: QiraaDb, since: number): Promise<number> {
  return db.transaction('r', db.highlights, db.paragraphNotes, db.words, async () => {
    const counts = await Promise.all([db.highlights, db.paragraphNotes, db.words].map((t) => t.where('updatedAt').above(since).count()));
    return counts.reduce((a, b) => a + b, 0);
  });
}
