/**
 * Applies the stored settings to the document: the interface language (i18next then sets
 * `<html lang dir>`), the theme (resolving "system" live) and the Arabic text size.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../db/react';
import { detectLanguage, type Settings } from '../domain/settings';

/** Sets the theme and text-size attributes that styles.css keys on. */
export function applyDisplay(settings: Pick<Settings, 'theme' | 'textSize'>, root = document.documentElement) {
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.textSize = String(settings.textSize);
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', dark ? '#131311' : '#faf8f3');
}

export function useApplySettings() {
  const [settings] = useSettings();
  const { i18n } = useTranslation();
  const language = settings.language ?? detectLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [i18n, language]);

  useEffect(() => {
    applyDisplay(settings);
    if (settings.theme !== 'system') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => applyDisplay(settings);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [settings]);
}
