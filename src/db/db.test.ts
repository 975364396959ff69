import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { liveQuery } from 'dexie';
import { createDb, openDb, putHighlight, readAllProgress, readHighlights, readProgress, readSettings, writeProgress, writeSettings } from './db';
import { countChangedSince } from './backup-meta';
import { onStorageEvent, type StorageEvent } from './storage-events';
import type { HighlightRecord } from '../domain/annotation';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { DEFAULT_SETTINGS } from '../domain/settings';

const highlight = (id: string, updatedAt: number): HighlightRecord => ({
  id,
  articleId: 'a',
  side: 'ar',
  selector: { paragraphId: 'p1', start: 0, end: 4, quote: 'رأيٌ', prefix: '', suffix: '' },
  colour: 'yellow',
  note: '',
  createdAt: 1,
  updatedAt,
});

describe('database', () => {
  it('declares append-only, increasing versions', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(createDb('unused').verno).toBe(CURRENT_VERSION);
  });

  it('returns default settings on a fresh database and keeps changes', async () => {
    const db = await freshDb();
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    await writeSettings(db, { layout: 'study', language: 'ar' });
    await writeSettings(db, { textSize: 5 });
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, layout: 'study', language: 'ar', textSize: 5 });
  });

  it('repairs a corrupted setting instead of failing', async () => {
    const db = await freshDb();
    await db.settings.put({ key: 'theme', value: 'purple' });
    expect((await readSettings(db)).theme).toBe('system');
  });

  it('keeps reading progress per article', async () => {
    const db = await freshDb();
    const progress = { articleId: 'a', paragraphId: 'p3', furthestIndex: 4, paragraphCount: 8, updatedAt: 1 };
    await writeProgress(db, progress);
    await writeProgress(db, { ...progress, articleId: 'b', paragraphId: 'p1' });
    expect(await readProgress(db, 'a')).toEqual(progress);
    expect((await readAllProgress(db)).map((p) => p.articleId).sort()).toEqual(['a', 'b']);
  });

  it('answers null, not an exception, when IndexedDB is missing', async () => {
    const original = globalThis.indexedDB;
    // @ts-expect-error simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      expect(await openDb('qiraa-missing')).toBeNull();
    } finally {
      globalThis.indexedDB = original;
    }
  });

  it('saves a highlight in a transaction committed at once, and the live queries that read it see it', async () => {
    const db = await freshDb();
    const lists: number[] = [];
    const counts: number[] = [];
    const all: number[] = [];
    const subscriptions = [
      liveQuery(() => readHighlights(db, 'a')).subscribe((list) => lists.push(list.length)),
      liveQuery(() => countChangedSince(db, 2)).subscribe((n) => counts.push(n)),
      liveQuery(() => readHighlights(db)).subscribe((list) => all.push(list.length)),
    ];
    await expect.poll(() => [lists.length, counts.length, all.length]).toEqual([1, 1, 1]);
    await putHighlight(db, highlight('h1', 1));
    await putHighlight(db, highlight('h1', 2));
    await putHighlight(db, highlight('h2', 3));
    expect((await readHighlights(db, 'a')).map((h) => [h.id, h.updatedAt])).toEqual([['h1', 2], ['h2', 3]]);
    await expect.poll(() => [lists.at(-1), counts.at(-1), all.at(-1)]).toEqual([2, 1, 2]);
    // A change of colour is seen too.
    await putHighlight(db, { ...highlight('h1', 4), colour: 'green' });
    await expect.poll(() => counts.at(-1)).toBe(2);
    for (const s of subscriptions) s.unsubscribe();
  });

  it('says a highlight was not saved when the database has been closed', async () => {
    const db = await freshDb();
    db.close();
    await expect(putHighlight(db, highlight('h1', 1))).rejects.toMatchObject({ name: 'DatabaseClosedError' });
  });

  it('reports a highlight that could not be written and stores nothing', async () => {
    const db = await freshDb();
    const events: StorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    // A record without its key cannot be put.
    await expect(putHighlight(db, { ...highlight('x', 1), id: undefined as unknown as string })).rejects.toThrow();
    stop();
    expect(events).toEqual([{ kind: 'write-failed', reason: 'other' }]);
    expect(await readHighlights(db)).toEqual([]);
  });
});
