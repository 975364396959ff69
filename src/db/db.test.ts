import { describe, expect, it } from 'vitest';
import { freshDb } from './fresh-db';
import { createDb, openDb, readAllProgress, readProgress, readSettings, writeProgress, writeSettings } from './db';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema';
import { DEFAULT_SETTINGS } from '../domain/settings';


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
});
