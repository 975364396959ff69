/**
 * Backup and restore against a real (fake-indexeddb) database: a consistent read of everything, merge and
 * replace in one transaction, nothing changed when a restore fails half-way, the backup bookkeeping, and
 * the property that any valid user data comes back exactly after backup → file → restore.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { makeBackup, parseBackup, serializeBackup, type BackupData } from '../domain/backup';
import { backupData } from '../domain/backup.arbitrary';
import type { HighlightRecord } from '../domain/annotation';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { countChangedSince, readBackupMeta, writeBackupMeta } from './backup-meta';
import { readAllData, restoreData } from './backup-store';
import { putHighlight, readHighlights, readSettings, writeSettings } from './db';


const highlight = (id: string, updatedAt: number, note = ''): HighlightRecord => ({
  id,
  articleId: 'a',
  side: 'ar',
  selector: { paragraphId: 'p1', start: 0, end: 5, quote: 'شراكة', prefix: '', suffix: ' استراتيجية' },
  colour: 'yellow',
  note,
  createdAt: 1,
  updatedAt,
});

const empty = (): BackupData => ({ settings: {}, progress: [], lookups: [], highlights: [], paragraphNotes: [], words: [], cards: [], reviews: [], importedArticles: [] });

/** Each collection in key order, lookups without their ids (IndexedDB assigns them). */
function canonical(data: BackupData): BackupData {
  const by = <T>(rows: T[], key: (r: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    settings: data.settings,
    progress: by(data.progress, (r) => r.articleId),
    lookups: by(
      data.lookups.map(({ id: _id, ...rest }) => rest),
      (r) => JSON.stringify(r),
    ),
    highlights: by(data.highlights, (r) => r.id),
    paragraphNotes: by(data.paragraphNotes, (r) => r.id),
    words: by(data.words, (r) => r.id),
    cards: by(data.cards, (r) => r.id),
    reviews: by(data.reviews, (r) => r.id),
    importedArticles: by(data.importedArticles, (r) => r.id),
  };
}

describe('backup store', () => {
  it('reads everything and restores it into an empty database (replace)', async () => {
    const source = await freshDb();
    await writeSettings(source, { layout: 'study', textSize: 4 });
    await putHighlight(source, highlight('h1', 5, 'رأي'));
    const data = await readAllData(source);
    expect(data.settings).toEqual({ layout: 'study', textSize: 4 });
    expect(data.highlights).toEqual([highlight('h1', 5, 'رأي')]);

    const target = await freshDb();
    await putHighlight(target, highlight('here-only', 1));
    await restoreData(target, data, 'replace');
    expect(await readAllData(target)).toEqual(data);
    expect((await readSettings(target)).layout).toBe('study');
  });

  it('merges: the newer edit wins, nothing is deleted, device settings stay', async () => {
    const db = await freshDb();
    await writeSettings(db, { theme: 'dark' });
    await putHighlight(db, highlight('both', 10, 'newer here'));
    await putHighlight(db, highlight('here-only', 1));
    const incoming = { ...empty(), settings: { theme: 'light' as const, layout: 'study' as const }, highlights: [highlight('both', 5, 'older'), highlight('backup-only', 2)] };
    await restoreData(db, incoming, 'merge');
    const after = await readAllData(db);
    expect(after.highlights.map((h) => [h.id, h.note])).toEqual([
      ['backup-only', ''],
      ['both', 'newer here'],
      ['here-only', ''],
    ]);
    expect(after.settings).toMatchObject({ theme: 'dark', layout: 'study' });
  });

  it('changes nothing when the restore fails half-way (one transaction)', async () => {
    const db = await freshDb();
    await putHighlight(db, highlight('h1', 1, 'keep me'));
    const before = await readAllData(db);
    // The highlights are written before the words; a word without its key makes the transaction abort.
    const broken = { ...empty(), highlights: [highlight('h2', 2)], words: [{ lemma: 'x' } as unknown as BackupData['words'][number]] };
    for (const mode of ['merge', 'replace'] as const) {
      await expect(restoreData(db, broken, mode)).rejects.toThrow();
      expect(await readAllData(db)).toEqual(before);
    }
  });

  it('keeps backup bookkeeping and counts what changed since', async () => {
    const db = await freshDb();
    expect(await readBackupMeta(db)).toEqual({ lastBackupAt: 0, reminderPutOffAt: 0 });
    await putHighlight(db, highlight('h1', 100));
    await putHighlight(db, highlight('h2', 300));
    expect(await countChangedSince(db, 0)).toBe(2);
    await writeBackupMeta(db, 'lastBackupAt', 200);
    const meta = await readBackupMeta(db);
    expect(meta.lastBackupAt).toBe(200);
    expect(await countChangedSince(db, meta.lastBackupAt)).toBe(1);
    // Bookkeeping is not user data: a backup does not carry it, a replace does not erase it.
    await restoreData(db, empty(), 'replace');
    expect((await readBackupMeta(db)).lastBackupAt).toBe(200);
    expect(await readHighlights(db)).toEqual([]);
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every lookup of a file where some have ids and some not (numbered past the given ones)', async () => {
    const db = await freshDb();
    const lookup = { form: 'رأى', lemma: 'رَأَى', gloss: 'saw', articleId: 'a', paragraphId: 'p1', start: 0, at: 1 };
    await restoreData(db, { ...empty(), lookups: [{ ...lookup, at: 2 }, { ...lookup, id: 1 }] }, 'replace');
    expect((await db.lookups.toArray()).map((l) => [l.id, l.at]).sort()).toEqual([[1, 1], [2, 2]]);
  });

  it('any valid user data survives backup → file → restore exactly', async () => {
    await fc.assert(
      fc.asyncProperty(backupData, async (data) => {
        const first = await freshDb();
        await restoreData(first, data, 'replace');
        const file = serializeBackup(makeBackup(await readAllData(first), first.verno, 0));
        const parsed = parseBackup(file);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        const second = await freshDb();
        await restoreData(second, parsed.backup.data, 'replace');
        expect(canonical(await readAllData(second))).toEqual(canonical(data));
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
