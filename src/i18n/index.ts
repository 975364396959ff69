/**
 * The one place that initialises i18next and the one place that sets `<html lang dir>`.
 * Both locales are bundled (they are small) so that switching language never waits for the network.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../domain/settings';
import arBase from './locales/ar.json';
import enBase from './locales/en.json';
import type backupEn from './locales/backup.en.json';
import type importEn from './locales/import.en.json';
import type reviewEn from './locales/review.en.json';
import type wordsEn from './locales/words.en.json';

/**
 * Each language's strings: the shared file, loaded with the app, plus one file per larger feature under
 * its own key, added when the feature's code loads (`registerStrings`), so the first screen never
 * carries them. The types cover all of them.
 */
export const resources = { en: { translation: enBase }, ar: { translation: arBase } } as const;
export type Strings = typeof enBase & { words: typeof wordsEn; review: typeof reviewEn; backup: typeof backupEn; import: typeof importEn };

const instances = new Set<i18n>();
const features = new Map<string, Record<UiLanguage, object>>();

function addStrings(instance: i18n, key: string, strings: Record<UiLanguage, object>) {
  for (const lng of ['en', 'ar'] as const) instance.addResourceBundle(lng, 'translation', { [key]: strings[lng] }, true, true);
}

/** Adds a feature's strings under `key` to every instance, now and to come. */
export function registerStrings(key: string, strings: Record<UiLanguage, object>): void {
  features.set(key, strings);
  for (const instance of instances) addStrings(instance, key, strings);
}

/** Text direction of an interface language. */
export function directionOf(language: UiLanguage): 'rtl' | 'ltr' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Creates an initialised i18next instance (one per app, or per server render). */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'ar'],
    interpolation: { escapeValue: false }, // React escapes; strings are never injected as HTML
    initAsync: false,
    returnNull: false,
  });
  instances.add(instance);
  for (const [key, strings] of features) addStrings(instance, key, strings);
  return instance;
}

/** Keeps `<html lang dir>` in step with the interface language, now and on every change. */
export function bindDocumentLanguage(instance: i18n, root: HTMLElement = document.documentElement): void {
  const apply = (lng: string) => {
    const language: UiLanguage = lng === 'ar' ? 'ar' : 'en';
    root.lang = language;
    root.dir = directionOf(language);
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
}
