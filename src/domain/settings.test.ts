import { describe, expect, it } from 'vitest';
import { advanceProgress, progressRatio } from './progress';
import { DEFAULT_SETTINGS, detectLanguage, repairSettings } from './settings';

describe('settings', () => {
  it('repairs stored values, falling back to defaults', () => {
    expect(repairSettings({})).toEqual(DEFAULT_SETTINGS);
    const chosen = { theme: 'dark', layout: 'study', textSize: 5, language: 'ar', tashkeel: 'none', wordByWord: true, transliteration: true, colourByStatus: false } as const;
    expect(repairSettings(chosen)).toEqual(chosen);
    expect(repairSettings({ theme: 'neon', layout: 3, textSize: 9, language: 'fr', tashkeel: 'some', wordByWord: 'yes', colourByStatus: 'on' })).toEqual(DEFAULT_SETTINGS);
  });

  it('lets the browser language decide on a first visit', () => {
    expect(detectLanguage(['ar-EG', 'en'])).toBe('ar');
    expect(detectLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage(['de'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});

describe('reading progress', () => {
  const step = (index: number, now: number) => ({ articleId: 'a', paragraphId: `p${index + 1}`, index, paragraphCount: 4, now });

  it('keeps the furthest paragraph reached when the reader scrolls back', () => {
    const far = advanceProgress(undefined, step(3, 1));
    const back = advanceProgress(far, step(0, 2));
    expect(back).toEqual({ articleId: 'a', paragraphId: 'p1', furthestIndex: 3, paragraphCount: 4, updatedAt: 2 });
    expect(progressRatio(back)).toBe(1);
  });

  it('reports a share between 0 and 1', () => {
    expect(progressRatio({ furthestIndex: 0, paragraphCount: 4 })).toBe(0.25);
    expect(progressRatio({ furthestIndex: 0, paragraphCount: 0 })).toBe(0);
  });
});
