/**
 * What the reader and the lookup popover derive from a curated analysis: the token at a position, the
 * names and terms that contain it, how a word is displayed in each tashkeel mode, and the learner's
 * labels for part of speech and root.
 */
import type { Analysis, TokenAnalysis, Unit } from './analysis';
import { DIACRITICS } from './arabic/chars';
import type { TashkeelMode } from './settings';

/** Index of an analysis by paragraph and start offset. */
export type TokenIndex = Map<string, TokenAnalysis>;

export const tokenKey = (paragraphId: string, start: number) => `${paragraphId}:${start}`;

export function indexTokens(analysis: Analysis): TokenIndex {
  return new Map(analysis.tokens.map((t) => [tokenKey(t.p, t.start), t]));
}

/** The units (names, institutions, terms, idioms) that contain the token, longest first. */
export function unitsContaining(analysis: Analysis, token: Pick<TokenAnalysis, 'p' | 'start' | 'end'>): Unit[] {
  return analysis.units
    .filter((u) => u.p === token.p && u.start <= token.start && u.end >= token.end)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
}

/**
 * The word as shown in a tashkeel mode: as printed, fully vocalised (when the analysis is there), or
 * with every mark removed. Only the display changes; offsets always refer to the printed text.
 */
export function displayForm(printed: string, mode: TashkeelMode, token: TokenAnalysis | undefined): string {
  if (mode === 'full') return token?.voc ?? printed;
  if (mode === 'none') return printed.replace(DIACRITICS, '');
  return printed;
}

/** Root letters spaced for reading: "قبل" → "ق ب ل". */
export function spacedRoot(root: string): string {
  return [...root].join(' ');
}
