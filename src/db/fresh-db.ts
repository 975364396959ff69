/**
 * Tests only: a fresh fake-indexeddb database per call, each closed and deleted after its test.
 * Import it from a test file; it registers its own clean-up.
 */
import { afterEach } from 'vitest';
import { openDb, type QiraaDb } from './db';

let counter = 0;
const opened: QiraaDb[] = [];

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** Opens a database of its own, with every schema version, for one test. */
export async function freshDb(): Promise<QiraaDb> {
  const db = await openDb(`qiraa-test-${Date.now()}-${counter++}`);
  if (!db) throw new Error('fake-indexeddb should open');
  opened.push(db);
  return db;
}
