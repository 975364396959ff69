import { describe, expect, it } from 'vitest';
import { analyzeWord } from './analyze';
import { ENCLITICS, PROCLITICS, encliticsAtEnd, procliticSplits } from './clitics';
import { testIndex } from './test-lexicon';

/** The proclitic stacks a word can be read with, as "و+ال|rest". */
const splits = (bare: string): string[] =>
  procliticSplits(bare).map((s) => `${s.clitics.map((c) => c.printed).join('+')}|${s.rest}${s.alifDropped ? '*' : ''}`);

/** The best reading's segments, as "form[surface] + …". */
const best = (word: string): string => {
  const top = analyzeWord(testIndex(), word)[0];
  return (top?.segments ?? []).map((s) => (s.surface === undefined ? s.form : `${s.form}[${s.surface}]`)).join(' + ');
};

const canon = (text: string): string => text.normalize('NFC');

describe('proclitic table', () => {
  it('lists every proclitic with a description that shows it', () => {
    expect(PROCLITICS.map((p) => p.printed)).toEqual(['أ', 'و', 'ف', 'ب', 'ك', 'ل', 'ل', 'س', 'ال']);
    for (const p of PROCLITICS) expect(p.description).toContain(p.printed);
  });

  it.each([
    ['و conjunction', 'والصين', ['|والصين', 'و|الصين', 'و+ال|صين']],
    ['ف conjunction', 'فقال', ['|فقال', 'ف|قال']],
    ['ب + ال', 'بالقانون', ['|بالقانون', 'ب|القانون', 'ب+ال|قانون']],
    ['و + ب + ال stack in that order', 'وبالقانون', ['|وبالقانون', 'و|بالقانون', 'و+ب|القانون', 'و+ب+ال|قانون']],
    ['ل + ال is printed لل: the alif is restored', 'للرئيس', ['|للرئيس', 'ل|لرئيس', 'ل|الرئيس*', 'ل+ال|رئيس*', 'ل|لرئيس']],
    ['س before a verb', 'سيكون', ['|سيكون', 'س|يكون']],
    ['و + س', 'وسيكون', ['|وسيكون', 'و|سيكون', 'و+س|يكون']],
  ])('splits: %s', (_name, word, expected) => {
    expect(splits(word)).toEqual(expected);
  });

  it('never stacks clitics out of order (ال before و, two conjunctions)', () => {
    for (const split of [...procliticSplits('الوزير'), ...procliticSplits('وفي')]) {
      const slots = split.clitics.map((c) => c.slot);
      expect([...slots].sort((a, b) => a - b)).toEqual(slots);
      expect(new Set(slots).size).toBe(slots.length);
    }
  });

  it('leaves at least two letters', () => {
    expect(splits('بي')).toEqual(['|بي']);
  });

  it('limits what each clitic may join: ال to nouns, س to imperfect verbs', () => {
    const hostsOf = (word: string, roles: string): string[] => {
      const split = procliticSplits(word).find((s) => s.clitics.map((c) => c.printed).join('+') === roles);
      return [...(split?.hosts ?? [])];
    };
    expect(hostsOf('الكتاب', 'ال')).toEqual(['noun']);
    expect(hostsOf('سيكتب', 'س')).toEqual(['imperfect']);
    expect(hostsOf('بكتاب', 'ب')).toEqual(['noun', 'function-prep']);
  });
});

describe('every proclitic in use', () => {
  it.each([
    ['و', 'وكتاب', 'وَ + كِتَاب'],
    ['ف', 'فكتب', 'فَ + كُتُب'],
    ['ب', 'بكتاب', 'بِ + كِتَاب'],
    ['ك', 'كرئيس', 'كَ + رَئِيس'],
    ['ل (preposition)', 'لكتاب', 'لِ + كِتَاب'],
    ['ل (with the subjunctive)', 'ليكتب', 'لِ + يَكْتُب'],
    ['س (future)', 'سيكتب', 'سَ + يَكْتُب'],
    ['ال', 'الكتاب', 'الـ + كِتَاب'],
    ['ل + ال → لل', 'للكتاب', 'لِ + الـ[ل] + كِتَاب'],
    ['و + ل + ال', 'وللحكومة', 'وَ + لِ + الـ[ل] + حُكُومَة'],
    ['و + ب + ال', 'وبالكتاب', 'وَ + بِ + الـ + كِتَاب'],
    ['ف + س', 'فسيكون', 'فَ + سَ + يَكُون'],
    ['أ (interrogative, rare)', 'أكتاب', 'أَ + كِتَاب'],
  ])('%s: %s', (_name, word, segments) => {
    expect(canon(best(word))).toBe(canon(segments));
  });

  it('joins the article to a sun letter with a shadda and keeps its sukun before a moon letter', () => {
    expect(canon(analyzeWord(testIndex(), 'الرئيس')[0]?.voc ?? '')).toBe(canon('الرَّئِيس'));
    expect(canon(analyzeWord(testIndex(), 'الكتاب')[0]?.voc ?? '')).toBe(canon('الْكِتَاب'));
    expect(canon(analyzeWord(testIndex(), 'للرئيس')[0]?.voc ?? '')).toBe(canon('لِلرَّئِيس'));
  });

  it('gives the hamzat wasl of a stem a kasra on the article (الِاتِّصَال)', () => {
    const top = analyzeWord(testIndex(), 'الاتصال')[0];
    expect(canon(top?.voc ?? '')).toBe(canon('الِاتِّصَال'));
    expect(top?.segments.map((s) => s.form)).toEqual(['الـ', canon('اتِّصَال')]);
  });

  it('refuses clitics on the wrong host: no س on a noun, no ال on a verb, no ب on a verb', () => {
    for (const word of ['سكتاب', 'الكتبت', 'بكتبت']) {
      expect(analyzeWord(testIndex(), word)[0]?.known).toBe(false);
    }
  });
});

describe('enclitic table', () => {
  it('has every pronoun suffix, longest first', () => {
    expect(ENCLITICS.map((e) => e.printed)).toEqual(['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'كن', 'ني', 'نا', 'ه', 'ك', 'ي']);
  });

  it('finds the suffixes a word may end with, leaving a stem of two letters', () => {
    expect(encliticsAtEnd('كتابهما', 2).map((e) => e.printed)).toEqual(['هما']);
    expect(encliticsAtEnd('كتابها', 2).map((e) => e.printed)).toEqual(['ها']);
    expect(encliticsAtEnd('به', 2)).toEqual([]);
  });

  it.each([
    ['ـه', 'كتابه', 'كِتَاب + ـهُ', 'his, its'],
    ['ـها', 'كتابها', 'كِتَاب + ـهَا', 'her, its'],
    ['ـهما', 'كتابهما', 'كِتَاب + ـهُمَا', 'their (two)'],
    ['ـهم', 'كتابهم', 'كِتَاب + ـهُمْ', 'their'],
    ['ـهن', 'كتابهن', 'كِتَاب + ـهُنَّ', 'their (fem.)'],
    ['ـك', 'كتابك', 'كِتَاب + ـكَ', 'your'],
    ['ـكما', 'كتابكما', 'كِتَاب + ـكُمَا', 'your (two)'],
    ['ـكم', 'كتابكم', 'كِتَاب + ـكُمْ', 'your (pl.)'],
    ['ـكن', 'كتابكن', 'كِتَاب + ـكُنَّ', 'your (fem. pl.)'],
    ['ـي (nouns)', 'كتابي', 'كِتَاب + ـي', 'my'],
    ['ـنا', 'كتابنا', 'كِتَاب + ـنَا', 'our'],
    ['ـني (verbs)', 'سألني', 'سَأَلَ + ـنِي', 'me'],
    ['ـه on a verb is an object', 'كتبه', 'كَتَبَ + ـهُ', 'him, it'],
  ])('%s', (_name, word, segments, gloss) => {
    const all = analyzeWord(testIndex(), word);
    const reading = all.find((a) => canon(a.segments.map((s) => s.form).join(' + ')) === canon(segments));
    expect(reading, `${word}: ${all.map((a) => a.voc).join(' / ')}`).toBeDefined();
    expect(reading?.segments.at(-1)?.gloss).toBe(gloss);
  });

  it('does not put ـي on a verb nor ـني on a noun', () => {
    const readings = [...analyzeWord(testIndex(), 'كتبي'), ...analyzeWord(testIndex(), 'كتابني')];
    expect(readings.some((a) => a.pos === 'verb' && a.segments.at(-1)?.form === 'ـي')).toBe(false);
    expect(readings.some((a) => a.pos === 'noun' && a.segments.at(-1)?.form === 'ـنِي')).toBe(false);
  });

  it('does not join the article and a pronoun (الرئيسهم)', () => {
    expect(analyzeWord(testIndex(), 'الرئيسهم')[0]?.known).toBe(false);
  });

  it('reads a final ه as a sloppy ة before it reads a pronoun after the article (الكتابه)', () => {
    const top = analyzeWord(testIndex(), 'الكتابه')[0];
    expect(top?.tier).toBe('folded');
    expect(top?.segments.map((s) => s.role)).toEqual(['proclitic', 'stem']);
  });
});
