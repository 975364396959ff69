/**
 * The shape of Qiraa's own lexicon of news Arabic (src/content/lexicon/*.json), written by the team.
 * Three kinds of entry: lemmas (words with their root, part of speech, glosses and the forms rules cannot
 * produce), names (countries, capitals, people, organisations, nationalities) and multi-word terms.
 * Keys are short because the whole lexicon is downloaded once and cached for offline use.
 */
import { z } from 'zod';

/** Arabic letters, harakat, shadda, sukun and dagger alif; no tatweel, no Latin, no digits. */
const VOCALISED = /^[\u0621-\u063A\u0641-\u0652\u0670]+$/u;
/** The same, with single spaces between words (names and terms). */
const VOCALISED_PHRASE = /^[\u0621-\u063A\u0641-\u0652\u0670]+(?: [\u0621-\u063A\u0641-\u0652\u0670]+)*$/u;
/** Printed (unvocalised) spellings: letters only, single spaces between words. */
const PRINTED_PHRASE = /^[\u0621-\u063A\u0641-\u064A]+(?: [\u0621-\u063A\u0641-\u064A]+)*$/u;

const vocalised = z.string().regex(VOCALISED, 'an Arabic word: letters and marks only');
const vocalisedPhrase = z.string().regex(VOCALISED_PHRASE, 'Arabic words separated by single spaces');
const printedPhrase = z.string().regex(PRINTED_PHRASE, 'unvocalised Arabic words separated by single spaces');
const gloss = z.string().trim().min(1).max(80);
const glosses = z.array(gloss).min(1).max(6);

/** Parts of speech of content words; function words live in the analyzer's closed tables. */
export const LEXICON_POS = ['noun', 'adjective', 'verb', 'adverb', 'numeral'] as const;

export const lemmaEntrySchema = z
  .object({
    /** Citation form, fully vocalised: verbs in the 3rd person masculine singular perfect (كَتَبَ), nouns in
     * the singular without case ending (كِتَاب), adjectives masculine singular (كَبِير). */
    l: vocalised,
    /** Root letters without spaces (كتب; hamza written ء), absent for loanwords. */
    r: z.string().regex(/^[\u0621-\u063A\u0641-\u064A]{2,5}$/u).optional(),
    /** A loanword with no Arabic root (تِلِفِزْيُون, دِيمُقْرَاطِيَّة). */
    o: z.literal('foreign').optional(),
    p: z.enum(LEXICON_POS),
    /** English glosses, most salient first. */
    g: glosses,
    /** Broken plurals (and other plurals rules cannot produce), vocalised; sound plurals are regular. */
    pl: z.array(vocalised).min(1).optional(),
    /** An irregular feminine (أَحْمَر → حَمْرَاء, أَكْبَر → كُبْرَى); regular ـة feminines are not listed. */
    f: vocalised.optional(),
    /** Verbs: the form (1–10). */
    vf: z.number().int().min(1).max(10).optional(),
    /** Verbs: the 3rd person masculine singular imperfect, vocalised (يَكْتُبُ, يَقُولُ, يَرْمِي). */
    i: vocalised.optional(),
    /** Verbs: verbal nouns (masdars), vocalised. */
    m: z.array(vocalised).min(1).optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.r === undefined && entry.o === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs a root (r) or the foreign flag (o)' });
    }
    const verbOnly = ['vf', 'i', 'm'] as const;
    if (entry.p === 'verb') {
      for (const key of ['vf', 'i'] as const) {
        if (entry[key] === undefined) ctx.addIssue({ code: 'custom', message: `a verb needs ${key}` });
      }
      if (entry.pl !== undefined || entry.f !== undefined) {
        ctx.addIssue({ code: 'custom', message: 'a verb has no plural or feminine form' });
      }
    } else {
      for (const key of verbOnly) {
        if (entry[key] !== undefined) ctx.addIssue({ code: 'custom', message: `${key} is for verbs only` });
      }
    }
  });

export const NAME_KINDS = [
  'country',
  'capital',
  'city',
  'region',
  'person',
  'organisation',
  'nationality',
  'other',
] as const;

export const nameEntrySchema = z
  .object({
    /** The name as usually printed, vocalised where useful (مِصْر, الأُمَم المُتَّحِدَة, شِي جِين بِينْغ). */
    l: vocalisedPhrase,
    k: z.enum(NAME_KINDS),
    /** The English name(s), most usual first; for nationalities the adjective ("Egyptian"). */
    g: glosses,
    /** Other printed spellings (أميركا beside أمريكا), unvocalised. */
    v: z.array(printedPhrase).min(1).optional(),
    /** Nationalities: broken plurals, vocalised (عَرَبِيّ → عَرَب، تُرْكِيّ → أَتْرَاك); sound plurals are regular. */
    pl: z.array(vocalised).min(1).optional(),
    /** People whose family name comes first (كِيم جُونْغ أُون, شِي جِين بِينْغ): news names them by the first word alone. */
    fam: z.literal('first').optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.pl !== undefined && entry.k !== 'nationality') ctx.addIssue({ code: 'custom', message: 'pl is for nationalities only' });
    if (entry.fam !== undefined && entry.k !== 'person') ctx.addIssue({ code: 'custom', message: 'fam is for people only' });
    if (entry.fam !== undefined && !entry.l.includes(' ')) ctx.addIssue({ code: 'custom', message: 'fam needs a name of two words or more' });
  });

export const TERM_KINDS = ['institution', 'term', 'idiom', 'collocation'] as const;

export const termEntrySchema = z
  .object({
    /** The term, two words or more, vocalised where useful (مَجْلِس الأَمْن). */
    t: vocalisedPhrase.refine((text) => text.includes(' '), 'a term has at least two words'),
    k: z.enum(TERM_KINDS),
    g: glosses,
    /** Other printed spellings, unvocalised. */
    v: z.array(printedPhrase).min(1).optional(),
  })
  .strict();

export const lemmaFileSchema = z.array(lemmaEntrySchema);
export const nameFileSchema = z.array(nameEntrySchema);
export const termFileSchema = z.array(termEntrySchema);

export type LemmaEntry = z.infer<typeof lemmaEntrySchema>;
export type NameEntry = z.infer<typeof nameEntrySchema>;
export type TermEntry = z.infer<typeof termEntrySchema>;
