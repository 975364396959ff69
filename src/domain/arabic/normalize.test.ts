import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, foldWithMap, NORMALISERS, searchText } from './normalize';

/** Per normaliser: [input, expected]. Rows where expected === input are the must-NOT-change cases. */
const TABLES: Record<string, Array<[string, string]>> = {
  removeHarakat: [
    ['كَتَبَ', 'كتب'],
    ['وقّعت', 'وقعت'],
    ['اتصالًا هاتفيًا', 'اتصالا هاتفيا'],
    ['اِسْتَقْبَلَ', 'استقبل'],
    ['هٰذا', 'هذا'], // dagger alif
    ['ا\u0654', 'ا'], // decomposed hamza above
    ['الرئيس', 'الرئيس'], // hamza on a seat is a letter, not a mark
    ['ماء', 'ماء'], // lone hamza stays
    ['الصين، لماذا؟', 'الصين، لماذا؟'], // punctuation stays
    ['الـصين', 'الـصين'], // tatweel is another rule
  ],
  removeTatweel: [
    ['الـصين', 'الصين'],
    ['جميـــل', 'جميل'],
    ['- الصين -', '- الصين -'], // hyphen is not tatweel
    ['كَتَبَ', 'كَتَبَ'],
  ],
  foldAlif: [
    ['أعمار', 'اعمار'],
    ['إعمار', 'اعمار'],
    ['آلي', 'الي'],
    ['ٱلكتاب', 'الكتاب'],
    ['ماء', 'ماء'], // lone hamza is not an alif
    ['مؤتمر رئيس', 'مؤتمر رئيس'], // other seats are another rule
    ['إلى', 'الى'], // the maqsura is another rule
  ],
  foldAlifMaqsura: [
    ['إلى', 'إلي'],
    ['مستوى', 'مستوي'],
    ['على', 'علي'],
    ['علا', 'علا'], // ى never becomes ا, nor ا ى
    ['في', 'في'],
  ],
  foldTaMarbuta: [
    ['دولة', 'دوله'],
    ['سورية', 'سوريه'],
    ['سوريا', 'سوريا'], // ية and يا are not merged
    ['دولت', 'دولت'], // ت stays ت
    ['وجه', 'وجه'],
  ],
  foldHamzaSeats: [
    ['مؤتمر', 'موتمر'],
    ['رئيس', 'رييس'],
    ['سماء', 'سماء'], // lone hamza stays
    ['أمن', 'أمن'], // alif seats are another rule
  ],
  removeFormatChars: [
    ['\u061Cالصين\u200Cسوريا', 'الصينسوريا'],
    ['\u200Fكتب\u200E', 'كتب'],
    ['\u2066CCTV\u2069 قالت', 'CCTV قالت'],
    ['a\u200Db', 'ab'],
    ['الصين، سوريا', 'الصين، سوريا'],
    ['كَتَبَ', 'كَتَبَ'],
  ],
  latinDigits: [
    ['٢٠٢٣', '2023'],
    ['۲۰۲۳', '2023'],
    ['١٩٩٠ و 22', '1990 و 22'],
    ['٣٫٥', '3٫5'], // the Arabic decimal separator is kept
    ['2023', '2023'],
  ],
  lowerCaseLatin: [
    ['CCTV', 'cctv'],
    ['Xi Jinping', 'xi jinping'],
    ['ÉTÉ', 'été'],
    ['الصين ٢٠٢٣', 'الصين ٢٠٢٣'],
  ],
  collapseWhitespace: [
    ['  الصين   سوريا \n', 'الصين سوريا'],
    ['a\t\u00A0b', 'a b'],
    ['الصين سوريا', 'الصين سوريا'],
    ['الصين\u200Cسوريا', 'الصين\u200Cسوريا'], // ZWNJ is not white space
  ],
};

describe('NORMALISERS', () => {
  it('has a table for every rule with changed and unchanged rows', () => {
    expect(Object.keys(TABLES).sort()).toEqual(NORMALISERS.map((n) => n.name).sort());
    for (const rows of Object.values(TABLES)) {
      expect(rows.some(([input, out]) => input !== out)).toBe(true);
      expect(rows.some(([input, out]) => input === out)).toBe(true);
    }
  });

  describe.each(NORMALISERS.map((n) => [n.name, n] as const))('%s', (name, normaliser) => {
    it('has a description by example', () => {
      expect(normaliser.description).toContain('→');
    });
    it.each(TABLES[name] ?? [])('%s → %s', (input, expected) => {
      expect(normaliser.process(input)).toBe(expected);
    });
  });
});

describe('foldForSearch', () => {
  it('folds one code point at a time exactly as the normalisers in order do on the whole text', () => {
    const byRules = (text: string) => NORMALISERS.reduce((acc, n) => n.process(acc), text);
    const samples = ['وقّعت هٰذا الـصين', 'إعادة الإعمار', 'CCTV  and\n٢٠٢٤', 'مُؤْتَمَر شِي', '\u200Fرئيس\u061C', ''];
    for (const s of samples) expect(foldForSearch(s)).toBe(byRules(s));
    const alphabet = [...'ابتأإآٱىةؤئء \n\tAbZ٣۴\u064B\u064E\u0651\u0652\u0670\u0640\u200C\u200F\u061C-.،'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => foldForSearch(chars.join('')) === byRules(chars.join(''))));
  });

  it.each([
    ['search fold merges إعمار and أعمار (never use it for lookup)', 'إعمار', 'أعمار'],
    ['hamza spelled as a mark equals the precomposed letter', 'ا\u0654من', 'أمن'],
    ['ئ and ؤ fold like their seats', 'الرئيس مؤتمر', 'الرييس موتمر'],
    ['tatweel and marks inside a word do not split it', 'الـصِّيـن', 'الصين'],
    ['digits of both Arabic sets', '٢٠٢٣ ۲۰۲۳', '2023 2023'],
  ])('%s', (_name, a, b) => {
    expect(foldForSearch(a)).toBe(foldForSearch(b));
  });

  it.each([
    ['كتب', 'كتاب'], // no letter disappears beyond the listed folds
    ['سورية', 'سوريا'],
    ['علا', 'على'],
    ['سماء', 'سما'],
    ['دولة', 'دولت'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(foldForSearch(a)).not.toBe(foldForSearch(b));
  });

  it('gives one space between words, none at the ends', () => {
    expect(foldForSearch(' \u200Fكتب  \u061C قال ')).toBe('كتب قال');
  });
});

describe('foldWithMap', () => {
  const samples = [
    'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ',
    '  \u061Cالـصين \u200C  CCTV ٢٠٢٣ ',
    'هٰذا مستوًى جديدٌ',
    'İstanbul 𝐀 إلى',
    '',
  ];

  it.each(samples)('folds %j exactly like foldForSearch', (text) => {
    expect(foldWithMap(text).folded).toBe(foldForSearch(text));
  });

  it.each(samples)('maps every folded index of %j back to its source', (text) => {
    const { folded, toOriginal } = foldWithMap(text);
    expect(toOriginal).toHaveLength(folded.length + 1);
    expect(toOriginal.at(-1)).toBe(text.length);
    for (let i = 0; i < folded.length; i++) {
      const offset = toOriginal[i] ?? -1;
      const source = String.fromCodePoint(text.codePointAt(offset) ?? 0);
      const unit = folded.charAt(i);
      if (unit === ' ') expect(source).toMatch(/^\s$/u);
      else expect(foldForSearch(source)).toContain(unit);
      if (i > 0) expect(offset).toBeGreaterThanOrEqual(toOriginal[i - 1] ?? 0);
    }
  });

  it('maps a collapsed space to the first white-space character of its run', () => {
    const { folded, toOriginal } = foldWithMap('كتب \u200C  قال');
    expect(folded).toBe('كتب قال');
    expect(toOriginal).toEqual([0, 1, 2, 3, 7, 8, 9, 10]);
  });
});

/** The original text of every match. */
const found = (haystack: string, needle: string) =>
  searchText(haystack, needle).map(({ start, end }) => haystack.slice(start, end));

describe('searchText', () => {
  it.each([
    ['hamza on alif', 'عن الإستقرار في المنطقة', 'الاستقرار', ['الإستقرار']],
    ['shadda in the text', 'وقّعت الصين اتفاقية', 'وقعت', ['وقّعت']],
    ['marks in the needle', 'وقعت الصين', 'وَقَّعَتْ', ['وقعت']],
    ['full vocalisation, last mark included', 'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ', 'الرئيس', ['الرَّئِيسُ']],
    ['dagger alif', 'هٰذا الكتاب', 'هذا', ['هٰذا']],
    ['tatweel inside the word', 'الـصين والصين', 'الصين', ['الـصين', 'الصين']],
    ['Latin, any case', 'قالت CCTV إن cctv', 'Cctv', ['CCTV', 'cctv']],
    ['Arabic-Indic digits by Latin digits', 'في عام ٢٠٢٣م', '2023', ['٢٠٢٣']],
    ['Latin digits by Arabic-Indic digits', 'في عام 2023', '٢٠٢٣', ['2023']],
    ['ta marbuta by ha', 'الدولة', 'الدوله', ['الدولة']],
    ['across collapsed white space', 'مجلس   الأمن', 'مجلس الامن', ['مجلس   الأمن']],
    ['across a format character', 'الصين\u200Cسوريا', 'الصينسوريا', ['الصين\u200Cسوريا']],
    ['trailing format character and tatweel are not part of the match', 'كتبـ\u200F قال', 'كتب', ['كتب']],
    ['leading marks belong to the letter before', 'كَتَبَ', 'تب', ['تَبَ']],
  ])('%s', (_name, haystack, needle, expected) => {
    expect(found(haystack, needle)).toEqual(expected);
  });

  it.each([
    ['كتب is not كتاب', 'قرأ الكتاب', 'كتب'],
    ['كتاب is not كتب', 'الكتب', 'كتاب'],
    ['سورية (folds to سوريه) does not find سوريا', 'زار سوريا', 'سورية'],
    ['سوريا does not find سورية', 'زار سورية', 'سوريا'],
  ])('%s', (_name, haystack, needle) => {
    expect(searchText(haystack, needle)).toEqual([]);
  });

  it('returns nothing for an empty, blank or marks-only needle', () => {
    expect(searchText('الصين', '')).toEqual([]);
    expect(searchText('الصين', '  \u200C')).toEqual([]);
    expect(searchText('الصين', 'ـَ')).toEqual([]);
  });

  it('finds every non-overlapping match with original offsets', () => {
    const haystack = 'أمن الأمن وَالأَمْن';
    expect(searchText(haystack, 'امن')).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 9 },
      { start: 14, end: 19 },
    ]);
    expect(searchText('ااا', 'اا')).toEqual([{ start: 0, end: 2 }]);
  });
});
