import { describe, expect, it } from 'vitest';
import { analyzeWord } from './analyze';
import { TEST_LEMMAS, testIndex } from './test-lexicon';
import { verbKeys, weakClass } from './verb-keys';
import { verbStems } from './verb-stems';

const canon = (text: string): string => text.normalize('NFC');
const verbs = TEST_LEMMAS.filter((l) => l.p === 'verb');
const verb = (l: string) => {
  const entry = verbs.find((v) => v.l === l);
  if (entry === undefined) throw new Error(`no verb ${l} in the fixture`);
  return entry;
};

/** Every vocalised reading of a word that is a form of `lemma`. */
const readingsOf = (word: string, lemma: string): string[] =>
  analyzeWord(testIndex(), word)
    .filter((a) => a.lemma === canon(lemma))
    .map((a) => canon(a.voc));

describe('weak verb classes', () => {
  it.each([
    ['كَتَبَ', 'sound'],
    ['وَصَلَ', 'sound'],
    ['سَأَلَ', 'sound'],
    ['لَاحَظَ', 'sound'],
    ['قَالَ', 'hollow'],
    ['أَرَادَ', 'hollow'],
    ['اِخْتَارَ', 'hollow'],
    ['دَعَا', 'defective'],
    ['رَمَى', 'defective'],
    ['بَقِيَ', 'defective'],
    ['أَلْقَى', 'defective'],
    ['رَدَّ', 'doubled'],
    ['اِسْتَمَرَّ', 'doubled'],
  ])('%s is %s', (l, weak) => {
    expect(weakClass(verb(l))).toBe(weak);
  });
});

describe('weak verbs in text', () => {
  it.each([
    ['hollow: perfect', 'قالت', 'قَالَ', 'قَالَتْ'],
    ['hollow: short stem before a consonant suffix', 'قلت', 'قَالَ', 'قُلْتُ'],
    ['hollow: short stem, i-vowel (زار → زرت)', 'زرت', 'زَارَ', 'زُرْتُ'],
    ['hollow: imperfect', 'يقول', 'قَالَ', 'يَقُول'],
    ['hollow: jussive (لم يكن)', 'يكن', 'كَانَ', 'يَكُنْ'],
    ['hollow: passive perfect', 'قيل', 'قَالَ', 'قِيلَ'],
    ['hollow: passive imperfect', 'يقال', 'قَالَ', 'يُقَال'],
    ['hollow form IV: short stem', 'أردت', 'أَرَادَ', 'أَرَدْتُ'],
    ['hollow form IV: jussive', 'يرد', 'أَرَادَ', 'يُرِدْ'],
    ['hollow form IV: passive (أعيد)', 'أعيد', 'أَعَادَ', 'أُعِيدَ'],
    ['hollow form VIII: short stem', 'اخترت', 'اِخْتَارَ', 'اِخْتَرْتُ'],
    ['hollow form VIII: passive', 'اختير', 'اِخْتَارَ', 'اُخْتِيرَ'],
    ['defective و: perfect', 'دعا', 'دَعَا', 'دَعَا'],
    ['defective و: 3fs drops the و', 'دعت', 'دَعَا', 'دَعَتْ'],
    ['defective و: و before a consonant suffix', 'دعوت', 'دَعَا', 'دَعَوْتُ'],
    ['defective و: 3mp', 'دعوا', 'دَعَا', 'دَعَوْا'],
    ['defective و: imperfect', 'يدعو', 'دَعَا', 'يَدْعُو'],
    ['defective و: jussive', 'يدع', 'دَعَا', 'يَدْعُ'],
    ['defective و: passive', 'دعي', 'دَعَا', 'دُعِيَ'],
    ['defective ي: perfect', 'رمى', 'رَمَى', 'رَمَى'],
    ['defective ي: ي before a consonant suffix', 'رميت', 'رَمَى', 'رَمَيْتُ'],
    ['defective ي: 3fs', 'رمت', 'رَمَى', 'رَمَتْ'],
    ['defective ي: 3mp', 'رموا', 'رَمَى', 'رَمَوْا'],
    ['defective ي: imperfect 3mp', 'يرمون', 'رَمَى', 'يَرْمُونَ'],
    ['defective ي: imperfect 2fs', 'ترمين', 'رَمَى', 'تَرْمِينَ'],
    ['defective i-type: 3fs keeps the ي', 'بقيت', 'بَقِيَ', 'بَقِيَتْ'],
    ['defective i-type: 3mp', 'بقوا', 'بَقِيَ', 'بَقُوا'],
    ['defective ى imperfect: يلقى', 'يلقى', 'لَقِيَ', 'يَلْقَى'],
    ['defective ى imperfect: يلقون', 'يلقون', 'لَقِيَ', 'يَلْقَوْنَ'],
    ['defective ى imperfect: dual', 'يلقيان', 'لَقِيَ', 'يَلْقَيَانِ'],
    ['defective form IV: ألقوا', 'ألقوا', 'أَلْقَى', 'أَلْقَوْا'],
    ['defective form IV: passive (أجري)', 'أجري', 'أَجْرَى', 'أُجْرِيَ'],
    ['defective form IV: passive imperfect (يجرى)', 'يجرى', 'أَجْرَى', 'يُجْرَى'],
    ['defective form VIII: اشتريت', 'اشتريت', 'اِشْتَرَى', 'اِشْتَرَيْتُ'],
    ['assimilated: وصل/يصل', 'يصل', 'وَصَلَ', 'يَصِل'],
    ['assimilated: imperative صل', 'صل', 'وَصَلَ', 'صِلْ'],
    ['doubled: perfect', 'ردت', 'رَدَّ', 'رَدَّتْ'],
    ['doubled: split before a consonant suffix', 'رددت', 'رَدَّ', 'رَدَدْتُ'],
    ['doubled: imperfect', 'يردون', 'رَدَّ', 'يَرُدُّونَ'],
    ['doubled: split jussive', 'يردد', 'رَدَّ', 'يَرْدُدْ'],
    ['doubled form X: split', 'استمررت', 'اِسْتَمَرَّ', 'اِسْتَمْرَرْتُ'],
    ['hamza: سأل', 'سألت', 'سَأَلَ', 'سَأَلَتْ'],
    ['hamza: passive on ئ', 'سئل', 'سَأَلَ', 'سُئِلَ'],
    ['hamza: يسأل', 'يسأل', 'سَأَلَ', 'يَسْأَل'],
    ['hamza: قرؤوا', 'قرؤوا', 'قَرَأَ', 'قَرَؤُوا'],
    ['hamza: قرأوا (common spelling)', 'قرأوا', 'قَرَأَ', 'قَرَأُوا'],
    ['hamza: يقرؤون', 'يقرؤون', 'قَرَأَ', 'يَقْرَؤُونَ'],
    ['hamza: قرئ (passive)', 'قرئ', 'قَرَأَ', 'قُرِئَ'],
    ['hamza: يؤكد', 'يؤكد', 'أَكَّدَ', 'يُؤَكِّد'],
  ])('%s: %s', (_name, word, lemma, voc) => {
    expect(readingsOf(word, lemma)).toContain(canon(voc));
  });

  it('ranks the spelling the rules give above the variant (قرؤوا above a re-seated active سئل)', () => {
    expect(analyzeWord(testIndex(), 'سئل')[0]?.features).toContain('passive');
    expect(analyzeWord(testIndex(), 'قرؤوا')[0]?.score).toBeGreaterThan(analyzeWord(testIndex(), 'قرأوا')[0]?.score ?? 0);
  });
});

describe('participles and verbal nouns', () => {
  it.each([
    ['active participle, form X', 'مستخدم', 'مُسْتَخْدِم', 'active participle of form X'],
    ['passive participle, form X', 'مستخدم', 'مُسْتَخْدَم', 'passive participle of form X'],
    ['inflected participle', 'المستخدمين', 'الْمُسْتَخْدِمِينَ', 'sound masculine plural'],
    ['hollow passive participle', 'مراد', 'مُرَاد', 'passive participle of form IV'],
    ['doubled active participle', 'مستمر', 'مُسْتَمِرّ', 'active participle of form X'],
    ['defective passive participle', 'ملقى', 'مُلْقًى', 'passive participle of form IV'],
    ['listed masdar', 'استخدام', 'اِسْتِخْدَام', 'verbal noun of form X'],
    ['masdar with a plural', 'استخدامات', 'اِسْتِخْدَامَات', 'sound feminine plural'],
    ['form I, sound active', 'كاتب', 'كَاتِب', 'active participle of form I'],
    ['form I, sound passive, inflected', 'المكتوبة', 'الْمَكْتُوبَة', 'passive participle of form I'],
    ['form I, hollow active (و)', 'قائل', 'قَائِل', 'active participle of form I'],
    ['form I, hollow passive (و)', 'مقول', 'مَقُول', 'passive participle of form I'],
    ['form I, hollow passive (ي)', 'مبيع', 'مَبِيع', 'passive participle of form I'],
    ['form I, defective active', 'الداعي', 'الدَّاعِي', 'active participle of form I'],
    ['form I, defective passive (و)', 'مدعو', 'مَدْعُوّ', 'passive participle of form I'],
    ['form I, defective passive (ي)', 'مرمي', 'مَرْمِيّ', 'passive participle of form I'],
    ['form I, doubled active', 'راد', 'رَادّ', 'active participle of form I'],
    ['form I, doubled passive', 'مردود', 'مَرْدُود', 'passive participle of form I'],
    ['form I, hamza re-seated, active', 'سائل', 'سَائِل', 'active participle of form I'],
    ['form I, final hamza, active', 'قارئ', 'قَارِئ', 'active participle of form I'],
    ['form I, final hamza, passive', 'مقروء', 'مَقْرُوء', 'passive participle of form I'],
  ])('%s: %s', (_name, word, voc, feature) => {
    const found = analyzeWord(testIndex(), word).find((a) => canon(a.voc) === canon(voc));
    expect(found?.features).toContain(feature);
  });

  it('ranks a derived participle below a lexicon entry with the same letters', () => {
    const top = analyzeWord(testIndex(), 'مسؤول')[0];
    expect(top?.lemma).toBe(canon('مَسْؤُول'));
  });

  it('does not read a form I pattern where no verb of those letters is listed', () => {
    for (const word of ['كاسب', 'مكسوب', 'حامل']) expect(analyzeWord(testIndex(), word)[0]?.known).toBe(false);
  });
});

describe('the index letters match the vocalised derivation', () => {
  it.each(verbs.filter((v) => verbKeys(v) !== null).map((v) => [v.l, v] as const))('%s', (_l, entry) => {
    const keys = verbKeys(entry);
    const full = new Map<string, number>();
    for (const stem of verbStems(entry).stems) full.set(stem.printed, (full.get(stem.printed) ?? 0) | stem.roles);
    expect(keys?.stems).toEqual(full);
    const derived = verbStems(entry).participles.map((p) => p.voc.replace(/[\u064B-\u0652]/gu, ''));
    expect(keys?.participles ?? []).toEqual(derived);
  });

  it('leaves verbs with a movable hamza to the full derivation', () => {
    expect(verbKeys(verb('سَأَلَ'))).toBeNull();
    expect(verbKeys(verb('قَرَأَ'))).toBeNull();
    expect(verbKeys(verb('أَعْلَنَ'))).not.toBeNull();
  });
});
