/**
 * The compiled lexicon index, kept between visits in a cache database of its own (not user data: losing
 * it only costs one compile). Structured clone stores the index's Maps and arrays as they are, and reading
 * them back is quicker than compiling the lexicon again. Keyed by the lexicon files' hashed URLs, so a new
 * lexicon is compiled afresh; every failure falls back to compiling.
 */
import type { CompiledLexicon } from '../../domain/analyzer';

const DB = 'qiraa-lexicon-cache';
const STORE = 'index';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('lexicon cache unavailable'));
  });
}

/** The index stored under `key`, or undefined. */
export async function readIndex(key: string): Promise<CompiledLexicon | undefined> {
  try {
    const db = await open();
    return await new Promise<CompiledLexicon | undefined>((resolve) => {
      const get = db.transaction(STORE).objectStore(STORE).get(key);
      get.onsuccess = () => resolve(get.result as CompiledLexicon | undefined);
      get.onerror = () => resolve(undefined);
    }).finally(() => db.close());
  } catch {
    return undefined;
  }
}

/**
 * Stores a freshly compiled index as the only entry. Resolves once the index has been copied (a put
 * clones its value at once), so the caller may then use it and fill its lazy caches; the write commits
 * in the background.
 */
export async function writeIndex(key: string, index: CompiledLexicon): Promise<void> {
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).clear();
    tx.objectStore(STORE).put(index, key);
    tx.oncomplete = tx.onerror = tx.onabort = () => db.close();
  } catch {
    // A cache that cannot be written costs only a compile next time.
  }
}
