/**
 * Bundled study decks (validated by src/content/decks.test.ts), loaded only when asked for.
 */
import type { Deck } from '../domain/deck';

/** The curated political-vocabulary deck of the bundled articles. */
export const loadPoliticalDeck = (): Promise<Deck> => import('./decks/political.json').then((m) => m.default as Deck);
