/**
 * Upgrade tests: a database written by each earlier schema version, with data, opens under the current
 * schema with everything intact.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBackupMeta, writeBackupMeta } from './backup-meta';
import { addImportedArticle, addLookup, deleteImportedArticle, openDb, readImportedArticles, readReviews, putHighlight, readDueCards, readHighlights, readParagraphNotes, readProgress, readRecentLookups, readSettings, readStatuses, readWords, saveWords, type QiraaDb } from './db';
import { cardId } from '../domain/srs';
import type { WordRecord } from '../domain/vocab';
import { SCHEMA_VERSIONS } from './schema';
import { onStorageEvent } from './storage-events';

const names: string[] = [];
const opened: QiraaDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Creates a database exactly as version `version` of the schema declared it. */
function olderDb(name: string, version: number): Dexie {
  names.push(name);
  const db = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) db.version(v.version).stores(v.stores);
  return db;
}

describe('schema upgrades', () => {
  it('v1 → current keeps settings and reading progress, and adds lookups', async () => {
    const name = `qiraa-migrate-${n++}`;
    const v1 = olderDb(name, 1);
    await v1.open();
    await v1.table('settings').bulkPut([
      { key: 'layout', value: 'study' },
      { key: 'language', value: 'ar' },
    ]);
    const progress = { articleId: 'assad-xi-phone-call', paragraphId: 'p4', furthestIndex: 5, paragraphCount: 8, updatedAt: 10 };
    await v1.table('progress').put(progress);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = await openDb(name);
    expect(db).not.toBeNull();
    opened.push(db!);
    expect(db!.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await readSettings(db!)).toMatchObject({ layout: 'study', language: 'ar' });
    expect(await readProgress(db!, 'assad-xi-phone-call')).toEqual(progress);
    await addLookup(db!, { form: 'الرئيس', lemma: 'رَئِيس', gloss: 'president', articleId: 'a', paragraphId: 'p1', start: 6, at: 1 });
    expect((await readRecentLookups(db!, 5)).map((l) => l.form)).toEqual(['الرئيس']);
  });
});

describe('schema upgrade v2 → current', () => {
  it('keeps lookups and adds highlights and paragraph notes', async () => {
    const name = `qiraa-migrate-v2-${n++}`;
    const v2 = olderDb(name, 2);
    await v2.open();
    await v2.table('lookups').add({ form: 'شراكة', lemma: 'شَرَاكَة', gloss: 'partnership', articleId: 'a', paragraphId: 'p2', start: 3, at: 5 });
    await v2.table('settings').put({ key: 'tashkeel', value: 'full' });
    v2.close();

    const db = await openDb(name);
    opened.push(db!);
    expect((await readRecentLookups(db!, 5)).map((l) => l.lemma)).toEqual(['شَرَاكَة']);
    expect((await readSettings(db!)).tashkeel).toBe('full');
    const selector = { paragraphId: 'p1', start: 0, end: 5, quote: 'استقبل', prefix: '', suffix: ' الرئيس' };
    await putHighlight(db!, { id: 'h1', articleId: 'a', side: 'ar', selector, colour: 'yellow', note: '', createdAt: 1, updatedAt: 1 });
    expect((await readHighlights(db!, 'a')).map((h) => h.id)).toEqual(['h1']);
    expect(await readHighlights(db!, 'b')).toEqual([]);
  });
});

describe('schema upgrade v3 → current', () => {
  it('keeps highlights, notes and settings, and adds words, cards and the review log', async () => {
    const name = `qiraa-migrate-v3-${n++}`;
    const v3 = olderDb(name, 3);
    await v3.open();
    const selector = { paragraphId: 'p2', start: 0, end: 5, quote: 'شراكة', prefix: '', suffix: ' استراتيجية' };
    await v3.table('highlights').put({ id: 'h1', articleId: 'a', side: 'ar', selector, colour: 'pink', note: 'key', createdAt: 1, updatedAt: 2 });
    await v3.table('paragraphNotes').put({ id: 'n1', articleId: 'a', paragraphId: 'p3', note: 'Note', createdAt: 1, updatedAt: 1 });
    await v3.table('settings').put({ key: 'wordByWord', value: true });
    v3.close();

    const db = await openDb(name);
    opened.push(db!);
    expect(db!.verno).toBeGreaterThanOrEqual(4);
    expect((await readHighlights(db!, 'a'))[0]).toMatchObject({ id: 'h1', colour: 'pink', note: 'key', selector });
    expect((await readParagraphNotes(db!, 'a')).map((r) => r.id)).toEqual(['n1']);
    expect((await readSettings(db!)).wordByWord).toBe(true);
    const word: WordRecord = {
      id: 'شَرَاكَة', kind: 'word', lemma: 'شَرَاكَة', root: 'شرك', pos: 'noun', gloss: 'partnership', note: '', status: 'learning2',
      contexts: [{ articleId: 'a', paragraphId: 'p2', sentence: 'شراكة استراتيجية.', start: 0, end: 5 }], articleIds: ['a'], tags: [], addedAt: 1, updatedAt: 1,
    };
    const card = (direction: 'recognition' | 'recall') => ({
      id: cardId(word.id, direction), wordId: word.id, direction, due: 5, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0,
      learningSteps: 0, reps: 0, lapses: 0, state: 'new' as const, lastReview: null,
    });
    await saveWords(db!, [word], () => [card('recognition'), card('recall')], 10);
    expect(await readWords(db!)).toEqual([word]);
    expect(await readStatuses(db!)).toEqual(new Map([['شَرَاكَة', 'learning2']]));
    expect((await readDueCards(db!, 5)).map((c) => c.direction).sort()).toEqual(['recall', 'recognition']);
  });
});

describe('schema upgrade v4 → current', () => {
  it('keeps words, cards, reviews and everything before, and adds the backup bookkeeping', async () => {
    const name = `qiraa-migrate-v4-${n++}`;
    const v4 = olderDb(name, 4);
    await v4.open();
    const word: WordRecord = {
      id: 'عُقُوبَة', kind: 'word', lemma: 'عُقُوبَة', root: 'عقب', pos: 'noun', gloss: 'sanction', note: 'pl. عقوبات', status: 'known',
      contexts: [{ articleId: 'a', paragraphId: 'p1', sentence: 'فرض عقوبات.', start: 4, end: 10 }], articleIds: ['a'], tags: [], addedAt: 1, updatedAt: 2,
    };
    await v4.table('words').put(word);
    const card = { id: cardId(word.id, 'recall'), wordId: word.id, direction: 'recall', due: 50, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3, learningSteps: 0, reps: 2, lapses: 0, state: 'review', lastReview: 40 };
    await v4.table('cards').put(card);
    const review = { id: 'r1', cardId: card.id, wordId: word.id, direction: 'recall', grade: 'good', at: 40, stateBefore: 'learning', dueBefore: 30, dueAfter: 50, stability: 3, difficulty: 5, elapsedDays: 1, scheduledDays: 3 };
    await v4.table('reviews').put(review);
    await v4.table('settings').put({ key: 'colourByStatus', value: false });
    v4.close();

    const db = await openDb(name);
    opened.push(db!);
    expect(db!.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await readWords(db!)).toEqual([word]);
    expect(await readDueCards(db!, 50)).toEqual([card]);
    expect(await readReviews(db!)).toEqual([review]);
    expect((await readSettings(db!)).colourByStatus).toBe(false);
    expect(await readBackupMeta(db!)).toEqual({ lastBackupAt: 0, reminderPutOffAt: 0 });
    await writeBackupMeta(db!, 'lastBackupAt', 99);
    expect((await readBackupMeta(db!)).lastBackupAt).toBe(99);
  });
});

describe('schema upgrade v5 → current', () => {
  it('keeps the backup bookkeeping and user data, and adds imported articles', async () => {
    const name = `qiraa-migrate-v5-${n++}`;
    const v5 = olderDb(name, 5);
    await v5.open();
    await v5.table('meta').put({ key: 'lastBackupAt', value: 1234 });
    const selector = { paragraphId: 'p1', start: 0, end: 5, quote: 'قالت', prefix: '', suffix: '' };
    await v5.table('highlights').put({ id: 'h1', articleId: 'imported-x', side: 'ar', selector, colour: 'blue', note: '', createdAt: 1, updatedAt: 1 });
    v5.close();

    const db = await openDb(name);
    opened.push(db!);
    expect((await readBackupMeta(db!)).lastBackupAt).toBe(1234);
    expect((await readHighlights(db!, 'imported-x')).map((h) => h.id)).toEqual(['h1']);
    const article = {
      id: 'imported-x', title: { ar: 'عنوان', en: 'عنوان' }, summary: '', tags: [], date: null, source: null, wordCount: 1, paragraphCount: 1,
      paragraphs: [{ id: 'p1', ar: 'قالت', en: '' }], importedAt: 5, updatedAt: 5,
    };
    await addImportedArticle(db!, article);
    expect(await readImportedArticles(db!)).toEqual([article]);
    await deleteImportedArticle(db!, 'imported-x');
    expect(await readImportedArticles(db!)).toEqual([]);
    expect(await readHighlights(db!, 'imported-x')).toEqual([]);
  });
});

describe('other tabs holding the database', () => {
  it('an older connection that will not close blocks the upgrade, and opening goes on once it closes', async () => {
    const name = `qiraa-blocked-${n++}`;
    const v4 = olderDb(name, 4);
    await v4.open();
    // An older tab that ignores the request to let go.
    v4.on('versionchange', () => false);
    const events: string[] = [];
    const stop = onStorageEvent((e) => events.push(e.kind));
    const opening = openDb(name);
    await vi.waitFor(() => expect(events).toContain('blocked'));
    v4.close();
    const db = await opening;
    opened.push(db!);
    expect(db!.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    stop();
  });

  it('a newer version opened elsewhere closes this connection and says so', async () => {
    const name = `qiraa-closed-${n++}`;
    const db = await openDb(name);
    opened.push(db!);
    names.push(name);
    const events: string[] = [];
    const stop = onStorageEvent((e) => events.push(e.kind));
    const newer = new Dexie(name);
    newer.version(60).stores({ settings: 'key' });
    await newer.open();
    expect(events).toContain('version-change');
    expect(db!.isOpen()).toBe(false);
    newer.close();
    stop();
  });
});
