import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { testIndex } from './test-lexicon';

const canon = (text: string): string => text.normalize('NFC');
const units = (text: string) => analyzeText(testIndex(), text).units.map((u) => [u.text, u.gloss]);

describe('analyzeText: words and offsets', () => {
  it('gives offsets into the original text, diacritics and tatweel included', () => {
    const text = 'وقّعت الـحكومةُ، اتّفاقًا هٰذا؟ (الرئيس)';
    const { tokens } = analyzeText(testIndex(), text);
    expect(tokens.map((t) => t.form)).toEqual(['وقّعت', 'الـحكومةُ', 'اتّفاقًا', 'هٰذا', 'الرئيس']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
    expect(tokens[1]?.analyses[0]?.lemma).toBe(canon('حُكُومَة'));
    expect(tokens[3]?.analyses[0]?.lemma).toBe(canon('هَٰذَا'));
  });

  it('analyses every token, unknown ones included, so coverage can be counted', () => {
    const { tokens } = analyzeText(testIndex(), 'قال الكيبوتس');
    expect(tokens.map((t) => t.analyses[0]?.known)).toEqual([true, false]);
  });

  it('skips digits, Latin and punctuation', () => {
    const { tokens } = analyzeText(testIndex(), 'في 2023، قالت CCTV: «نعم»');
    expect(tokens.map((t) => t.form)).toEqual(['في', 'قالت', 'نعم']);
  });

  it('analyses a repeated word once and gives each occurrence its own offsets', () => {
    const { tokens } = analyzeText(testIndex(), 'الكتاب والكتاب الكتاب');
    expect(tokens[0]?.analyses).toBe(tokens[2]?.analyses);
    expect(tokens.map((t) => t.start)).toEqual([0, 7, 15]);
  });
});

describe('analyzeText: names and terms', () => {
  it('reads شي جين بينغ as one name, and its words as parts of it', () => {
    const result = analyzeText(testIndex(), 'استقبل شي جين بينغ الرئيس');
    expect(result.units).toMatchObject([{ text: 'شي جين بينغ', kind: 'name', gloss: 'Xi Jinping', start: 7, end: 18 }]);
    const jin = result.tokens[2]?.analyses[0];
    expect(jin).toMatchObject({ known: true, pos: 'proper noun', gloss: '(part of) Xi Jinping' });
    expect(jin?.voc).toBe(canon('جِين'));
  });

  it('reads a first word that carries a proclitic as the proclitic + part of the name (ودونالد ترامب)', () => {
    const result = analyzeText(testIndex(), 'التقى كيم ودونالد ترامب');
    expect(result.units).toMatchObject([{ text: 'ودونالد ترامب', gloss: '(and) Donald Trump' }]);
    const head = result.tokens[2]?.analyses[0];
    expect(head).toMatchObject({ known: true, pos: 'proper noun', lemma: canon('دُونَالْد تْرَامْب') });
    expect(head?.segments.map((s) => [s.role, s.form])).toEqual([
      ['proclitic', canon('وَ')],
      ['stem', canon('دُونَالْد')],
    ]);
    expect(head?.voc).toBe(canon('وَدُونَالْد'));
  });

  it('reads every word of a person’s name as part of it first, keeping its own readings after (الأسد: Assad, then lion)', () => {
    const { tokens } = analyzeText(testIndex(), 'قال بشار الأسد');
    expect(tokens[2]?.analyses.map((a) => a.gloss)).toEqual(['(part of) Bashar al-Assad', 'lion']);
    // The words of a term keep their own reading.
    expect(analyzeText(testIndex(), 'مجلس الأمن').tokens[0]?.analyses[0]?.lemma).toBe(canon('مَجْلِس'));
  });

  it('reads one name alone as the person the text has named in full (ترامب after دونالد ترامب)', () => {
    const top = (text: string) => analyzeText(testIndex(), text).tokens.at(-1)?.analyses[0]?.gloss;
    expect(top('وقال ترامب')).toBe('Ivanka Trump');
    expect(top('التقى دونالد ترامب الوزير، وقال ترامب')).toBe('Donald Trump');
    expect(top('قال بشار الأسد إن الأسد')).toBe('Bashar al-Assad');
    expect(top('رأى الأسد')).toBe('lion');
  });

  it('matches the longest phrase first (مجلس الأمن الدولي before مجلس الأمن)', () => {
    expect(units('مجلس الأمن الدولي')).toEqual([['مجلس الأمن الدولي', 'the UN Security Council']]);
    expect(units('مجلس الأمن اليوم')).toEqual([['مجلس الأمن', 'the Security Council']]);
  });

  it('allows a proclitic on the first word and says so in the gloss', () => {
    expect(units('ومجلس الأمن الدولي')).toEqual([['ومجلس الأمن الدولي', '(and) the UN Security Council']]);
    expect(units('بمجلس الأمن')).toEqual([['بمجلس الأمن', '(with) the Security Council']]);
  });

  it('reads ل + ال as لل on the first word (للحزام والطريق)', () => {
    expect(units('دعم للحزام والطريق')).toEqual([['للحزام والطريق', '(for) the Belt and Road']]);
  });

  it('keeps the article as printed: a phrase with ال does not match without it', () => {
    expect(units('الحزام والطريق')).toEqual([['الحزام والطريق', 'the Belt and Road']]);
    expect(units('حزام والطريق')).toEqual([]);
    expect(units('المجلس الأمن')).toEqual([]);
  });

  it('matches through diacritics, tatweel and the folded tier (إعادة الاعمار)', () => {
    const result = analyzeText(testIndex(), 'إعادةُ الإعمـار ثم إعادة الاعمار');
    expect(result.units.map((u) => [u.text, u.tier])).toEqual([
      ['إعادةُ الإعمـار', 'strict'],
      ['إعادة الاعمار', 'folded'],
    ]);
  });

  it('does not match across punctuation', () => {
    expect(units('مجلس، الأمن')).toEqual([]);
  });

  it('reports units beside the word analyses, with offsets over whole words', () => {
    const text = 'أكدت الأمم المتحدة';
    const { tokens, units: found } = analyzeText(testIndex(), text);
    expect(tokens).toHaveLength(3);
    expect(found[0]).toMatchObject({ text: 'الأمم المتحدة', kind: 'institution', start: 5, end: text.length });
  });
});
