/**
 * The one place that initialises i18next and the one place that sets `<html lang dir>`.
 * Both locales are bundled (they are small) so that switching language never waits for the network.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../domain/settings';
import arBase from './locales/ar.json';
import enBase from './locales/en.json';
import reviewAr from './locales/review.ar.json';
import reviewEn from './locales/review.en.json';
import wordsAr from './locales/words.ar.json';
import wordsEn from './locales/words.en.json';

/** Each language's strings: the shared file plus one file per larger feature, under its own key. */
export const en = { ...enBase, words: wordsEn, review: reviewEn };
export const ar = { ...arBase, words: wordsAr, review: reviewAr };
export const resources = { en: { translation: en }, ar: { translation: ar } } as const;

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
