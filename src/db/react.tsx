/**
 * React bindings for storage. The Dexie module is loaded after the first render (it is not needed to
 * read), so the first paint and hydration never wait for IndexedDB. Live hooks re-render when the
 * data changes — in this tab or another.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LookupRecord } from '../domain/lookup-record';
import type { ReadingProgress } from '../domain/progress';
import { DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import type { QiraaDb } from './db';
import { writeSettingsHint } from './settings-hint';
import { onStorageEvent, type WriteFailure } from './storage-events';

type DbModule = typeof import('./db');

/**
 * `blocked`: opening waits for another tab that holds an older version open; `closed`: another tab opened
 * a newer version, so this one let go and must reload to save again.
 */
export type StorageStatus = 'loading' | 'ready' | 'unavailable' | 'blocked' | 'closed';

interface Storage {
  status: StorageStatus;
  db: QiraaDb | null;
  api: DbModule | null;
}

const StorageContext = createContext<Storage>({ status: 'loading', db: null, api: null });
const SettingsContext = createContext<[Settings, (patch: Partial<Settings>) => void]>([DEFAULT_SETTINGS, () => undefined]);

const SETTINGS_CHANNEL = 'qiraa-settings';

/**
 * Opens IndexedDB after mount (never during prerender) and provides it to the tree, with the settings:
 * one shared copy in memory that changes at once on a choice and is written through to the database.
 * The database is read once when it opens (choices made meanwhile win) and again whenever another tab
 * says it changed something; this tab's own writes never come back to overwrite newer choices.
 */
export function StorageProvider({ initialSettings, children }: { initialSettings: Settings; children: ReactNode }) {
  const [storage, setStorage] = useState<Storage>({ status: 'loading', db: null, api: null });
  const [settings, setSettings] = useState(initialSettings);
  // Choices made before the database has answered: written, and kept over what it held.
  const early = useRef<Partial<Settings>>({});
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(
    () =>
      onStorageEvent((event) => {
        if (event.kind === 'blocked') setStorage((s) => (s.status === 'loading' ? { ...s, status: 'blocked' } : s));
        else if (event.kind === 'version-change') setStorage({ status: 'closed', db: null, api: null });
        else if (event.kind === 'saved') void keepStorage().catch(() => undefined);
      }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    const adopt = (stored: Settings) => {
      const next = { ...stored, ...early.current };
      setSettings(next);
      writeSettingsHint(next);
    };
    void import('./db')
      .then(async (api) => ({ api, db: await api.openDb() }))
      .catch(() => ({ api: null, db: null }))
      .then(async ({ api, db }) => {
        if (cancelled) return;
        if (!db || !api) return setStorage({ status: 'unavailable', db: null, api: null });
        const stored = await api.readSettings(db).catch(() => undefined);
        if (cancelled) return;
        if (Object.keys(early.current).length) void api.writeSettings(db, early.current).catch(() => undefined);
        if (stored) adopt(stored);
        early.current = {};
        setStorage({ status: 'ready', db, api });
        if (typeof BroadcastChannel === 'undefined') return;
        channel.current = new BroadcastChannel(SETTINGS_CHANNEL);
        channel.current.onmessage = () => void api.readSettings(db).then(adopt, () => undefined);
      });
    return () => {
      cancelled = true;
      channel.current?.close();
    };
  }, []);

  const { api, db } = storage;
  const update = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => {
        const next = { ...current, ...patch };
        writeSettingsHint(next);
        return next;
      });
      if (!api || !db) {
        early.current = { ...early.current, ...patch };
        return;
      }
      void api
        .writeSettings(db, patch)
        .then(() => channel.current?.postMessage('changed'))
        .catch(() => undefined);
    },
    [api, db],
  );
  const settingsValue = useMemo(() => [settings, update] as [Settings, typeof update], [settings, update]);
  return (
    <StorageContext.Provider value={storage}>
      <SettingsContext.Provider value={settingsValue}>{children}</SettingsContext.Provider>
    </StorageContext.Provider>
  );
}

let persistenceAsked = false;

/**
 * Asks once per visit, after the user has saved something of their own, that the browser keep this
 * site's data even when space runs low (browsers decide; Chromium grants it to installed or engaged sites).
 */
async function keepStorage(): Promise<void> {
  if (persistenceAsked || !navigator.storage?.persist) return;
  persistenceAsked = true;
  if (!(await navigator.storage.persisted())) await navigator.storage.persist();
}

/** Why saving is off (null while it works or is still starting): reading works regardless. */
export function useStorageOff(): Exclude<StorageStatus, 'loading' | 'ready'> | null {
  const { status } = useContext(StorageContext);
  return status === 'loading' || status === 'ready' ? null : status;
}

/** False once saving is off (storage refused, blocked by an older tab, or closed for a newer one). */
export function useStorageAvailable(): boolean {
  return useStorageOff() === null;
}

/** The latest failed write's reason, until `dismiss` (a fresh failure shows again). */
export function useWriteFailure(): [WriteFailure | null, () => void] {
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  useEffect(() => onStorageEvent((event) => event.kind === 'write-failed' && setFailure(event.reason)), []);
  return [failure, useCallback(() => setFailure(null), [])];
}

/**
 * The live result of a query against the database: undefined until storage is ready and the query has
 * answered; re-runs whenever the data it read changes.
 */
export function useLive<T>(query: (api: DbModule, db: QiraaDb) => Promise<T>, deps: unknown[]): T | undefined {
  const { api, db } = useContext(StorageContext);
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (!api || !db) return;
    return api.observe(() => query(api, db), setValue);
  }, [api, db, ...deps]); // eslint-disable-line react-hooks/exhaustive-deps
  return value;
}

/** Current settings and a function that changes some of them (kept in memory if storage is off). */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  return useContext(SettingsContext);
}

/** Reading progress of every article, keyed by article id. */
export function useAllProgress(): Map<string, ReadingProgress> | undefined {
  const rows = useLive((a, d) => a.readAllProgress(d), []);
  return useMemo(() => rows && new Map(rows.map((r) => [r.articleId, r])), [rows]);
}

/** Read and save one article's progress; null until storage is ready (or when it is off). */
export function useProgressStore() {
  const { api, db } = useContext(StorageContext);
  return useMemo(
    () =>
      api && db
        ? {
            read: (articleId: string) => api.readProgress(db, articleId).catch(() => undefined),
            write: (progress: ReadingProgress) => api.writeProgress(db, progress).catch(() => undefined),
          }
        : null,
    [api, db],
  );
}

/** Records a lookup (silently does nothing when storage is off). */
export function useRecordLookup(): (record: Omit<LookupRecord, 'id'>) => void {
  const { api, db } = useContext(StorageContext);
  return useCallback(
    (record) => {
      if (api && db) void api.addLookup(db, record).catch(() => undefined);
    },
    [api, db],
  );
}

/** The database and its repository functions, for a feature's writes; null until ready or when off. */
export function useDatabase(): { api: DbModule; db: QiraaDb } | null {
  const { api, db } = useContext(StorageContext);
  return useMemo(() => (api && db ? { api, db } : null), [api, db]);
}
