/**
 * Settings → Restore: reads a chosen file, validates it (nothing is written for a bad file), shows what it
 * holds, and restores it merged or replacing (the latter after a confirmation), in one transaction.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/ui/FileButton';
import { Modal } from '../../components/ui/Modal';
import { restoreData, type RestoreMode } from '../../db/backup-store';
import { useDatabase, useSettings } from '../../db/react';
import { writeFailure } from '../../db/storage-events';
import { BACKUP_COLLECTIONS, MAX_BACKUP_BYTES, parseBackup, type Backup, type BackupCollection } from '../../domain/backup';
import { formatDateTime, restoreErrorMessage } from './backup-messages';
import { Panel } from './Panel';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'error'; message: string }
  | { step: 'chosen'; file: string; backup: Backup; counts: Record<BackupCollection, number>; confirming: boolean }
  | { step: 'restoring' }
  | { step: 'done'; mode: RestoreMode };

const button = 'rounded-md px-3 py-1.5 font-semibold disabled:opacity-60';

export function RestorePanel() {
  const { t, i18n } = useTranslation();
  const store = useDatabase();
  const [, updateSettings] = useSettings();
  const [state, setState] = useState<State>({ step: 'idle' });
  const ids = { confirmTitle: useId(), confirmBody: useId() };

  const choose = async (file: File) => {
    const fail = (message: string) => setState({ step: 'error', message });
    // Too large is refused before the file is read into memory.
    if (file.size > MAX_BACKUP_BYTES) return fail(restoreErrorMessage({ kind: 'too-large', bytes: file.size }, t, i18n.language));
    setState({ step: 'reading' });
    const text = await file.text().catch(() => null);
    if (text === null) return fail(t('backup.restore.errors.unreadable'));
    const parsed = parseBackup(text);
    if (!parsed.ok) return fail(restoreErrorMessage(parsed.error, t, i18n.language));
    setState({ step: 'chosen', file: file.name, backup: parsed.backup, counts: parsed.counts, confirming: false });
  };

  const restore = async (backup: Backup, mode: RestoreMode) => {
    if (!store) return;
    setState({ step: 'restoring' });
    try {
      await restoreData(store.db, backup.data, mode);
      // The settings in memory follow what is now stored (and other tabs are told).
      updateSettings(await store.api.readSettings(store.db));
      setState({ step: 'done', mode });
    } catch (error) {
      setState({ step: 'error', message: t(writeFailure(error) === 'quota' ? 'backup.restore.quota' : 'backup.restore.failed') });
    }
  };

  return (
    <Panel id="restore-heading" title={t('backup.restore.heading')}>
      <p className="mt-2">{t('backup.restore.explain')}</p>
      <FileButton
        label={t('backup.restore.choose')}
        accept="application/json,.json"
        disabled={state.step === 'reading' || state.step === 'restoring'}
        className="mt-4"
        onFile={(file) => void choose(file)}
      />
      <p role="status" className="mt-2 min-h-6 text-sm">
        {state.step === 'reading' && t('backup.restore.reading')}
        {state.step === 'restoring' && t('backup.restore.working')}
        {state.step === 'done' && t(state.mode === 'merge' ? 'backup.restore.merged' : 'backup.restore.replaced')}
      </p>
      {state.step === 'error' && (
        <p role="alert" className="text-sm font-semibold text-red-700 dark:text-red-300">
          {state.message}
        </p>
      )}
      {state.step === 'chosen' && (
        <div className="mt-2">
          <p>
            {t('backup.restore.summary', { file: `\u2068${state.file}\u2069`, date: formatDateTime(state.backup.exportedAt, i18n.language) })}
          </p>
          <table className="mt-2 w-full max-w-md text-sm">
            <thead>
              <tr className="border-b border-line text-start">
                <th scope="col" className="py-1 text-start font-semibold">
                  {t('backup.restore.kind')}
                </th>
                <th scope="col" className="py-1 text-end font-semibold">
                  {t('backup.restore.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {BACKUP_COLLECTIONS.map((kind) => (
                <tr key={kind} className="border-b border-line/60">
                  <th scope="row" className="py-1 text-start font-normal">
                    {t(`backup.kinds.${kind}`)}
                  </th>
                  <td className="py-1 text-end tabular-nums">{state.counts[kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-4 grid gap-3 sm:grid-cols-2">
            <div>
              <button type="button" className={`${button} bg-accent text-on-accent`} onClick={() => void restore(state.backup, 'merge')}>
                {t('backup.restore.merge')}
              </button>
              <p className="mt-1 text-sm text-muted">{t('backup.restore.mergeExplain')}</p>
            </div>
            <div>
              <button type="button" className={`${button} border border-line`} onClick={() => setState({ ...state, confirming: true })}>
                {t('backup.restore.replace')}
              </button>
              <p className="mt-1 text-sm text-muted">{t('backup.restore.replaceExplain')}</p>
            </div>
          </div>
          {state.confirming && (
            <Modal labelledBy={ids.confirmTitle} describedBy={ids.confirmBody} width="max-w-md" onCancel={() => setState({ ...state, confirming: false })}>
              <h2 id={ids.confirmTitle} className="text-lg font-semibold">
                {t('backup.restore.confirmTitle')}
              </h2>
              <p id={ids.confirmBody} className="mt-2">
                {t('backup.restore.confirmBody')}
              </p>
              <div className="mt-4 flex justify-end gap-2">
                <button type="button" className={`${button} border border-line`} onClick={() => setState({ ...state, confirming: false })}>
                  {t('backup.restore.cancel')}
                </button>
                <button type="button" className={`${button} bg-red-700 text-white`} onClick={() => void restore(state.backup, 'replace')}>
                  {t('backup.restore.confirmReplace')}
                </button>
              </div>
            </Modal>
          )}
        </div>
      )}
    </Panel>
  );
}
