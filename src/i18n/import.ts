/** The strings of the import page, registered when that page loads. */
import { registerStrings } from '.';
import importAr from './locales/import.ar.json';
import importEn from './locales/import.en.json';

registerStrings('import', { en: importEn, ar: importAr });
