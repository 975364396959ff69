/** Settings → Storage: whether the browser keeps Qiraa's data for good, and how much space it uses. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from './backup-messages';
import { Panel } from './Panel';

interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorage(): Promise<StorageState> {
  const storage = navigator.storage as StorageManager | undefined;
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => null) ?? null,
    storage?.estimate?.().catch(() => null) ?? null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export function StoragePanel() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void readStorage().then(setState);
  }, []);

  const ask = async () => {
    const granted = await navigator.storage.persist().catch(() => false);
    setRefused(!granted);
    setState(await readStorage());
  };

  if (!state) return null;
  const known = state.persisted !== null || state.usage !== null;
  return (
    <Panel id="storage-heading" title={t('backup.storage.heading')}>
      {!known && <p className="mt-2">{t('backup.storage.unknown')}</p>}
      {state.persisted !== null && <p className="mt-2">{t(state.persisted ? 'backup.storage.persistent' : 'backup.storage.notPersistent')}</p>}
      {state.usage !== null && state.quota !== null && (
        <p className="mt-2 text-sm text-muted">
          {t('backup.storage.usage', { used: formatBytes(state.usage, i18n.language), quota: formatBytes(state.quota, i18n.language) })}
        </p>
      )}
      {state.persisted === false && (
        <button type="button" onClick={() => void ask()} className="mt-4 rounded-md border border-line px-3 py-1.5 font-semibold">
          {t('backup.storage.ask')}
        </button>
      )}
      <p role="status" className="mt-2 text-sm">
        {refused && t('backup.storage.refused')}
      </p>
    </Panel>
  );
}
