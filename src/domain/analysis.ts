/**
 * The curated word-by-word analysis of a bundled article, stored beside it as `<id>.analysis.json`.
 * Every Arabic token of the article has exactly one entry; names and terms spanning several tokens are
 * listed as units. All positions are offsets into the canonical paragraph text.
 */
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

export const segmentSchema = z
  .object({
    /** The segment, fully vocalised: "وَ", "الـ", "طَرِيق", "ـهُ". */
    form: nonEmpty,
    role: z.enum(['proclitic', 'stem', 'enclitic']),
    /** English gloss of this part: "and", "the", "road", "his". */
    gloss: nonEmpty,
    /**
     * The letters this segment contributes to the printed word, when they differ from its form without
     * marks: لِ + الـ is printed لل (the alif drops), so الـ has surface "ل"; a ة before a pronoun is
     * printed ت.
     */
    surface: z.string().optional(),
  })
  .strict();

export const POS = [
  'noun',
  'adjective',
  'verb',
  'proper noun',
  'pronoun',
  'demonstrative',
  'relative pronoun',
  'preposition',
  'conjunction',
  'particle',
  'adverb',
  'numeral',
] as const;

export const tokenAnalysisSchema = z
  .object({
    /** Paragraph id. */
    p: z.string().regex(/^p[1-9]\d*$/u),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The token exactly as printed. */
    form: nonEmpty,
    /** Fully vocalised in this context, case endings included. */
    voc: nonEmpty,
    segments: z.array(segmentSchema).min(1),
    /** Citation form, vocalised. */
    lemma: nonEmpty,
    /** Root letters without spaces ("قبل"), or null where there is none (foreign words, most names). */
    root: z.string().regex(/^[\u0621-\u064A]{2,5}$/u).nullable(),
    /** Arabic word, foreign (loan) word, or proper name. */
    origin: z.enum(['arabic', 'foreign', 'proper']),
    pos: z.enum(POS),
    /** Features a learner needs, in English: "form II, perfect, 3rd person feminine singular". */
    features: z.string(),
    /** The meaning in this sentence. */
    gloss: nonEmpty,
    /** Other common meanings of the lemma, most useful first. */
    senses: z.array(nonEmpty),
  })
  .strict();

export const unitSchema = z
  .object({
    p: z.string().regex(/^p[1-9]\d*$/u),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    /** The unit exactly as printed. */
    text: nonEmpty,
    kind: z.enum(['name', 'institution', 'term', 'idiom', 'collocation']),
    gloss: nonEmpty,
    /** An optional learner's note on usage or register. */
    note: z.string().optional(),
  })
  .strict();

export const analysisSchema = z
  .object({
    articleId: nonEmpty,
    tokens: z.array(tokenAnalysisSchema),
    units: z.array(unitSchema),
  })
  .strict();

export type Segment = z.infer<typeof segmentSchema>;
export type TokenAnalysis = z.infer<typeof tokenAnalysisSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Analysis = z.infer<typeof analysisSchema>;

/** A reading of a word without its position (an automatic analysis's alternatives). */
export type Reading = Omit<TokenAnalysis, 'p' | 'start' | 'end'>;

/**
 * What the automatic analyzer adds to a token of an imported article: that it is automatic, whether the
 * lexicon knew the word at all, and the other readings of an ambiguous word, best first.
 */
export interface AutomaticFields {
  automatic?: true;
  known?: boolean;
  alternatives?: Reading[];
}
