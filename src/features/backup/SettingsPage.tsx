/**
 * Settings: back up everything the user made to one file, restore from such a file (merged or
 * replacing, after showing what it holds), and how this browser keeps the data.
 */
import '../../i18n/backup';
import { useTranslation } from 'react-i18next';
import { useStorageOff } from '../../db/react';
import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';
import { StoragePanel } from './StoragePanel';

export function SettingsPage() {
  const { t } = useTranslation();
  const off = useStorageOff();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('backup.title')}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t('backup.intro')}</p>
      {off ? (
        <p className="mt-6 rounded-lg border border-line bg-card p-4">{t('backup.storageOff', { reason: t(`storage.off.${off}`) })}</p>
      ) : (
        <>
          <BackupPanel />
          <RestorePanel />
          <StoragePanel />
        </>
      )}
    </div>
  );
}
