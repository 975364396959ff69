/**
 * Reader preferences: their allowed values, defaults and a repair function for stored values
 * (anything unknown falls back to the default rather than breaking the reader).
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export const LAYOUTS = ['side', 'interlinear', 'study'] as const;
export const TEXT_SIZES = [1, 2, 3, 4, 5] as const;
export const UI_LANGUAGES = ['en', 'ar'] as const;

export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export interface Settings {
  theme: Theme;
  layout: Layout;
  textSize: TextSize;
  /** null until the reader chooses; the browser's language decides meanwhile. */
  language: UiLanguage | null;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', layout: 'side', textSize: 3, language: null };

function pick<T>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Builds valid settings from stored key/value rows, ignoring unknown keys and bad values. */
export function repairSettings(stored: Partial<Record<keyof Settings, unknown>>): Settings {
  return {
    theme: pick(THEMES, stored.theme, DEFAULT_SETTINGS.theme),
    layout: pick(LAYOUTS, stored.layout, DEFAULT_SETTINGS.layout),
    textSize: pick(TEXT_SIZES, stored.textSize, DEFAULT_SETTINGS.textSize),
    language: pick<UiLanguage | null>([...UI_LANGUAGES, null], stored.language, null),
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
