import { describe, expect, it } from 'vitest';

/** Marks in canonical order, so a test does not depend on the order they were typed in. */
const canon = (text: string): string => text.normalize('NFC');
import {
  doubleFirstLetter,
  foldKey,
  marksAgree,
  readPrinted,
  regularHamzaSeats,
  setFinalVowel,
  strictKey,
  stripFinalVowel,
} from './orthography';

describe('lookup keys', () => {
  it.each([
    ['marks and dagger alif go, letters stay', 'هَٰذَا', 'هذا'],
    ['tatweel goes', 'الـصين', 'الصين'],
    ['hamza seats, alif maqsura and ta marbuta are kept', 'إِعْمَارٌ أَعْلَى مَسْؤُولَة', 'إعمار أعلى مسؤولة'],
    ['the wasla alif is read as alif', 'ٱلْكِتَاب', 'الكتاب'],
  ])('strict: %s', (_name, text, key) => {
    expect(strictKey(text)).toBe(key);
  });

  it.each([
    ['alif forms fold to ا', 'إعمار', 'اعمار'],
    ['أعمار folds to the same key (only a fallback)', 'أعمار', 'اعمار'],
    ['ى folds to ي', 'إلى', 'الي'],
    ['ة folds to ه', 'حكومة', 'حكومه'],
    ['hamza seats ؤ ئ fold to ء', 'مسؤول مسئول', 'مسءول مسءول'],
  ])('folded: %s', (_name, key, folded) => {
    expect(foldKey(key)).toBe(folded);
    expect(foldKey(key)).toHaveLength(key.length);
  });
});

describe('readPrinted', () => {
  it('reads the marks printed on each letter and drops tatweel', () => {
    const word = readPrinted('وقّـعت');
    expect(word.bare).toBe('وقعت');
    expect(word.marks).toEqual(['', 'ّ', '', '']);
    expect(word.vocalised).toBe(true);
  });

  it('composes a hamza written as a combining mark', () => {
    expect(readPrinted('ا\u0654علن').bare).toBe('أعلن');
  });

  it('treats a word with no harakat as unvocalised', () => {
    expect(readPrinted('الرئيس').vocalised).toBe(false);
  });
});

describe('marksAgree', () => {
  it.each([
    ['a printed shadda needs a shadda', 'وقّعت', 'وَقَعَتْ', false],
    ['a printed shadda matches', 'وقّعت', 'وَقَّعَتْ', true],
    ['a vowel without shadda rules a doubled letter out', 'وَقَعَتْ', 'وَقَّعَتْ', false],
    ['a contradicting vowel rules a reading out', 'إِعمار', 'أَعْمَار', false],
    ['a matching vowel passes', 'إِعمار', 'إِعْمَار', true],
    ['tanween before alif is not a dual construct', 'رئيسًا', 'رَئِيسَا', false],
    ['the final letter may carry any case vowel', 'كتابُ', 'كِتَاب', true],
    ['unmarked letters accept anything', 'الرئيس', 'الرَّئِيسُ', true],
    ['a printed sukun contradicts a vowel', 'كتْب', 'كُتُب', false],
    ['a final sukun is the pause', 'كَتَبْ', 'كَتَبَ', true],
    ['a final vowel must agree where the reading has one (كَتَبْتُ is not كَتَبْتَ)', 'كَتَبْتُ', 'كَتَبْتَ', false],
  ])('%s', (_name, printed, voc, agree) => {
    expect(marksAgree(readPrinted(printed), voc)).toBe(agree);
  });
});

describe('vocalised string edits', () => {
  it.each([
    ['sets the final vowel', 'كَتَب', 'ْ', 'كَتَبْ'],
    ['keeps a shadda', 'رَدّ', 'َ', 'رَدَّ'],
    ['writes no sukun on a long vowel', 'بَقِي', 'ْ', 'بَقِي'],
  ])('%s', (_name, voc, mark, out) => {
    expect(canon(setFinalVowel(voc, mark))).toBe(canon(out));
  });

  it('strips a final vowel and doubles a sun letter', () => {
    expect(stripFinalVowel('كَتَبَ')).toBe('كَتَب');
    expect(canon(doubleFirstLetter('رَئِيس'))).toBe(canon('رَّئِيس'));
  });

  it.each([
    ['kasra wins over damma (passive)', 'سُأِلَ', 'سُئِلَ'],
    ['damma wins over fatha', 'قَرَأُوا', 'قَرَؤُوا'],
    ['a final hamza follows the vowel before it', 'يَقْرَؤُ', 'يَقْرَأُ'],
    ['after long ā a final hamza sits on the line', 'جَاأَ', 'جَاءَ'],
    ['sukun on the hamza: the vowel before decides', 'جِأْتُ', 'جِئْتُ'],
    ['an initial hamza is left alone', 'أَعْلَنَ', 'أَعْلَنَ'],
  ])('hamza seats: %s', (_name, voc, out) => {
    expect(canon(regularHamzaSeats(voc))).toBe(canon(out));
  });
});
