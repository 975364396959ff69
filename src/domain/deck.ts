/**
 * Curated vocabulary decks (src/content/decks/*.json): a themed list of words and multi-word units
 * that a learner can add to "My words" in one go. A deck stores no Arabic of its own: each entry
 * points at ONE occurrence in a bundled article (paragraph id + offsets into its canonical text), so
 * the saved word is built from the curated analysis, with its lemma, root and a real context
 * sentence, exactly as if the learner had saved it while reading. The deck adds only an English
 * gloss for the card and a topic. Pure: zod and types, no storage, no DOM.
 */
import { z } from 'zod';
import type { Analysis } from './analysis';
import { bilingualSchema } from './article';
import { resolveDeckEntry, type ResolvedDeckEntry as ResolvedEntry } from './vocab';

const nonEmpty = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);

/**
 * The themes a deck entry is filed under: diplomacy (relations, visits, agreements), politics (the
 * state, sovereignty, votes), conflict (war, terrorism, security), economy (reconstruction,
 * development, sanctions), reporting (attribution verbs and stock phrases of news copy), names
 * (people, countries, cities, regions) and institutions (ministries, councils, broadcasters).
 */
export const DECK_TOPICS = ['diplomacy', 'politics', 'conflict', 'economy', 'reporting', 'names', 'institutions'] as const;

/** One of {@link DECK_TOPICS}. */
export const deckTopicSchema = z.enum(DECK_TOPICS);

/**
 * One card of a deck: a single occurrence of a word (a token of the analysis, saved under its lemma)
 * or of a unit (a curated multi-word name or term, saved under its printed text), identified by
 * article, paragraph and the exact offsets of that token or unit.
 */
export const deckEntrySchema = z
  .object({
    /** 'word' points at a token of the analysis, 'unit' at one of its multi-word units. */
    kind: z.enum(['word', 'unit']),
    /** Id of the bundled article the occurrence is taken from. */
    articleId: slug,
    /** Paragraph id in that article. */
    p: z.string().regex(/^p[1-9]\d*$/u),
    /** Offsets of the token or unit in the paragraph's canonical `ar` text, exactly as in the analysis. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The deck's own general English gloss for the card, salient meanings first. */
    gloss: nonEmpty,
    topic: deckTopicSchema,
  })
  .strict()
  .refine((e) => e.end > e.start, { message: 'end must be after start', path: ['end'] });

/** A deck file: an id, a bilingual title and description, and its entries. */
export const deckSchema = z
  .object({
    /** URL-safe id, also the file name without `.json`. */
    id: slug,
    title: bilingualSchema,
    description: bilingualSchema,
    entries: z.array(deckEntrySchema).min(1),
  })
  .strict();

/** A deck topic. */
export type DeckTopic = z.infer<typeof deckTopicSchema>;
/** One entry of a deck, as stored. */
export type DeckEntry = z.infer<typeof deckEntrySchema>;
/** A parsed deck file. */
export type Deck = z.infer<typeof deckSchema>;

/** A deck entry tied to the token or unit it points at (the resolution lives with saved words). */
export type ResolvedDeckEntry = ResolvedEntry<DeckEntry>;
export { resolveDeckEntry };

/**
 * Checks a deck against the analyses of the articles it cites (by article id) and returns
 * human-readable problems, empty when all is well: unknown articles, entries whose offsets match no
 * token or unit, and two entries saved under the same key.
 */
export function checkDeck(deck: Deck, analyses: ReadonlyMap<string, Analysis>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  deck.entries.forEach((entry, i) => {
    const where = `entry ${i} (${entry.kind} ${entry.articleId} ${entry.p}@${entry.start}-${entry.end})`;
    const analysis = analyses.get(entry.articleId);
    if (!analysis) {
      problems.push(`${where}: no analysis for this article`);
      return;
    }
    const resolved = resolveDeckEntry(entry, analysis);
    if (!resolved) {
      problems.push(`${where}: matches no ${entry.kind === 'word' ? 'token' : 'unit'} of the analysis`);
      return;
    }
    const first = seen.get(resolved.key);
    if (first !== undefined) problems.push(`${where}: duplicate key ${resolved.key} (also entry ${first})`);
    else seen.set(resolved.key, i);
  });
  return problems;
}

