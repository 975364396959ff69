import { describe, expect, it } from 'vitest';
import { analyzeWord } from './analyze';
import { IMPERATIVE_ROWS, IMPERFECT_ROWS, NOUN_ROWS, PERFECT_ROWS } from './inflection';
import { testIndex } from './test-lexicon';
import type { WordAnalysis } from './types';

const canon = (text: string): string => text.normalize('NFC');

/** The reading of `word` with this vocalisation, or undefined (the message lists what there was). */
function reading(word: string, voc: string): { found: WordAnalysis | undefined; all: string } {
  const all = analyzeWord(testIndex(), word);
  return { found: all.find((a) => canon(a.voc) === canon(voc)), all: all.map((a) => `${a.voc} (${a.features})`).join(' / ') };
}

function expectReading(word: string, voc: string, lemma: string, feature: string): WordAnalysis | undefined {
  const { found, all } = reading(word, voc);
  expect(found, `${word} → ${voc}; got ${all}`).toBeDefined();
  expect(found?.lemma).toBe(canon(lemma));
  expect(found?.features).toContain(feature);
  return found;
}

describe('noun and adjective endings', () => {
  it.each([
    ['no ending', 'كتاب', 'كِتَاب', 'كِتَاب', 'singular'],
    ['ة before a pronoun is printed ت', 'حكومته', 'حُكُومَتهُ', 'حُكُومَة', 'feminine singular'],
    ['ى before a pronoun is printed ا', 'مستواه', 'مُسْتَوَاهُ', 'مُسْتَوًى', 'singular'],
    ['tanween alif (رسميا)', 'رسميا', 'رَسْمِيًّا', 'رَسْمِيّ', 'indefinite accusative'],
    ['tanween alif printed with its mark (عقدًا)', 'عقدًا', 'عَقْدًا', 'عَقْد', 'indefinite accusative'],
    ['tanween alif after a hamza on its seat (شيئا)', 'شيئا', 'شَيْئًا', 'شَيْء', 'indefinite accusative'],
    ['feminine ة', 'كبيرة', 'كَبِيرَة', 'كَبِير', 'feminine singular'],
    ['feminine ت before a pronoun', 'صديقته', 'صَدِيقَتهُ', 'صَدِيق', 'feminine singular'],
    ['dual ان', 'رئيسان', 'رَئِيسَانِ', 'رَئِيس', 'dual, nominative'],
    ['dual ين', 'رئيسين', 'رَئِيسَيْنِ', 'رَئِيس', 'dual, genitive/accusative'],
    ['dual construct ا', 'رئيسا', 'رَئِيسَا', 'رَئِيس', 'dual, nominative, construct'],
    ['dual construct ي', 'رئيسي', 'رَئِيسَيْ', 'رَئِيس', 'dual, genitive/accusative, construct'],
    ['dual of a ة noun', 'حكومتان', 'حُكُومَتَانِ', 'حُكُومَة', 'dual, nominative'],
    ['dual of a ة noun, genitive', 'حكومتين', 'حُكُومَتَيْنِ', 'حُكُومَة', 'dual, genitive/accusative'],
    ['dual construct of a ة noun', 'حكومتا', 'حُكُومَتَا', 'حُكُومَة', 'construct'],
    ['dual construct of a ة noun, genitive', 'حكومتي', 'حُكُومَتَيْ', 'حُكُومَة', 'construct'],
    ['feminine dual of an adjective', 'كبيرتان', 'كَبِيرَتَانِ', 'كَبِير', 'feminine dual'],
    ['feminine dual, genitive', 'كبيرتين', 'كَبِيرَتَيْنِ', 'كَبِير', 'feminine dual'],
    ['dual of a ى noun', 'مستويان', 'مُسْتَوَيَانِ', 'مُسْتَوًى', 'dual, nominative'],
    ['dual of a ى noun, genitive', 'مستويين', 'مُسْتَوَيَيْنِ', 'مُسْتَوًى', 'dual, genitive/accusative'],
    ['sound masculine plural ون', 'مسؤولون', 'مَسْؤُولُونَ', 'مَسْؤُول', 'sound masculine plural, nominative'],
    ['sound masculine plural ين', 'مسؤولين', 'مَسْؤُولِينَ', 'مَسْؤُول', 'sound masculine plural, genitive/accusative'],
    ['ن drops in construct (و)', 'مسؤولو', 'مَسْؤُولُو', 'مَسْؤُول', 'construct'],
    ['ن drops in construct (ي)', 'مسؤولي', 'مَسْؤُولِي', 'مَسْؤُول', 'construct'],
    ['sound feminine plural: ة drops', 'علاقات', 'عَلَاقَات', 'عَلَاقَة', 'sound feminine plural'],
    ['sound feminine plural of a masculine noun', 'بيانات', 'بَيَانَات', 'بَيَان', 'sound feminine plural'],
    ['sound feminine plural of a ى noun', 'مستويات', 'مُسْتَوَيَات', 'مُسْتَوًى', 'sound feminine plural'],
    ['nisba ي of a noun', 'اقتصادي', 'اِقْتِصَادِيّ', 'اِقْتِصَاد', 'nisba adjective, masculine singular'],
    ['nisba ية', 'اقتصادية', 'اِقْتِصَادِيَّة', 'اِقْتِصَاد', 'nisba adjective, feminine singular'],
    ['nisba يون', 'اقتصاديون', 'اِقْتِصَادِيُّونَ', 'اِقْتِصَاد', 'nisba adjective, sound masculine plural'],
    ['nisba يين', 'اقتصاديين', 'اِقْتِصَادِيِّينَ', 'اِقْتِصَاد', 'nisba adjective, sound masculine plural'],
    ['nisba يات', 'اقتصاديات', 'اِقْتِصَادِيَّات', 'اِقْتِصَاد', 'nisba adjective, sound feminine plural'],
    ['nisba with tanween alif (ـيًّا)', 'اقتصاديا', 'اِقْتِصَادِيًّا', 'اِقْتِصَاد', 'nisba adjective, indefinite accusative'],
    ['nisba of a ة noun drops the ة', 'سياسيات', 'سِيَاسِيَّات', 'سِيَاسِيّ', 'sound feminine plural'],
  ])('%s: %s', (_name, word, voc, lemma, feature) => {
    expectReading(word, voc, lemma, feature);
  });

  it('has a row for each printed ending it claims', () => {
    for (const [printed, rows] of NOUN_ROWS) for (const row of rows) expect(row.printed).toBe(printed);
  });

  it('takes no tanween alif after ة, ى or a final ء after alif (حكومةا، سماءا are not words)', () => {
    expect(reading('حكومةا', 'حُكُومَةًا').found).toBeUndefined();
    expect(analyzeWord(testIndex(), 'سماءا').some((a) => a.features.includes('indefinite accusative'))).toBe(false);
  });

  it('moves a final hamza to the seat its case vowel needs before a pronoun (رؤساؤه، رؤسائه، أبناؤهم)', () => {
    for (const word of ['رؤساؤه', 'رؤسائه', 'أبناؤهم', 'أعضاؤها']) {
      const top = analyzeWord(testIndex(), word)[0];
      expect(top?.features, word).toContain('broken plural');
      expect(top?.segments.at(-1)?.role).toBe('enclitic');
    }
  });

  it('reads the indefinite spelling of قاضٍ only bare, the ي spelling with the article or a pronoun', () => {
    expect(analyzeWord(testIndex(), 'قاض')[0]?.features).toBe('singular, indefinite');
    expect(analyzeWord(testIndex(), 'القاضي')[0]?.lemma).toBe(canon('قَاضٍ'));
    expect(analyzeWord(testIndex(), 'القاض')[0]?.known).toBe(false);
  });
});

describe('broken plurals and irregular feminines come from the lexicon', () => {
  it.each([
    ['كتب', 'كِتَاب', 'كُتُب'],
    ['الرؤساء', 'رَئِيس', 'الرُّؤَسَاء'],
    ['دول', 'دَوْلَة', 'دُوَل'],
    ['البلدان', 'بَلَد', 'الْبُلْدَان'],
    ['أفلام', 'فِيلْم', 'أَفْلَام'],
    ['والوزراء', 'وَزِير', 'وَالْوُزَرَاء'],
    ['بالطرق', 'طَرِيق', 'بِالطُّرُق'],
  ])('%s → %s', (word, lemma, voc) => {
    const top = analyzeWord(testIndex(), word).find((a) => a.lemma === canon(lemma));
    expect(top?.features).toContain(`broken plural of ${canon(lemma)}`);
    expect(canon(top?.voc ?? '')).toBe(canon(voc));
  });

  it('reads irregular feminines (كبرى، حمراء) from the entry', () => {
    expect(analyzeWord(testIndex(), 'الكبرى')[0]?.features).toContain('feminine of');
    expect(analyzeWord(testIndex(), 'حمراء')[0]?.lemma).toBe(canon('أَحْمَر'));
  });

  it('never makes a broken plural by rule (no dual of a plural, no nisba of a plural)', () => {
    expect(analyzeWord(testIndex(), 'كتبان').some((a) => a.features.includes('broken plural'))).toBe(false);
    const nisbaOfPlural = (a: WordAnalysis): boolean => a.features.includes('broken plural') && a.features.includes('nisba');
    expect(analyzeWord(testIndex(), 'دولي').some(nisbaOfPlural)).toBe(false);
  });
});

describe('the verb paradigm', () => {
  it.each([
    ['كتب', 'كَتَبَ', 'perfect, 3rd person masculine singular'],
    ['كتبت', 'كَتَبَتْ', 'perfect, 3rd person feminine singular'],
    ['كتبت', 'كَتَبْتُ', 'perfect, 1st person singular'],
    ['كتبت', 'كَتَبْتَ', 'perfect, 2nd person masculine singular'],
    ['كتبت', 'كَتَبْتِ', 'perfect, 2nd person feminine singular'],
    ['كتبتا', 'كَتَبَتَا', 'perfect, 3rd person feminine dual'],
    ['كتبا', 'كَتَبَا', 'perfect, 3rd person masculine dual'],
    ['كتبوا', 'كَتَبُوا', 'perfect, 3rd person masculine plural'],
    ['كتبوه', 'كَتَبُوهُ', 'perfect, 3rd person masculine plural'],
    ['كتبنا', 'كَتَبْنَا', 'perfect, 1st person plural'],
    ['كتبن', 'كَتَبْنَ', 'perfect, 3rd person feminine plural'],
    ['كتبتم', 'كَتَبْتُمْ', 'perfect, 2nd person masculine plural'],
    ['كتبتما', 'كَتَبْتُمَا', 'perfect, 2nd person dual'],
    ['كتبتن', 'كَتَبْتُنَّ', 'perfect, 2nd person feminine plural'],
    ['أكتب', 'أَكْتُب', 'imperfect, 1st person singular'],
    ['نكتب', 'نَكْتُب', 'imperfect, 1st person plural'],
    ['تكتب', 'تَكْتُب', 'imperfect, 3rd person feminine singular'],
    ['يكتب', 'يَكْتُب', 'imperfect, 3rd person masculine singular'],
    ['تكتبين', 'تَكْتُبِينَ', 'imperfect, indicative, 2nd person feminine singular'],
    ['تكتبي', 'تَكْتُبِي', 'subjunctive or jussive, 2nd person feminine singular'],
    ['يكتبان', 'يَكْتُبَانِ', 'imperfect, indicative, 3rd person masculine dual'],
    ['يكتبا', 'يَكْتُبَا', 'subjunctive or jussive, 3rd person masculine dual'],
    ['يكتبون', 'يَكْتُبُونَ', 'imperfect, indicative, 3rd person masculine plural'],
    ['يكتبوا', 'يَكْتُبُوا', 'subjunctive or jussive, 3rd person masculine plural'],
    ['يكتبوه', 'يَكْتُبُوهُ', 'subjunctive or jussive, 3rd person masculine plural'],
    ['يكتبن', 'يَكْتُبْنَ', 'imperfect, 3rd person feminine plural'],
    ['اكتب', 'اُكْتُبْ', 'imperative, 2nd person masculine singular'],
    ['اكتبي', 'اُكْتُبِي', 'imperative, 2nd person feminine singular'],
    ['اكتبا', 'اُكْتُبَا', 'imperative, 2nd person dual'],
    ['اكتبوا', 'اُكْتُبُوا', 'imperative, 2nd person masculine plural'],
    ['اكتبن', 'اُكْتُبْنَ', 'imperative, 2nd person feminine plural'],
    ['أعلن', 'أَعْلِنْ', 'form IV, imperative'],
    ['علم', 'عَلِّمْ', 'form II, imperative'],
  ])('%s → %s', (word, voc, feature) => {
    expectReading(word, voc, word === 'أعلن' ? 'أَعْلَنَ' : word === 'علم' ? 'عَلَّمَ' : 'كَتَبَ', feature);
  });

  it('names the verb form', () => {
    expect(analyzeWord(testIndex(), 'يستخدمون')[0]?.features).toBe('form X, imperfect, indicative, 3rd person masculine plural');
  });

  it('gives the imperfect prefix the vowel of the lexicon’s imperfect (يُعْلِن, يَكْتُب)', () => {
    expect(canon(analyzeWord(testIndex(), 'يعلن')[0]?.voc ?? '')).toBe(canon('يُعْلِن'));
  });

  it('offers a passive spelled like the active only when the printed vowels ask for it', () => {
    expect(analyzeWord(testIndex(), 'كتب').some((a) => a.features.includes('passive'))).toBe(false);
    expect(analyzeWord(testIndex(), 'كُتِبَ')[0]?.features).toBe('form I, passive perfect, 3rd person masculine singular');
    expect(analyzeWord(testIndex(), 'يُكْتَبُ')[0]?.features).toContain('passive imperfect');
    expect(analyzeWord(testIndex(), 'وُقِّعَتْ')[0]?.features).toContain('passive perfect, 3rd person feminine singular');
  });

  it('has rows only for real cells', () => {
    for (const row of [...PERFECT_ROWS, ...IMPERFECT_ROWS, ...IMPERATIVE_ROWS]) {
      expect(Object.values(row.persons).flat().length).toBeGreaterThan(0);
    }
  });
});
