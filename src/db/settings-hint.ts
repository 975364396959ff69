/**
 * A synchronous copy of the display settings in localStorage, read at start-up so that the first
 * render already has the reader's language, layout, theme and text size while IndexedDB (the source
 * of truth) is still loading. Losing it only costs a flash of the defaults.
 */
import { repairSettings, type Settings } from '../domain/settings';

const KEY = 'qiraa.settings-hint';

export function readSettingsHint(): Settings {
  try {
    return repairSettings(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>);
  } catch {
    return repairSettings({});
  }
}

export function writeSettingsHint(settings: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Private modes may refuse; the hint is only an optimisation.
  }
}
