/**
 * The closed class of Arabic as data: prepositions, conjunctions, particles, pronouns, demonstratives,
 * relative pronouns, interrogatives and the preposition-like adverbs. The team's lexicon lists content
 * words only, so these rows are the analyzer's own. Each row says which pronoun suffixes the word takes
 * and how its spelling changes before them (إلى → إليه, مِن + ي → منّي); `function-word-forms.ts`
 * expands the rows into every printed form.
 */
import type { Pos } from './types.ts';

/** One function word. Rows with the same letters are listed most common reading first. */
export interface FunctionWord {
  /** Vocalised form. */
  voc: string;
  pos: Pos;
  gloss: string;
  senses: readonly string[];
  /** What the popover says about it ("particle of negation (past)"); defaults to the part of speech. */
  features: string;
  /** Takes the pronoun enclitics (عليه، منها، بينهما). */
  pronouns: boolean;
  /** The vocalised stem a pronoun joins when it differs: إِلَى → إِلَيْ (إليه), سِوَى → سِوَا (سواه). */
  before?: string;
  /** How 1st person ي/نا join a final ن: `merge` مِنِّي مِنَّا; `both` also إِنَّنِي إِنَّنَا beside إِنِّي إِنَّا. */
  nun?: 'merge' | 'both';
  /** The prepositions ب ك ل may precede it (بما، لذلك، بكل، للذين). */
  preps: boolean;
  /** Only written with a pronoun joined to it (لَهُ، بِهِ، إِيَّاهُ). */
  bound: boolean;
}

interface Options {
  senses?: readonly string[];
  features?: string;
  pronouns?: boolean;
  before?: string;
  nun?: 'merge' | 'both';
  preps?: boolean;
  bound?: boolean;
}

function fw(voc: string, pos: Pos, gloss: string, options: Options = {}): FunctionWord {
  return {
    voc,
    pos,
    gloss,
    senses: options.senses ?? [],
    features: options.features ?? pos,
    pronouns: options.pronouns ?? false,
    before: options.before,
    nun: options.nun,
    preps: options.preps ?? false,
    bound: options.bound ?? false,
  };
}

const P = { pronouns: true } as const;
const PP = { pronouns: true, preps: true } as const;

/** Prepositions, including the two that are only written joined to a pronoun (لَهُ، بِهِ). */
export const PREPOSITIONS: readonly FunctionWord[] = [
  fw('فِي', 'preposition', 'in', { ...P, senses: ['at', 'on', 'about'] }),
  fw('مِنْ', 'preposition', 'from', { ...P, nun: 'merge', senses: ['of', 'than', 'some of'] }),
  fw('إِلَى', 'preposition', 'to', { ...P, before: 'إِلَيْ', senses: ['towards', 'until'] }),
  fw('عَلَى', 'preposition', 'on', { ...P, before: 'عَلَيْ', senses: ['upon', 'against', 'over'] }),
  fw('عَنْ', 'preposition', 'about', { ...P, nun: 'merge', senses: ['from', 'of', 'on behalf of'] }),
  fw('مَعَ', 'preposition', 'with', { ...P, senses: ['together with', 'despite'] }),
  fw('لِ', 'preposition', 'to', { ...P, before: 'لَ', bound: true, senses: ['for', 'belonging to'] }),
  fw('بِ', 'preposition', 'with', { ...P, bound: true, senses: ['by', 'in', 'at'] }),
  fw('لَدَى', 'preposition', 'at', { ...P, before: 'لَدَيْ', senses: ['with', 'in the possession of'] }),
  fw('حَتَّى', 'preposition', 'until', { senses: ['even', 'so that'] }),
  fw('مُنْذُ', 'preposition', 'since', { senses: ['ago', 'for (a period)'] }),
  fw('مُذْ', 'preposition', 'since', { senses: ['ago'] }),
  fw('عِنْدَ', 'preposition', 'at', { ...P, senses: ['with', 'when', 'near'] }),
  fw('بَيْنَ', 'preposition', 'between', { ...P, senses: ['among', 'amid'] }),
  fw('حَوْلَ', 'preposition', 'about', { ...P, senses: ['around', 'concerning'] }),
  fw('خِلَالَ', 'preposition', 'during', { ...P, senses: ['through', 'within', 'in the course of'] }),
  fw('ضِدَّ', 'preposition', 'against', P),
  fw('نَحْوَ', 'preposition', 'towards', { ...PP, senses: ['about, approximately'] }),
  fw('دُونَ', 'preposition', 'without', { ...PP, senses: ['below', 'short of'] }),
  fw('أَمَامَ', 'preposition', 'in front of', { ...P, senses: ['before', 'facing'] }),
  fw('وَرَاءَ', 'preposition', 'behind', { ...P, senses: ['beyond'] }),
  fw('خَلْفَ', 'preposition', 'behind', P),
  fw('عَبْرَ', 'preposition', 'across', { ...P, senses: ['through', 'via'] }),
  fw('فَوْقَ', 'preposition', 'above', { ...P, senses: ['over', 'on top of'] }),
  fw('تَحْتَ', 'preposition', 'under', { ...P, senses: ['below', 'beneath'] }),
  fw('بَعْدَ', 'preposition', 'after', { ...P, senses: ['later than'] }),
  fw('قَبْلَ', 'preposition', 'before', { ...P, senses: ['ago', 'prior to'] }),
  fw('إِزَاءَ', 'preposition', 'towards', { ...P, senses: ['regarding', 'facing'] }),
  fw('تُجَاهَ', 'preposition', 'towards', { ...P, senses: ['regarding', 'opposite'] }),
  fw('حِيَالَ', 'preposition', 'regarding', { ...P, senses: ['towards'] }),
  fw('ضِمْنَ', 'preposition', 'within', { ...P, senses: ['among', 'as part of'] }),
  fw('إِثْرَ', 'preposition', 'following', { senses: ['after', 'in the wake of'] }),
  fw('عَقِبَ', 'preposition', 'after', { senses: ['following'] }),
  fw('طِوَالَ', 'preposition', 'throughout', { senses: ['during'] }),
  fw('حَسَبَ', 'preposition', 'according to', P),
  fw('وَفْقَ', 'preposition', 'according to', { senses: ['in accordance with'] }),
  fw('وَفْقًا', 'adverb', 'according to', { senses: ['in accordance with'] }),
  fw('مِثْلَ', 'preposition', 'like', { ...PP, senses: ['such as', 'similar to'] }),
  fw('قُرْبَ', 'preposition', 'near', P),
  fw('جَرَّاءَ', 'preposition', 'because of', { senses: ['as a result of'] }),
  fw('عَدَا', 'preposition', 'except', { senses: ['apart from'] }),
  fw('سِوَى', 'preposition', 'except', { ...PP, before: 'سِوَا', senses: ['other than', 'only'] }),
];

/** Quantifiers and other closed-class nouns that behave like prepositions (كله، بعضهم، بغير). */
export const QUANTIFIERS: readonly FunctionWord[] = [
  fw('كُلّ', 'noun', 'every', { ...PP, features: 'quantifier', senses: ['all', 'each', 'whole'] }),
  fw('بَعْض', 'noun', 'some', { ...PP, features: 'quantifier', senses: ['part', 'a few', 'each other'] }),
  fw('غَيْر', 'noun', 'other than', { ...PP, features: 'noun of exception', senses: ['non-', 'un-', 'besides'] }),
  fw('كِلَا', 'noun', 'both', { ...PP, features: 'quantifier, masculine (construct)' }),
  fw('كِلْتَا', 'noun', 'both', { ...PP, features: 'quantifier, feminine (construct)' }),
  fw('أَيّ', 'noun', 'any', { ...PP, features: 'quantifier', senses: ['which', 'whichever'] }),
  fw('ذُو', 'noun', 'possessor of', { features: 'noun, nominative (construct only)', senses: ['having'] }),
  fw('ذِي', 'noun', 'possessor of', { features: 'noun, genitive (construct only)', senses: ['having'] }),
  fw('ذَوُو', 'noun', 'those with', { features: 'noun, plural, nominative (construct only)' }),
  fw('ذَوِي', 'noun', 'those with', { features: 'noun, plural, genitive (construct only)', preps: true }),
];

/** Particles: negation, tense, emphasis, the inna family, condition, exception. */
export const PARTICLES: readonly FunctionWord[] = [
  fw('قَدْ', 'particle', 'has (already)', { features: 'particle (with perfect: already; with imperfect: may)', senses: ['may', 'might'] }),
  fw('لَقَدْ', 'particle', 'indeed (has)', { features: 'particle of emphasis with the perfect' }),
  fw('سَوْفَ', 'particle', 'will', { features: 'particle of the future' }),
  fw('لَمْ', 'particle', 'did not', { features: 'particle of negation (past, with the jussive)' }),
  fw('لَنْ', 'particle', 'will not', { features: 'particle of negation (future, with the subjunctive)' }),
  fw('لَا', 'particle', 'not', { features: 'particle of negation', senses: ['no', 'do not'], preps: true }),
  fw('مَا', 'particle', 'not', { features: 'particle of negation' }),
  // أنّ first: news is mostly reported speech (أكد أنّ، أشار إلى أنّ).
  fw('أَنَّ', 'particle', 'that', { ...PP, nun: 'both', features: 'particle (inna family)' }),
  fw('أَنْ', 'particle', 'to', { features: 'particle (with the subjunctive)', preps: true, senses: ['that'] }),
  fw('إِنَّ', 'particle', 'indeed', { ...P, nun: 'both', features: 'particle of emphasis (inna family)', senses: ['that (after قال)'] }),
  fw('إِنْ', 'particle', 'if', { features: 'conditional particle', senses: ['not'] }),
  fw('كَأَنَّ', 'particle', 'as if', { ...P, nun: 'both', features: 'particle (inna family)' }),
  fw('لَٰكِنَّ', 'particle', 'but', { ...P, nun: 'both', features: 'particle (inna family)', senses: ['however'] }),
  fw('لَعَلَّ', 'particle', 'perhaps', { ...P, nun: 'both', features: 'particle (inna family)' }),
  fw('لَيْتَ', 'particle', 'if only', { ...P, features: 'particle (inna family)' }),
  fw('هَلْ', 'particle', 'whether', { features: 'interrogative particle (yes/no questions)' }),
  fw('إِذَا', 'particle', 'if', { features: 'conditional particle', senses: ['when', 'whenever'] }),
  fw('لَوْ', 'particle', 'if', { features: 'conditional particle (unreal)', senses: ['even if'] }),
  fw('لَوْلَا', 'particle', 'were it not for', { features: 'conditional particle' }),
  fw('كَيْ', 'particle', 'so that', { features: 'particle (with the subjunctive)' }),
  fw('لِكَيْ', 'particle', 'in order to', { features: 'particle (with the subjunctive)' }),
  fw('لِئَلَّا', 'particle', 'so as not to', { features: 'particle (with the subjunctive)' }),
  fw('إِلَّا', 'particle', 'except', { features: 'particle of exception', senses: ['only', 'but'] }),
  fw('أَلَّا', 'particle', 'that not', { features: 'أَنْ + لَا', senses: ['not to'] }),
  fw('أَلَا', 'particle', 'is it not', { features: 'particle of opening or question' }),
  fw('إِنَّمَا', 'particle', 'but rather', { features: 'particle of restriction', senses: ['only'] }),
  fw('رُبَّمَا', 'particle', 'perhaps', { senses: ['maybe'] }),
  fw('نَعَمْ', 'particle', 'yes', { preps: true }),
  fw('كَلَّا', 'particle', 'no', { senses: ['certainly not'] }),
  fw('يَا', 'particle', 'O', { features: 'vocative particle' }),
  fw('إِذَنْ', 'particle', 'then', { senses: ['therefore'] }),
  fw('أَيْ', 'particle', 'that is', { features: 'explanatory particle', senses: ['i.e.'] }),
  fw('لَيْسَ', 'verb', 'is not', { features: 'negative copula, 3rd person masculine singular' }),
  fw('لَيْسَتْ', 'verb', 'is not', { features: 'negative copula, 3rd person feminine singular' }),
  fw('لَيْسُوا', 'verb', 'are not', { features: 'negative copula, 3rd person masculine plural' }),
  fw('لَيْسَا', 'verb', 'are not (two)', { features: 'negative copula, 3rd person dual' }),
  fw('لَسْتُ', 'verb', 'I am not', { features: 'negative copula, 1st person singular' }),
  fw('لَسْنَا', 'verb', 'we are not', { features: 'negative copula, 1st person plural' }),
];

/** Conjunctions written as separate words (و and ف are proclitics, see clitics.ts). */
export const CONJUNCTIONS: readonly FunctionWord[] = [
  // Typed apart from the next word (a common slip, or before a number or Latin name).
  fw('وَ', 'conjunction', 'and', { features: 'conjunction, written apart' }),
  fw('فَ', 'conjunction', 'so', { features: 'conjunction, written apart', senses: ['then', 'and'] }),
  fw('أَوْ', 'conjunction', 'or'),
  fw('أَمْ', 'conjunction', 'or', { senses: ['or rather'] }),
  fw('ثُمَّ', 'conjunction', 'then', { senses: ['moreover'] }),
  fw('بَلْ', 'conjunction', 'but rather', { senses: ['even', 'indeed'] }),
  fw('لَٰكِنْ', 'conjunction', 'but', { senses: ['however'] }),
  fw('إِذْ', 'conjunction', 'as', { senses: ['since', 'when'] }),
  fw('لِأَنَّ', 'conjunction', 'because', { ...P, nun: 'both' }),
  fw('حَيْثُ', 'conjunction', 'where', { preps: true, senses: ['since', 'as'] }),
  fw('بَيْنَمَا', 'conjunction', 'while', { senses: ['whereas'] }),
  fw('عِنْدَمَا', 'conjunction', 'when'),
  fw('لَمَّا', 'conjunction', 'when', { senses: ['since', 'not yet'] }),
  fw('كُلَّمَا', 'conjunction', 'whenever'),
  fw('كَمَا', 'conjunction', 'as', { senses: ['also', 'just as'] }),
  fw('طَالَمَا', 'conjunction', 'as long as', { senses: ['often'] }),
  fw('مِثْلَمَا', 'conjunction', 'just as'),
  fw('بَعْدَمَا', 'conjunction', 'after'),
  fw('حِينَمَا', 'conjunction', 'when'),
  fw('حَسْبَمَا', 'conjunction', 'according to what', { features: 'حَسَبَ + مَا', senses: ['as'] }),
  fw('كَيْفَمَا', 'conjunction', 'however', { features: 'كَيْفَ + مَا', senses: ['in whatever way'] }),
  fw('أَيْنَمَا', 'conjunction', 'wherever', { features: 'أَيْنَ + مَا' }),
  fw('حَيْثُمَا', 'conjunction', 'wherever', { features: 'حَيْثُ + مَا' }),
  fw('رَيْثَمَا', 'conjunction', 'until', { features: 'رَيْثَ + مَا', senses: ['while', 'for as long as it takes'] }),
  fw('سِيَّمَا', 'particle', 'especially', { features: 'in لَا سِيَّمَا “especially”' }),
  fw('لَاسِيَّمَا', 'particle', 'especially', { features: 'لَا سِيَّمَا written as one word', senses: ['in particular'] }),
  fw('فِيمَا', 'conjunction', 'while', { features: 'فِي + مَا', senses: ['in what', 'as for'] }),
  fw('مِمَّا', 'preposition', 'from what', { features: 'مِنْ + مَا', senses: ['which (of a whole clause)', 'than'] }),
  fw('عَمَّا', 'preposition', 'about what', { features: 'عَنْ + مَا' }),
  fw('مِمَّنْ', 'preposition', 'from whom', { features: 'مِنْ + مَنْ' }),
  fw('عَمَّنْ', 'preposition', 'about whom', { features: 'عَنْ + مَنْ' }),
  fw('سَوَاء', 'conjunction', 'whether', { senses: ['equal', 'alike'] }),
];

/** Independent pronouns and the pronoun carrier إِيَّا. */
export const PRONOUNS: readonly FunctionWord[] = [
  fw('هُوَ', 'pronoun', 'he', { features: 'independent pronoun, 3rd person masculine singular', senses: ['it'] }),
  fw('هِيَ', 'pronoun', 'she', { features: 'independent pronoun, 3rd person feminine singular', senses: ['it'] }),
  fw('هُمْ', 'pronoun', 'they', { features: 'independent pronoun, 3rd person masculine plural' }),
  fw('هُمَا', 'pronoun', 'they (two)', { features: 'independent pronoun, 3rd person dual' }),
  fw('هُنَّ', 'pronoun', 'they (fem.)', { features: 'independent pronoun, 3rd person feminine plural' }),
  fw('أَنَا', 'pronoun', 'I', { features: 'independent pronoun, 1st person singular' }),
  fw('نَحْنُ', 'pronoun', 'we', { features: 'independent pronoun, 1st person plural' }),
  fw('أَنْتَ', 'pronoun', 'you', { features: 'independent pronoun, 2nd person masculine singular' }),
  fw('أَنْتِ', 'pronoun', 'you (fem.)', { features: 'independent pronoun, 2nd person feminine singular' }),
  fw('أَنْتُمْ', 'pronoun', 'you (pl.)', { features: 'independent pronoun, 2nd person masculine plural' }),
  fw('أَنْتُمَا', 'pronoun', 'you (two)', { features: 'independent pronoun, 2nd person dual' }),
  fw('أَنْتُنَّ', 'pronoun', 'you (fem. pl.)', { features: 'independent pronoun, 2nd person feminine plural' }),
  fw('إِيَّا', 'pronoun', '(object)', { ...P, bound: true, features: 'carrier of an object pronoun' }),
];

const DEMO = { preps: true } as const;

/** Demonstratives and deictic adverbs. */
export const DEMONSTRATIVES: readonly FunctionWord[] = [
  fw('هَٰذَا', 'demonstrative', 'this', { ...DEMO, features: 'demonstrative, masculine singular' }),
  fw('هَٰذِهِ', 'demonstrative', 'this', { ...DEMO, features: 'demonstrative, feminine singular' }),
  fw('هَٰذَانِ', 'demonstrative', 'these (two)', { ...DEMO, features: 'demonstrative, masculine dual, nominative' }),
  fw('هَٰذَيْنِ', 'demonstrative', 'these (two)', { ...DEMO, features: 'demonstrative, masculine dual, genitive/accusative' }),
  fw('هَاتَانِ', 'demonstrative', 'these (two)', { ...DEMO, features: 'demonstrative, feminine dual, nominative' }),
  fw('هَاتَيْنِ', 'demonstrative', 'these (two)', { ...DEMO, features: 'demonstrative, feminine dual, genitive/accusative' }),
  fw('هَٰؤُلَاءِ', 'demonstrative', 'these', { ...DEMO, features: 'demonstrative, plural' }),
  fw('ذَٰلِكَ', 'demonstrative', 'that', { ...DEMO, features: 'demonstrative, masculine singular' }),
  fw('تِلْكَ', 'demonstrative', 'that', { ...DEMO, features: 'demonstrative, feminine singular' }),
  fw('ذَاكَ', 'demonstrative', 'that', { ...DEMO, features: 'demonstrative, masculine singular' }),
  fw('أُولَٰئِكَ', 'demonstrative', 'those', { ...DEMO, features: 'demonstrative, plural' }),
  fw('هُنَا', 'demonstrative', 'here', { ...DEMO, features: 'demonstrative adverb of place' }),
  fw('هُنَاكَ', 'demonstrative', 'there', { ...DEMO, features: 'demonstrative adverb of place', senses: ['there is'] }),
  fw('هُنَالِكَ', 'demonstrative', 'there', { features: 'demonstrative adverb of place' }),
  fw('ثَمَّةَ', 'demonstrative', 'there is', { features: 'demonstrative adverb of place' }),
  fw('هَٰكَذَا', 'adverb', 'thus', { senses: ['like this', 'so'] }),
  fw('كَذَٰلِكَ', 'adverb', 'also', { senses: ['likewise', 'as well'] }),
  fw('لِذَٰلِكَ', 'adverb', 'therefore', { senses: ['for that reason'] }),
  fw('لِذَا', 'adverb', 'therefore', { senses: ['hence'] }),
];

const REL = { preps: true } as const;

/** Relative pronouns. */
export const RELATIVES: readonly FunctionWord[] = [
  fw('الَّذِي', 'relative pronoun', 'who', { ...REL, features: 'relative pronoun, masculine singular', senses: ['which', 'that'] }),
  fw('الَّتِي', 'relative pronoun', 'which', { ...REL, features: 'relative pronoun, feminine singular', senses: ['who', 'that'] }),
  fw('الَّذِينَ', 'relative pronoun', 'who', { ...REL, features: 'relative pronoun, masculine plural', senses: ['those who'] }),
  fw('اللَّذَانِ', 'relative pronoun', 'who (two)', { ...REL, features: 'relative pronoun, masculine dual, nominative' }),
  fw('اللَّذَيْنِ', 'relative pronoun', 'who (two)', { ...REL, features: 'relative pronoun, masculine dual, genitive/accusative' }),
  fw('اللَّتَانِ', 'relative pronoun', 'who (two)', { ...REL, features: 'relative pronoun, feminine dual, nominative' }),
  fw('اللَّتَيْنِ', 'relative pronoun', 'who (two)', { ...REL, features: 'relative pronoun, feminine dual, genitive/accusative' }),
  fw('اللَّوَاتِي', 'relative pronoun', 'who (fem. pl.)', { ...REL, features: 'relative pronoun, feminine plural' }),
  fw('اللَّاتِي', 'relative pronoun', 'who (fem. pl.)', { ...REL, features: 'relative pronoun, feminine plural' }),
  fw('اللَّائِي', 'relative pronoun', 'who (fem. pl.)', { ...REL, features: 'relative pronoun, feminine plural' }),
  fw('مَا', 'relative pronoun', 'what', { ...REL, features: 'relative pronoun', senses: ['that which', 'whatever'] }),
  fw('مَنْ', 'relative pronoun', 'who', { ...REL, features: 'relative or interrogative pronoun', senses: ['whoever', 'whom'] }),
];

/** Interrogatives (مَنْ and مَا are listed with the relatives). */
export const INTERROGATIVES: readonly FunctionWord[] = [
  fw('مَاذَا', 'pronoun', 'what', { features: 'interrogative pronoun' }),
  fw('لِمَاذَا', 'adverb', 'why', { features: 'interrogative' }),
  fw('لِمَ', 'adverb', 'why', { features: 'interrogative' }),
  fw('مَتَى', 'adverb', 'when', { features: 'interrogative' }),
  fw('أَيْنَ', 'adverb', 'where', { features: 'interrogative' }),
  fw('كَيْفَ', 'adverb', 'how', { features: 'interrogative' }),
  fw('كَمْ', 'adverb', 'how many', { features: 'interrogative', senses: ['how much'] }),
];

/** Common adverbs with no lexicon root to speak of. */
export const ADVERBS: readonly FunctionWord[] = [
  fw('أَيْضًا', 'adverb', 'also', { senses: ['too', 'as well'] }),
  fw('فَقَطْ', 'adverb', 'only', { senses: ['just'] }),
  fw('جِدًّا', 'adverb', 'very'),
  fw('الْآنَ', 'adverb', 'now'),
  fw('أَبَدًا', 'adverb', 'never', { senses: ['ever', 'at all'] }),
  fw('مَعًا', 'adverb', 'together'),
  fw('أَمْسِ', 'adverb', 'yesterday'),
  fw('غَدًا', 'adverb', 'tomorrow'),
  fw('قَطُّ', 'adverb', 'never', { senses: ['ever (with negation)'] }),
  fw('حِينَ', 'adverb', 'when', { senses: ['at the time of'] }),
];

/** Every function word, the most common classes first. */
export const FUNCTION_WORDS: readonly FunctionWord[] = [
  ...PREPOSITIONS,
  ...PARTICLES,
  ...CONJUNCTIONS,
  ...RELATIVES,
  ...DEMONSTRATIVES,
  ...PRONOUNS,
  ...QUANTIFIERS,
  ...INTERROGATIVES,
  ...ADVERBS,
];
