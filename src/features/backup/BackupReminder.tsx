/**
 * A gentle, dismissible reminder to back up once the user has made many new highlights, notes and words
 * since the last backup (or since the reminder was last put off).
 */
import '../../i18n/backup';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { countChangedSince, readBackupMeta, writeBackupMeta } from '../../db/backup-meta';
import { useDatabase, useLive } from '../../db/react';

/** How many new or changed items make a backup worth suggesting. */
export const REMIND_AFTER = 25;

export function BackupReminder() {
  const { t } = useTranslation();
  const store = useDatabase();
  const { pathname } = useLocation();
  // A yes/no, not the count: the banner then re-renders only when it comes or goes, never on each save
  // (re-rendering it with every highlight made the page lay out again while the reader worked).
  const due = useLive(async (_, db) => {
    const meta = await readBackupMeta(db);
    return (await countChangedSince(db, Math.max(meta.lastBackupAt, meta.reminderPutOffAt))) >= REMIND_AFTER;
  }, []);
  if (!due || pathname === '/settings' || !store) return null;
  return (
    <aside aria-label={t('backup.reminder.label')} className="flex flex-wrap items-center justify-center gap-x-3 gap-y-1 bg-accent-soft px-4 py-2 text-center text-sm">
      <span>{t('backup.reminder.text', { count: REMIND_AFTER })}</span>
      <Link to="/settings" className="rounded-md bg-accent px-2 py-0.5 font-semibold text-on-accent">
        {t('backup.reminder.backUp')}
      </Link>
      <button type="button" className="rounded-md border border-line px-2 py-0.5 font-semibold" onClick={() => void writeBackupMeta(store.db, 'reminderPutOffAt', Date.now())}>
        {t('backup.reminder.later')}
      </button>
    </aside>
  );
}
