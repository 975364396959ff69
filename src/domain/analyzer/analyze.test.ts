import { describe, expect, it } from 'vitest';
import { tokenAnalysisSchema } from '../analysis';
import { analyzeWord } from './analyze';
import { foldKey, strictKey } from './orthography';
import { testIndex } from './test-lexicon';
import type { WordAnalysis } from './types';

const canon = (text: string): string => text.normalize('NFC');
const all = (word: string): WordAnalysis[] => analyzeWord(testIndex(), word);
const top = (word: string): WordAnalysis | undefined => all(word)[0];
/** The printed letters of each segment of a reading: "و|الد". */
const split = (a: WordAnalysis | undefined): string =>
  (a?.segments ?? []).map((s) => s.surface ?? s.form.replace(/[\u064B-\u065F\u0670ـ]/gu, '')).join('|');

describe('whole words before splits (ARABIC.md: over-stripping invents lemmas)', () => {
  it.each([
    ['كانت is not ك + انت', 'كانت', 'كَانَ', 'كانت'],
    ['لاحظ is not ل + احظ', 'لاحظ', 'لَاحَظَ', 'لاحظ'],
    ['سيجار is not س + يجار', 'سيجار', 'سِيجَار', 'سيجار'],
    ['والي is not و + الي', 'والي', 'وَالٍ', 'والي'],
    ['بيان is not ب + يان', 'بيان', 'بَيَان', 'بيان'],
    ['والد is not و + الد', 'والد', 'وَالِد', 'والد'],
    ['فيلم is not ف + يلم', 'فيلم', 'فِيلْم', 'فيلم'],
    ['كتاب is not ك + تاب', 'كتاب', 'كِتَاب', 'كتاب'],
    ['لبنان is a name, not ل + بنان', 'لبنان', 'لُبْنَان', 'لبنان'],
    ['وزارة is not و + زارة', 'وزارة', 'وِزَارَة', 'وزارة'],
    ['سلام is not س + لام', 'سلام', 'سَلَام', 'سلام'],
    ['بلد is not ب + لد', 'بلد', 'بَلَد', 'بلد'],
    ['أمن is not أ + من', 'أمن', 'أَمْن', 'أمن'],
    ['مسؤول is a word, not a participle split', 'مسؤول', 'مَسْؤُول', 'مسؤول'],
  ])('%s', (_name, word, lemma, segments) => {
    const best = top(word);
    expect(best?.lemma).toBe(canon(lemma));
    expect(split(best)).toBe(segments);
  });

  it('never accepts a split whose stem is not in the lexicon', () => {
    expect(all('كانت').some((a) => a.segments[0]?.form === 'كَ')).toBe(false);
    expect(all('لاحظ').some((a) => a.segments.length > 1)).toBe(false);
    expect(all('والد').some((a) => a.segments.length > 1)).toBe(false);
  });

  it('ranks a one-word variant of a longer name below the common word (العربية)', () => {
    const readings = all('العربية');
    expect(readings[0]?.lemma).toBe(canon('عَرَبِيّ'));
    expect(readings.find((a) => a.pos === 'proper noun')?.gloss).toBe('Al Arabiya');
  });

  it('reads the genitive of the tens (وستين)', () => {
    expect(top('وستين')?.lemma).toBe(canon('سِتُّون'));
  });

  it('keeps the other readings, ranked (ل + بنان after the name)', () => {
    const readings = all('لبنان');
    expect(readings.map((a) => split(a))).toEqual(['لبنان', 'ل|بنان']);
    expect(readings[0]?.score).toBeGreaterThan(readings[1]?.score ?? 0);
  });

  it('shows homographs side by side (كتب: kutub and kataba)', () => {
    const lemmas = all('كتب').map((a) => a.lemma);
    expect(lemmas).toContain(canon('كِتَاب'));
    expect(lemmas).toContain(canon('كَتَبَ'));
  });
});

describe('normalisation tiers', () => {
  it('reads إعمار strictly as reconstruction, with أعمار "ages" only as a folded fallback', () => {
    const readings = all('إعمار');
    expect(readings[0]?.lemma).toBe(canon('إِعْمَار'));
    expect(readings[0]?.tier).toBe('strict');
    expect(readings.find((a) => a.lemma === canon('عُمْر'))?.tier).toBe('folded');
  });

  it('reads إلى strictly as the preposition, with آلي "automatic" only as a folded fallback', () => {
    const readings = all('إلى');
    expect(readings[0]?.lemma).toBe(canon('إِلَى'));
    expect(readings[0]?.tier).toBe('strict');
    const automatic = readings.find((a) => a.lemma === canon('آلِيّ'));
    expect(automatic?.tier).toBe('folded');
    expect(automatic?.score).toBeLessThan(readings[0]?.score ?? 0);
  });

  it('finds words printed without their hamza through the folded tier (اعلن، الى، مسئول)', () => {
    expect(top('اعلن')?.lemma).toBe(canon('أَعْلَنَ'));
    expect(top('اعلن')?.tier).toBe('folded');
    expect(top('الى')?.lemma).toBe(canon('إِلَى'));
    expect(top('مسئول')?.lemma).toBe(canon('مَسْؤُول'));
  });

  it('reads a final ي as ى and ه as ة only in the folded tier (علي as على; حكومه)', () => {
    expect(all('علي').find((a) => a.lemma === canon('عَلَى'))).toBeDefined();
    expect(top('حكومه')?.lemma).toBe(canon('حُكُومَة'));
    expect(top('حكومه')?.tier).toBe('folded');
  });

  it('does not offer a lemma again through a fold when it was read strictly', () => {
    expect(all('إلى').filter((a) => a.lemma === canon('إِلَى'))).toHaveLength(1);
  });
});

describe('printed diacritics filter the readings', () => {
  it('a shadda rules out readings without one (وقّعت is form II, not وَقَعَتْ)', () => {
    const readings = all('وقّعت');
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((a) => a.lemma === canon('وَقَّعَ'))).toBe(true);
  });

  it('vowels without a shadda rule the doubled reading out (وَقَعَتْ is form I)', () => {
    expect(all('وَقَعَتْ').map((a) => a.lemma)).toEqual([canon('وَقَعَ')]);
  });

  it('a kasra under the alif picks إعمار even when the hamza is not printed (اِعمار)', () => {
    expect(all('اِعمار').map((a) => a.lemma)).toEqual([canon('إِعْمَار')]);
    expect(all('إِعمار').map((a) => a.lemma)).toEqual([canon('إِعْمَار')]);
  });

  it('marks choose between the persons of the perfect (كَتَبْتُ is 1st person)', () => {
    expect(all('كَتَبْتُ').map((a) => a.features)).toEqual(['form I, perfect, 1st person singular']);
    expect(all('كَتَبَتْ').map((a) => a.features)).toEqual(['form I, perfect, 3rd person feminine singular']);
  });

  it('tanween picks the indefinite accusative over the dual construct (رئيسًا، رسمياً)', () => {
    expect(all('رئيسًا').map((a) => a.features)).toEqual(['indefinite accusative']);
    expect(all('رسمياً').map((a) => a.features)).toEqual(['indefinite accusative']);
    expect(top('أيضاً')?.lemma).toBe(canon('أَيْضًا'));
  });

  it('a contradiction everywhere leaves the word unknown rather than misread', () => {
    expect(top('كِتُب')?.known).toBe(false);
  });

  it('ignores tatweel and the dagger alif', () => {
    expect(top('كتـــاب')?.lemma).toBe(canon('كِتَاب'));
    expect(top('هٰذا')?.lemma).toBe(canon('هَٰذَا'));
  });
});

describe('spelling at segment boundaries', () => {
  it('reads ة printed ت before a pronoun and says so (حكومته)', () => {
    const best = top('حكومته');
    expect(best?.segments.map((s) => [canon(s.form), s.surface])).toEqual([
      [canon('حُكُومَة'), 'حكومت'],
      [canon('ـهُ'), undefined],
    ]);
  });

  it('reads لل as ل + ال, the article’s alif dropped (للرئيس)', () => {
    const best = top('للرئيس');
    expect(best?.segments.map((s) => s.surface)).toEqual([undefined, 'ل', undefined]);
    expect(canon(best?.voc ?? '')).toBe(canon('لِلرَّئِيس'));
  });

  it('never adds the article to a name the lexicon prints without it (السورية is the adjective)', () => {
    expect(top('السورية')?.lemma).toBe(canon('سُورِيّ'));
    expect(all('السورية').some((a) => a.pos === 'proper noun')).toBe(false);
    expect(top('سورية')?.pos).toBe('proper noun');
  });

  it('reads names with their article after a proclitic (والصين، للصين)', () => {
    expect(split(top('والصين'))).toBe('و|ال|صين');
    expect(split(top('للصين'))).toBe('ل|ل|صين');
    expect(top('للصين')?.pos).toBe('proper noun');
  });
});

describe('unknown words', () => {
  it('returns one placeholder marked known: false', () => {
    const readings = all('كيبوتس');
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ known: false, pos: 'noun', root: null, gloss: '(not in the lexicon)' });
  });

  it('splits only the article (and و/ف, a preposition) off an unknown word', () => {
    expect(split(top('والكيبوتس'))).toBe('و|ال|كيبوتس');
    expect(split(top('بكيبوتس'))).toBe('بكيبوتس');
  });

  it('marks a word with non-Arabic letters or a final نغ as foreign', () => {
    expect(top('تشونغ')?.origin).toBe('foreign');
    expect(top('گاندي')?.origin).toBe('foreign');
    expect(top('كيبوتس')?.origin).toBe('arabic');
  });

  it('returns nothing for a string with no letters', () => {
    expect(all('ـــ')).toEqual([]);
  });
});

describe('the shape of an analysis', () => {
  it.each(['والحكومة', 'للرئيس', 'عليه', 'منّي', 'يستخدمون', 'حكومته', 'السوريون', 'كيبوتس', 'الاتصال', 'قاض', 'إليّ'])(
    '%s fits the curated TokenAnalysis schema',
    (word) => {
      for (const a of all(word)) {
        const { score, tier, known, ...token } = a;
        expect(tokenAnalysisSchema.safeParse({ p: 'p1', start: 0, end: word.length, ...token }).error).toBeUndefined();
        expect(typeof score).toBe('number');
        expect(['strict', 'folded']).toContain(tier);
        expect(typeof known).toBe('boolean');
      }
    },
  );

  it('vocalises the whole word from its parts, letter for letter', () => {
    for (const word of ['وبالحكومة', 'كتبوه', 'رسميا', 'مستواه', 'إليهم', 'سيكون']) {
      for (const a of all(word)) expect(foldKey(strictKey(a.voc)), `${word}: ${a.voc}`).toBe(foldKey(word));
    }
  });

  it('gives the first lexicon gloss and the others as senses', () => {
    expect(top('رئيس')).toMatchObject({ gloss: 'president', senses: ['head', 'chief'] });
  });

  it('is sorted best first and holds at most ten readings', () => {
    for (const word of ['كتب', 'رسميا', 'مسؤولي', 'والي']) {
      const scores = all(word).map((a) => a.score);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      expect(scores.length).toBeLessThanOrEqual(10);
    }
  });
});

describe('people named by family name alone', () => {
  it('reads the last word of a person’s name as that person, and a typed-apart و as “and”', () => {
    expect(all('ترامب').map((a) => [a.pos, a.gloss])).toEqual([
      ['proper noun', 'Ivanka Trump'],
      ['proper noun', 'Donald Trump'],
    ]);
    expect(top('وترامب')).toMatchObject({ gloss: 'Ivanka Trump', segments: [{ form: 'وَ' }, { role: 'stem' }] });
    expect(top('و')).toMatchObject({ pos: 'conjunction', gloss: 'and' });
  });

  it('reads the first word where the family name comes first (شي جين بينغ), and not the last', () => {
    expect(top('شي')).toMatchObject({ pos: 'proper noun', gloss: 'Xi Jinping' });
    expect(top('بينغ')?.known).toBe(false);
    // A given name alone is not the person.
    expect(top('دونالد')?.known).toBe(false);
  });
});

describe('names spelled like common words', () => {
  it('puts a town’s name below the common word with its letters, a country’s above', () => {
    expect(all('العقبة').map((a) => a.gloss)).toEqual(['obstacle', 'Aqaba']);
    expect(all('المغرب').map((a) => a.gloss)).toEqual(['Morocco', 'sunset']);
  });
});

describe('nationalities', () => {
  it('reads a listed broken plural of a nationality, with the article and clitics', () => {
    expect(top('الأتراك')).toMatchObject({ lemma: 'تُرْكِيّ', features: expect.stringContaining('broken plural') as unknown });
    expect(top('وللأتراك')).toMatchObject({ lemma: 'تُرْكِيّ' });
    expect(top('أتراكيون')?.known).toBe(false);
  });
});

describe('two words printed without a space', () => {
  it('splits after a letter or mark that only ends a word (ة, ى, tanween), when both sides are words', () => {
    const joined = top('حكومةلبنان');
    expect(joined).toMatchObject({ known: true, gloss: 'government + Lebanon', features: 'two words printed without a space (see the parts)' });
    expect(joined?.segments.map((s) => s.role)).toEqual(['stem', 'stem']);
    expect(top('كتابًاللرئيس')?.segments.map((s) => s.form)).toEqual([canon('كِتَابًا'), canon('لِ'), canon('الـ'), canon('رَئِيس')]);
  });

  it('leaves an unknown word whole otherwise: a foreign name is not cut into two words', () => {
    for (const word of ['برلين', 'حكومةكيبوتس', 'كولونيا']) expect(top(word)?.known).toBe(false);
  });
});
