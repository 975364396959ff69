import { describe, expect, it } from 'vitest';
import { onStorageEvent, reported, writeFailure, type StorageEvent } from './storage-events';

describe('storage events', () => {
  it('classifies a failed write by the error chain (Dexie wraps the browser error)', () => {
    expect(writeFailure(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(writeFailure({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(writeFailure({ name: 'DatabaseClosedError' })).toBe('closed');
    expect(writeFailure(new Error('odd'))).toBe('other');
    expect(writeFailure(undefined)).toBe('other');
  });

  it('reports a failed write (still rejecting) and a saved piece of the user’s work', async () => {
    const events: StorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    await reported(() => Promise.resolve(1));
    await reported(() => Promise.resolve(1), false);
    await expect(reported(() => Promise.reject(new DOMException('full', 'QuotaExceededError')))).rejects.toThrow('full');
    stop();
    await reported(() => Promise.resolve(1));
    expect(events).toEqual([{ kind: 'saved' }, { kind: 'write-failed', reason: 'quota' }]);
  });
});
