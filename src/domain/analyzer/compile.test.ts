import { describe, expect, it } from 'vitest';
import { lemmaFileSchema, nameFileSchema, termFileSchema } from '../lexicon/schema';
import { compileLexicon } from './compile';
import { placeNisba } from './place-nisba';
import { strictKey } from './orthography';
import { hitsAt, idsAt } from './store';
import { TEST_LEMMAS, TEST_NAMES, TEST_TERMS, testIndex } from './test-lexicon';
import type { NounHit } from './types';

const canon = (text: string): string => text.normalize('NFC');

/** The classes of the nominal stems stored under a key. */
const nounClasses = (key: string): string[] =>
  hitsAt(testIndex(), key)
    .filter((h): h is NounHit => h.type === 'noun')
    .map((h) => h.cls);

describe('the fixture lexicon', () => {
  it('is valid in the team’s schema', () => {
    expect(lemmaFileSchema.safeParse(TEST_LEMMAS).success).toBe(true);
    expect(nameFileSchema.safeParse(TEST_NAMES).success).toBe(true);
    expect(termFileSchema.safeParse(TEST_TERMS).success).toBe(true);
    expect(TEST_LEMMAS.length + TEST_NAMES.length + TEST_TERMS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('compileLexicon', () => {
  it('indexes stems, not inflected forms', () => {
    const index = testIndex();
    expect(index.strict.has('كتاب')).toBe(true);
    expect(index.strict.has('كتابها')).toBe(false);
    expect(index.strict.has('الكتاب')).toBe(false);
  });

  it('stores broken plurals and irregular feminines as stems of their lemma', () => {
    expect(nounClasses('كتب')).toContain('plural');
    expect(nounClasses('رؤساء')).toContain('plural');
    expect(nounClasses('كبرى')).toEqual(['feminine']);
  });

  it('does not store a listed plural the sound-plural rules already read', () => {
    expect(nounClasses('حكومات')).toEqual([]);
  });

  it('stores both spellings of a noun in ـٍ (قاض / قاضي), however the lexicon cites it', () => {
    expect(nounClasses('قاض')).toEqual(['indefinite']);
    expect(nounClasses('قاضي')).toEqual(['singular']);
    expect(nounClasses('كاف')).toEqual(['indefinite']);
    expect(nounClasses('كافي')).toEqual(['singular']);
    // A nisba in ـِيّ has no such spelling.
    expect(nounClasses('سور')).toEqual([]);
  });

  it('stores the written stems of a verb under the cells they serve', () => {
    const verbKeys = (key: string): number => hitsAt(testIndex(), key).filter((h) => h.type === 'verb').length;
    for (const key of ['قال', 'قل', 'قول', 'قيل', 'دعا', 'دع', 'دعو', 'رد', 'ردد', 'سأل', 'سئل']) {
      expect(verbKeys(key), key).toBeGreaterThan(0);
    }
  });

  it('adds participles of forms II–X and listed masdars, but not over a lexicon word from the same root', () => {
    expect(nounClasses('مستخدم')).toEqual(['active-participle', 'passive-participle']);
    expect(nounClasses('استخدام')).toEqual(['masdar']);
    expect(nounClasses('إعادة')).toEqual(['singular']);
  });

  it('stores a folded key only where folding changes the strict one', () => {
    const index = testIndex();
    expect(idsAt(index.folded, 'اعمار')).toHaveLength(2);
    expect(index.folded.has('كتاب')).toBe(false);
  });

  it('keys multi-word names and terms by their first word, longest first', () => {
    const phrases = testIndex().phrases.get('مجلس') ?? [];
    expect(phrases.map((p) => strictKey(p.text))).toEqual(['مجلس الأمن الدولي', 'مجلس الأمن']);
    expect(testIndex().phrases.get('شي')?.[0]?.kind).toBe('name');
    expect(testIndex().phrases.get('الأمم')?.[0]?.kind).toBe('institution');
  });

  it('derives the nisba of a place name when no nationality spells it', () => {
    expect(nounClasses('صيني')).toEqual(['place-nisba']);
    expect(nounClasses('سوري')).toEqual(['nationality']);
  });

  it.each([
    ['الصِّين', 'صِينِيّ'],
    ['سُورِيَا', 'سُورِيّ'],
    ['أَمْرِيكَا', 'أَمْرِيكِيّ'],
    ['مِصْر', 'مِصْرِيّ'],
    ['لُبْنَان', 'لُبْنَانِيّ'],
    ['العِرَاق', 'عِرَاقِيّ'],
  ])('place nisba: %s → %s', (name, nisba) => {
    expect(canon(placeNisba(name))).toBe(canon(nisba));
  });

  it('compiles an empty lexicon', () => {
    expect(compileLexicon([]).strict.size).toBe(0);
  });
});
