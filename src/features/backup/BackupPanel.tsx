/** Settings → Back up: one JSON file with everything the user made, and when that was last done. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/ui/download';
import { readBackupMeta, writeBackupMeta } from '../../db/backup-meta';
import { readAllData } from '../../db/backup-store';
import { useDatabase, useLive } from '../../db/react';
import { makeBackup, serializeBackup } from '../../domain/backup';
import { formatDateTime } from './backup-messages';
import { Panel } from './Panel';

export function BackupPanel() {
  const { t, i18n } = useTranslation();
  const store = useDatabase();
  const meta = useLive((_, db) => readBackupMeta(db), []);
  const [state, setState] = useState<'idle' | 'working' | { done: string } | 'failed'>('idle');

  const backUp = async () => {
    if (!store) return;
    setState('working');
    try {
      const now = Date.now();
      const file = `qiraa-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
      downloadText(serializeBackup(makeBackup(await readAllData(store.db), store.db.verno, now)), 'application/json', file);
      await writeBackupMeta(store.db, 'lastBackupAt', now);
      setState({ done: file });
    } catch {
      setState('failed');
    }
  };

  return (
    <Panel id="backup-heading" title={t('backup.backup.heading')}>
      <p className="mt-2">{t('backup.backup.explain')}</p>
      <p className="mt-2 text-sm text-muted">
        {meta && meta.lastBackupAt > 0 ? t('backup.backup.last', { date: formatDateTime(meta.lastBackupAt, i18n.language) }) : t('backup.backup.never')}
      </p>
      <button
        type="button"
        onClick={() => void backUp()}
        disabled={!store || state === 'working'}
        className="mt-4 rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent disabled:opacity-60"
      >
        {t('backup.backup.download')}
      </button>
      <p role="status" className="mt-2 min-h-6 text-sm">
        {state === 'working' && t('backup.backup.working')}
        {typeof state === 'object' && t('backup.backup.done', { file: state.done })}
      </p>
      {state === 'failed' && (
        <p role="alert" className="text-sm font-semibold text-red-700 dark:text-red-300">
          {t('backup.backup.failed')}
        </p>
      )}
    </Panel>
  );
}
