import { describe, expect, it } from 'vitest';
import type { Analysis, TokenAnalysis } from './analysis';
import { displayForm, indexTokens, spacedRoot, tokenKey, unitsContaining } from './word-info';

const token = (p: string, start: number, end: number, form: string, voc: string): TokenAnalysis => ({
  p, start, end, form, voc, segments: [{ form: voc, role: 'stem', gloss: 'g' }], lemma: voc, root: null,
  origin: 'proper', pos: 'proper noun', features: '', gloss: 'g', senses: [],
});
const analysis: Analysis = {
  articleId: 'a',
  tokens: [token('p1', 0, 2, 'شي', 'شِي'), token('p1', 3, 6, 'جين', 'جِين'), token('p1', 7, 11, 'بينغ', 'بِينْغ')],
  units: [
    { p: 'p1', start: 0, end: 11, text: 'شي جين بينغ', kind: 'name', gloss: 'Xi Jinping' },
    { p: 'p1', start: 3, end: 11, text: 'جين بينغ', kind: 'name', gloss: 'Jinping' },
  ],
};

describe('word info', () => {
  it('indexes tokens by paragraph and offset', () => {
    expect(indexTokens(analysis).get(tokenKey('p1', 3))?.form).toBe('جين');
  });

  it('finds the units containing a token, longest first', () => {
    expect(unitsContaining(analysis, analysis.tokens[2]!).map((u) => u.gloss)).toEqual(['Xi Jinping', 'Jinping']);
    expect(unitsContaining(analysis, analysis.tokens[0]!).map((u) => u.gloss)).toEqual(['Xi Jinping']);
  });

  it('shows a word as printed, fully vocalised, or bare', () => {
    expect(displayForm('وقّعت', 'printed', undefined)).toBe('وقّعت');
    expect(displayForm('وقّعت', 'none', undefined)).toBe('وقعت');
    expect(displayForm('شي', 'full', analysis.tokens[0])).toBe('شِي');
    expect(displayForm('شي', 'full', undefined)).toBe('شي');
  });

  it('spaces root letters', () => {
    expect(spacedRoot('قبل')).toBe('ق ب ل');
  });
});
