/**
 * A small lexicon in the team's schema for the analyzer's tests, so they never depend on the real content
 * files (which are still being written). It holds one or more examples of each class the analyzer must
 * handle: broken plurals, ة nouns, ى nouns, weak verbs of every kind, homographs (إعمار / أعمار), words
 * that look like clitic + stem (كتاب، بيان، فيلم، سيجار، والد), names and multi-word terms.
 */
import type { LemmaEntry, NameEntry, TermEntry } from '../lexicon/schema.ts';
import { compileLexicon } from './compile.ts';
import type { CompiledLexicon } from './types.ts';

const noun = (l: string, r: string | null, g: string[], more: Partial<LemmaEntry> = {}): LemmaEntry => ({
  l,
  ...(r === null ? { o: 'foreign' as const } : { r }),
  p: 'noun',
  g,
  ...more,
});

const adj = (l: string, r: string | null, g: string[], more: Partial<LemmaEntry> = {}): LemmaEntry => ({
  ...noun(l, r, g, more),
  p: 'adjective',
});

const verb = (l: string, i: string, vf: number, r: string, g: string[], m?: string[]): LemmaEntry => ({
  l,
  r,
  p: 'verb',
  g,
  vf,
  i,
  ...(m === undefined ? {} : { m }),
});

export const TEST_LEMMAS: LemmaEntry[] = [
  noun('كِتَاب', 'كتب', ['book', 'letter'], { pl: ['كُتُب'] }),
  noun('رَئِيس', 'رءس', ['president', 'head', 'chief'], { pl: ['رُؤَسَاء'] }),
  noun('حُكُومَة', 'حكم', ['government'], { pl: ['حُكُومَات'] }),
  noun('دَوْلَة', 'دول', ['state', 'country'], { pl: ['دُوَل'] }),
  noun('عَلَاقَة', 'علق', ['relation', 'relationship']),
  noun('بَلَد', 'بلد', ['country', 'town'], { pl: ['بِلَاد', 'بُلْدَان'] }),
  noun('إِعْمَار', 'عمر', ['reconstruction', 'construction']),
  noun('عُمْر', 'عمر', ['age', 'life'], { pl: ['أَعْمَار'] }),
  noun('بَيَان', 'بين', ['statement', 'declaration']),
  noun('وَالِد', 'ولد', ['father', 'parent']),
  noun('فِيلْم', null, ['film', 'movie'], { pl: ['أَفْلَام'] }),
  noun('سِيجَار', null, ['cigar']),
  noun('مُسْتَوًى', 'سوي', ['level', 'standard']),
  noun('قَاضٍ', 'قضي', ['judge'], { pl: ['قُضَاة'] }),
  noun('عَقَبَة', 'عقب', ['obstacle']),
  noun('أَسَد', 'ءسد', ['lion']),
  noun('مَغْرِب', 'غرب', ['sunset', 'west']),
  adj('كَافِي', 'كفي', ['sufficient', 'enough']),
  noun('شَيْء', 'شيء', ['thing', 'something'], { pl: ['أَشْيَاء'] }),
  noun('جُزْء', 'جزء', ['part'], { pl: ['أَجْزَاء'] }),
  noun('وَزِير', 'وزر', ['minister'], { pl: ['وُزَرَاء'] }),
  noun('وِزَارَة', 'وزر', ['ministry']),
  noun('مَجْلِس', 'جلس', ['council', 'assembly'], { pl: ['مَجَالِس'] }),
  noun('أَمْن', 'ءمن', ['security', 'safety']),
  noun('سَلَام', 'سلم', ['peace']),
  noun('طَرِيق', 'طرق', ['road', 'way'], { pl: ['طُرُق'] }),
  noun('حِزَام', 'حزم', ['belt']),
  noun('وَالٍ', 'ولي', ['governor'], { pl: ['وُلَاة'] }),
  noun('بَنَان', 'بنن', ['fingertips']),
  noun('تَعَاوُن', 'عون', ['cooperation']),
  noun('اِتِّصَال', 'وصل', ['contact', 'call', 'communication']),
  noun('إِعَادَة', 'عود', ['return', 'restoration', 're-']),
  noun('مُوَاطِن', 'وطن', ['citizen']),
  noun('اِقْتِصَاد', 'قصد', ['economy']),
  noun('سِيَاسَة', 'سوس', ['policy', 'politics']),
  noun('رَسْم', 'رسم', ['drawing', 'fee']),
  noun('عَقْد', 'عقد', ['contract', 'decade'], { pl: ['عُقُود'] }),
  noun('شَعْب', 'شعب', ['people', 'nation'], { pl: ['شُعُوب'] }),
  noun('أَهَمِّيَّة', 'همم', ['importance']),
  noun('سَمَاء', 'سمو', ['sky'], { pl: ['سَمَاوَات'] }),
  noun('اِبْن', 'بني', ['son'], { pl: ['أَبْنَاء'] }),
  noun('عُضْو', 'عضو', ['member'], { pl: ['أَعْضَاء'] }),
  noun('مَسْأَلَة', 'سءل', ['question', 'issue'], { pl: ['مَسَائِل'] }),
  adj('كَبِير', 'كبر', ['big', 'great', 'senior'], { pl: ['كِبَار'] }),
  adj('أَكْبَر', 'كبر', ['bigger', 'biggest'], { f: 'كُبْرَى' }),
  adj('رَسْمِيّ', 'رسم', ['official']),
  adj('جَدِيد', 'جدد', ['new'], { pl: ['جُدُد'] }),
  adj('سِيَاسِيّ', 'سوس', ['political', 'politician']),
  adj('آلِيّ', 'ءول', ['automatic', 'mechanical']),
  adj('دَوْلِيّ', 'دول', ['international']),
  adj('هَاتِفِيّ', 'هتف', ['telephone (adj.)', 'by telephone']),
  adj('مَسْؤُول', 'سءل', ['responsible', 'official']),
  adj('صَدِيق', 'صدق', ['friendly', 'friend'], { pl: ['أَصْدِقَاء'] }),
  adj('أَحْمَر', 'حمر', ['red'], { f: 'حَمْرَاء', pl: ['حُمْر'] }),
  adj('عَرَبِيّ', 'عرب', ['Arab', 'Arabic']),
  { l: 'سِتُّون', r: 'ستت', p: 'numeral', g: ['sixty'] },
  verb('كَتَبَ', 'يَكْتُبُ', 1, 'كتب', ['wrote'], ['كِتَابَة']),
  verb('قَالَ', 'يَقُولُ', 1, 'قول', ['said']),
  verb('كَانَ', 'يَكُونُ', 1, 'كون', ['was', 'to be']),
  verb('زَارَ', 'يَزُورُ', 1, 'زور', ['visited']),
  verb('بَاعَ', 'يَبِيعُ', 1, 'بيع', ['sold']),
  verb('دَعَا', 'يَدْعُو', 1, 'دعو', ['called for', 'invited']),
  verb('رَمَى', 'يَرْمِي', 1, 'رمي', ['threw']),
  verb('لَقِيَ', 'يَلْقَى', 1, 'لقي', ['met', 'encountered']),
  verb('بَقِيَ', 'يَبْقَى', 1, 'بقي', ['remained', 'stayed']),
  verb('وَصَلَ', 'يَصِلُ', 1, 'وصل', ['arrived', 'reached']),
  verb('رَدَّ', 'يَرُدُّ', 1, 'ردد', ['replied', 'returned']),
  verb('سَأَلَ', 'يَسْأَلُ', 1, 'سءل', ['asked']),
  verb('قَرَأَ', 'يَقْرَأُ', 1, 'قرء', ['read']),
  verb('وَقَّعَ', 'يُوَقِّعُ', 2, 'وقع', ['signed']),
  verb('وَقَعَ', 'يَقَعُ', 1, 'وقع', ['fell', 'happened', 'was located']),
  verb('لَاحَظَ', 'يُلَاحِظُ', 3, 'لحظ', ['noticed', 'observed']),
  verb('نَاقَشَ', 'يُنَاقِشُ', 3, 'نقش', ['discussed']),
  verb('أَعْلَنَ', 'يُعْلِنُ', 4, 'علن', ['announced', 'declared'], ['إِعْلَان']),
  verb('أَرَادَ', 'يُرِيدُ', 4, 'رود', ['wanted']),
  verb('أَعَادَ', 'يُعِيدُ', 4, 'عود', ['returned', 'repeated', 'restored'], ['إِعَادَة']),
  verb('أَلْقَى', 'يُلْقِي', 4, 'لقي', ['delivered (a speech)', 'threw']),
  verb('أَجْرَى', 'يُجْرِي', 4, 'جري', ['conducted', 'made (a call)']),
  verb('أَكَّدَ', 'يُؤَكِّدُ', 2, 'ءكد', ['confirmed', 'stressed']),
  verb('اِسْتَخْدَمَ', 'يَسْتَخْدِمُ', 10, 'خدم', ['used'], ['اِسْتِخْدَام']),
  verb('اِسْتَمَرَّ', 'يَسْتَمِرُّ', 10, 'مرر', ['continued']),
  verb('اِخْتَارَ', 'يَخْتَارُ', 8, 'خير', ['chose', 'selected']),
  verb('اِشْتَرَى', 'يَشْتَرِي', 8, 'شري', ['bought']),
  verb('اِتَّصَلَ', 'يَتَّصِلُ', 8, 'وصل', ['contacted', 'called']),
  verb('تَابَ', 'يَتُوبُ', 1, 'توب', ['repented']),
  verb('لَمَّ', 'يَلُمُّ', 1, 'لمم', ['gathered']),
  verb('أَجَارَ', 'يُجِيرُ', 4, 'جور', ['granted protection']),
  verb('قَرَّرَ', 'يُقَرِّرُ', 2, 'قرر', ['decided']),
  verb('عَلَّمَ', 'يُعَلِّمُ', 2, 'علم', ['taught']),
];

export const TEST_NAMES: NameEntry[] = [
  { l: 'مِصْر', k: 'country', g: ['Egypt'] },
  { l: 'لُبْنَان', k: 'country', g: ['Lebanon'] },
  { l: 'المَغْرِب', k: 'country', g: ['Morocco'] },
  { l: 'العَقَبَة', k: 'city', g: ['Aqaba'] },
  { l: 'الصِّين', k: 'country', g: ['China'] },
  { l: 'سُورِيَا', k: 'country', g: ['Syria'], v: ['سورية'] },
  { l: 'أَمْرِيكَا', k: 'country', g: ['America'], v: ['أميركا'] },
  { l: 'سُورِيّ', k: 'nationality', g: ['Syrian'] },
  { l: 'تُرْكِيّ', k: 'nationality', g: ['Turkish'], pl: ['أَتْرَاك'] },
  { l: 'شِي جِين بِينْغ', k: 'person', g: ['Xi Jinping'], fam: 'first' },
  { l: 'إِيفَانْكَا تْرَامْب', k: 'person', g: ['Ivanka Trump'] },
  { l: 'دُونَالْد تْرَامْب', k: 'person', g: ['Donald Trump'] },
  { l: 'بَشَّار الأَسَد', k: 'person', g: ['Bashar al-Assad'] },
  { l: 'الأُمَم المُتَّحِدَة', k: 'organisation', g: ['the United Nations'] },
  { l: 'عَلِيّ', k: 'person', g: ['Ali'] },
  { l: 'قَنَاة العَرَبِيَّة', k: 'organisation', g: ['Al Arabiya'], v: ['العربية'] },
];

export const TEST_TERMS: TermEntry[] = [
  { t: 'مَجْلِس الأَمْن', k: 'institution', g: ['the Security Council'] },
  { t: 'مَجْلِس الأَمْن الدَّوْلِيّ', k: 'institution', g: ['the UN Security Council'] },
  { t: 'الحِزَام وَالطَّرِيق', k: 'term', g: ['the Belt and Road'] },
  { t: 'إِعَادَة الإِعْمَار', k: 'term', g: ['reconstruction'] },
  { t: 'وِزَارَة الخَارِجِيَّة', k: 'institution', g: ['Ministry of Foreign Affairs'] },
];

let compiled: CompiledLexicon | null = null;

/** The fixture lexicon, compiled once per test file. */
export function testIndex(): CompiledLexicon {
  compiled ??= compileLexicon(TEST_LEMMAS, TEST_NAMES, TEST_TERMS);
  return compiled;
}
