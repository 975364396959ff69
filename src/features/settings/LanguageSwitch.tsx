import { useTranslation } from 'react-i18next';
import { useSettings } from '../../db/react';

/** Switches the interface between English and Arabic; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [, update] = useSettings();
  const next = i18n.language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      lang={next}
      onClick={() => update({ language: next })}
      title={t('language.label')}
      className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-accent-soft"
    >
      {t('language.switchTo')}
    </button>
  );
}
