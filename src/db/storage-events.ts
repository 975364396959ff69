/**
 * What the storage layer tells the rest of the app about itself, without importing Dexie: a write that
 * failed (and why), the database being blocked by or closed for another tab's newer version, and the
 * first successful save of the user's own work (when persistent storage is worth asking for).
 * Components subscribe through `db/react.tsx`; the repository functions publish.
 */

/** Why a write did not happen. `quota`: the device or the browser's share of it is full. */
export type WriteFailure = 'quota' | 'closed' | 'other';

export type StorageEvent =
  | { kind: 'write-failed'; reason: WriteFailure }
  /** Opening waits because another tab holds an older version of the database open. */
  | { kind: 'blocked' }
  /** Another tab opened a newer version: this tab closed its connection and must reload to go on saving. */
  | { kind: 'version-change' }
  | { kind: 'saved' };

type Listener = (event: StorageEvent) => void;
const listeners = new Set<Listener>();

export function onStorageEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitStorageEvent(event: StorageEvent): void {
  for (const listener of listeners) listener(event);
}

/** The DOMException names along an error's chain (Dexie wraps the browser's error in `inner`). */
function names(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') out.push(name);
    current = inner ?? cause;
  }
  return out;
}

/** Classifies a failed write. */
export function writeFailure(error: unknown): WriteFailure {
  const chain = names(error);
  if (chain.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (chain.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed';
  return 'other';
}

/**
 * Runs a repository write and reports how it went: a failure is published (and still rejects, so the
 * caller can say what was not saved); success of a write of the user's own work is published as `saved`.
 */
export async function reported<T>(work: () => Promise<T>, usersWork = true): Promise<T> {
  try {
    const result = await work();
    if (usersWork) emitStorageEvent({ kind: 'saved' });
    return result;
  } catch (error) {
    emitStorageEvent({ kind: 'write-failed', reason: writeFailure(error) });
    throw error;
  }
}
