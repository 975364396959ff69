/** The strings of the Settings page (backup, restore, storage), registered when that page loads. */
import { registerStrings } from '.';
import backupAr from './locales/backup.ar.json';
import backupEn from './locales/backup.en.json';

registerStrings('backup', { en: backupEn, ar: backupAr });
