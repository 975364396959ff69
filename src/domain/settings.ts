/**
 * Reader preferences: their allowed values, defaults and a repair function for stored values
 * (anything unknown falls back to the default rather than breaking the reader).
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const LAYOUTS = ['side', 'interlinear', 'study'] as const;
export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export const UI_LANGUAGES = ['en', 'ar'] as const;
/** How vowel marks are shown: as printed in the source, fully vocalised from the analysis, or none. */
export const TASHKEEL_MODES = ['printed', 'full', 'none'] as const;

export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type TashkeelMode = (typeof TASHKEEL_MODES)[number];

export interface Settings {
  theme: Theme;
  layout: Layout;
  textSize: TextSize;
  /** null until the reader chooses; the browser's language decides meanwhile. */
  language: UiLanguage | null;
  tashkeel: TashkeelMode;
  /** A small English gloss under each Arabic word. */
  wordByWord: boolean;
  /** A transliteration under each Arabic word. */
  transliteration: boolean;
  /** Colour each Arabic word by its lemma's status in My words. */
  colourByStatus: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  layout: 'side',
  textSize: 3,
  language: null,
  tashkeel: 'printed',
  wordByWord: false,
  transliteration: false,
  colourByStatus: true,
};

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** True when the settings change what the prerendered HTML shows (so it cannot simply be hydrated). */
export function differsFromPrerender(settings: Settings): boolean {
  return (
    settings.layout !== DEFAULT_SETTINGS.layout ||
    settings.tashkeel !== DEFAULT_SETTINGS.tashkeel ||
    settings.wordByWord !== DEFAULT_SETTINGS.wordByWord ||
    settings.transliteration !== DEFAULT_SETTINGS.transliteration
  );
}

/** Builds valid settings from stored key/value rows, ignoring unknown keys and bad values. */
export function repairSettings(stored: Partial<Record<keyof Settings, unknown>>): Settings {
  return {
    theme: pick(THEMES, stored.theme, DEFAULT_SETTINGS.theme),
    layout: pick(LAYOUTS, stored.layout, DEFAULT_SETTINGS.layout),
    textSize: pick(TEXT_SIZES, stored.textSize, DEFAULT_SETTINGS.textSize),
    language: pick<UiLanguage | null>([...UI_LANGUAGES, null], stored.language, null),
    tashkeel: pick(TASHKEEL_MODES, stored.tashkeel, DEFAULT_SETTINGS.tashkeel),
    wordByWord: pick([true, false], stored.wordByWord, DEFAULT_SETTINGS.wordByWord),
    transliteration: pick([true, false], stored.transliteration, DEFAULT_SETTINGS.transliteration),
    colourByStatus: pick([true, false], stored.colourByStatus, DEFAULT_SETTINGS.colourByStatus),
  };
}

/** The interface language for a first visit: Arabic when the browser prefers it, English otherwise. */
export function detectLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ar') return 'ar';
    if (base === 'en') return 'en';
  }
  return 'en';
}
