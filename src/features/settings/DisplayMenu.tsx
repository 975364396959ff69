/**
 * The "Display" disclosure in the header: layout, vowel marks, word-by-word aids, Arabic text size and
 * theme.
 * Non-modal: Escape or a click outside closes it and focus returns to its button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../components/ui/RadioGroup';
import { Switch } from '../../components/ui/Switch';
import { useSettings } from '../../db/react';
import { LAYOUTS, TASHKEEL_MODES, TEXT_SIZES, THEMES } from '../../domain/settings';

export function DisplayMenu() {
  const { t } = useTranslation();
  const [settings, update] = useSettings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) buttonRef.current?.focus();
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close(true);
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-accent-soft"
      >
        {t('display.button')}
      </button>
      {open && (
        <div
          ref={panelRef}
          id={panelId}
          role="region"
          aria-label={t('display.title')}
          className="absolute end-0 top-full z-20 mt-2 grid max-h-[calc(100dvh-5rem)] w-[min(22rem,calc(100vw-2rem))] gap-4 overflow-y-auto rounded-lg border border-line bg-card p-4 shadow-lg"
        >
          <RadioGroup
            legend={t('display.layout')}
            value={settings.layout}
            options={LAYOUTS.map((v) => ({ value: v, label: t(`display.layouts.${v}`), hint: t(`display.layoutHints.${v}`) }))}
            onChange={(layout) => update({ layout })}
          />
          <RadioGroup
            legend={t('display.tashkeel')}
            value={settings.tashkeel}
            options={TASHKEEL_MODES.map((v) => ({ value: v, label: t(`display.tashkeelModes.${v}`) }))}
            onChange={(tashkeel) => update({ tashkeel })}
          />
          <fieldset className="min-w-0">
            <legend className="mb-1.5 text-sm font-semibold">{t('display.aids')}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-1.5">
              <Switch label={t('display.wordByWord')} checked={settings.wordByWord} onChange={(wordByWord) => update({ wordByWord })} />
              <Switch label={t('display.transliteration')} checked={settings.transliteration} onChange={(transliteration) => update({ transliteration })} />
              <Switch label={t('vocab.colourByStatus')} checked={settings.colourByStatus} onChange={(colourByStatus) => update({ colourByStatus })} />
            </div>
            <p className="mt-1.5 text-xs text-muted">{t('vocab.legend')}</p>
          </fieldset>
          <RadioGroup
            legend={t('display.textSize')}
            value={settings.textSize}
            options={TEXT_SIZES.map((v) => ({ value: v, label: t(`display.sizes.${v}`) }))}
            onChange={(textSize) => update({ textSize })}
          />
          <RadioGroup
            legend={t('display.theme')}
            value={settings.theme}
            options={THEMES.map((v) => ({ value: v, label: t(`display.themes.${v}`) }))}
            onChange={(theme) => update({ theme })}
          />
        </div>
      )}
    </div>
  );
}
