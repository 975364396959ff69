import { describe, expect, it } from 'vitest';
import { stripMarks } from './chars';
import { countWords, tokenize } from './tokenize';

const forms = (text: string) => tokenize(text).map((t) => t.form);

describe('tokenize', () => {
  it.each([
    ['plain words', 'استقبل الرئيس الصيني', ['استقبل', 'الرئيس', 'الصيني']],
    ['harakat and shadda stay inside the word', 'وقّعت اتصالًا هاتفيًا', ['وقّعت', 'اتصالًا', 'هاتفيًا']],
    ['dagger alif does not split هٰذا', 'هٰذا الكتاب', ['هٰذا', 'الكتاب']],
    ['tatweel stays inside the word', 'الـصين جميـــل', ['الـصين', 'جميـــل']],
    ['Arabic comma, semicolon and question mark are punctuation', 'الصين، سوريا؛ لماذا؟', ['الصين', 'سوريا', 'لماذا']],
    ['digits are not words', 'الجمعة 22 سبتمبر/أيلول 2023، ١٩٩٠', ['الجمعة', 'سبتمبر', 'أيلول']],
    ['Latin inside Arabic is not a word', 'قالت CCTV إن', ['قالت', 'إن']],
    ['the Arabic letter mark and ZWNJ do not stick to words', '\u061Cالصين\u200Cسوريا', ['الصين', 'سوريا']],
    ['quotes around a word', '“مستوى جديد”', ['مستوى', 'جديد']],
  ])('%s', (_name, text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('gives offsets that slice the original text', () => {
    const text = 'والخميس، اعتبرت وزارة الخارجية';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.form);
  });

  it('ignores a lone tatweel', () => {
    expect(forms('ـ الصين')).toEqual(['الصين']);
  });

  it('counts words as runs between white space', () => {
    expect(countWords('  استقبل  الرئيس\nالصيني ')).toBe(3);
    expect(countWords('')).toBe(0);
  });
});

describe('stripMarks', () => {
  it('removes harakat, dagger alif and tatweel only', () => {
    expect(stripMarks('اِسْتَقْبَلَ هٰذِهِ الـصِّين')).toBe('استقبل هذه الصين');
  });
});
