/**
 * Words for the backup screens: a restore error as a sentence (naming the item at fault), and sizes and
 * dates in the interface's language.
 */
import type { TFunction } from 'i18next';
import { MAX_BACKUP_BYTES, type BackupError } from '../../domain/backup';

/** "1.2 MB", "340 kB" in the interface language. */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] = bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en', { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function formatDateTime(time: number | string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));
}

/** Why a file cannot be restored, in a sentence that ends "Nothing was changed." */
export function restoreErrorMessage(error: BackupError, t: TFunction, lang: string): string {
  switch (error.kind) {
    case 'too-large':
      return t('backup.restore.errors.tooLarge', { size: formatBytes(error.bytes, lang), max: formatBytes(MAX_BACKUP_BYTES, lang) });
    case 'not-json':
      return t('backup.restore.errors.notJson');
    case 'not-qiraa':
      return t('backup.restore.errors.notQiraa');
    case 'newer-version':
      return t('backup.restore.errors.newer', { version: error.formatVersion });
    case 'malformed':
      if (error.collection === 'file') return t('backup.restore.errors.malformedFile', { detail: error.detail });
      if (error.index === null) return t('backup.restore.errors.malformedList', { collection: t(`backup.collections.${error.collection}`), detail: error.detail });
      return t('backup.restore.errors.malformed', {
        // People count from 1.
        index: error.index + 1,
        collection: t(`backup.collections.${error.collection}`),
        detail: error.detail,
      });
  }
}
