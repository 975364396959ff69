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

type DbModule = typeof import('./db');

interface Storage {
  status: 'loading' | 'ready' | 'unavailable';
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

/** False once the browser has refused storage: reading works, nothing is kept. */
export function useStorageAvailable(): boolean {
  return useContext(StorageContext).status !== 'unavailable';
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
