import { describe, expect, it } from 'vitest';
import type { TokenAnalysis, Unit } from './analysis';
import { matchesWord } from './vocab-search';
import { articleLemmas, mergeWord, rootFamily, sentenceAround, statusCounts, statusForKey, wordFromToken, wordFromUnit, type WordStatus } from './vocab';

const paragraph = 'استقبل الرئيس الصيني شي جين بينغ الرئيس السوري بشار الأسد. وبحث الرئيسان العلاقات الثنائية.';
const token = (form: string, lemma: string, occurrence = 0): TokenAnalysis => {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = paragraph.indexOf(form, start + 1);
  return {
    p: 'p1', start, end: start + form.length, form, voc: form, segments: [{ form, role: 'stem', gloss: 'x' }],
    lemma, root: 'رأس', origin: 'arabic', pos: 'noun', features: '', gloss: 'president', senses: [],
  };
};

describe('saved words', () => {
  it('saves the lemma, not the form, with the sentence it came from and the word marked in it', () => {
    const word = wordFromToken(token('الرئيسان', 'رَئِيس'), 'a', paragraph, 100);
    expect(word).toMatchObject({ id: 'رَئِيس', lemma: 'رَئِيس', status: 'new', gloss: 'president', addedAt: 100, articleIds: ['a'] });
    const [c] = word.contexts;
    expect(c!.sentence).toBe('وبحث الرئيسان العلاقات الثنائية.');
    expect(c!.sentence.slice(c!.start, c!.end)).toBe('الرئيسان');
  });

  it('finds the sentence around a span at the start, the end and across ؟ and ؛', () => {
    const text = 'هل زار الرئيس دمشق؟ نعم؛ وعاد أمس';
    expect(sentenceAround(text, 3, 6)).toEqual({ sentence: 'هل زار الرئيس دمشق؟', start: 3, end: 6 });
    const s = sentenceAround(text, text.indexOf('وعاد'), text.indexOf('وعاد') + 4);
    expect(s.sentence).toBe('وعاد أمس');
    expect(s.sentence.slice(s.start, s.end)).toBe('وعاد');
  });

  it('saves a multi-word unit under its printed text', () => {
    const unit: Unit = { p: 'p1', start: paragraph.indexOf('بشار الأسد'), end: paragraph.indexOf('بشار الأسد') + 10, text: 'بشار الأسد', kind: 'name', gloss: 'Bashar al-Assad' };
    expect(wordFromUnit(unit, 'a', paragraph, 1)).toMatchObject({ id: 'unit:بشار الأسد', kind: 'unit', pos: 'name', root: null });
  });

  it('saving again adds a new sentence once and keeps what the learner set', () => {
    const first = { ...wordFromToken(token('الرئيس', 'رَئِيس'), 'a', paragraph, 1), status: 'learning3' as WordStatus, gloss: 'head of state', note: 'mine' };
    const again = wordFromToken(token('الرئيسان', 'رَئِيس'), 'b', paragraph, 5);
    const merged = mergeWord(first, again, 5);
    expect(merged).toMatchObject({ status: 'learning3', gloss: 'head of state', note: 'mine', addedAt: 1, updatedAt: 5, articleIds: ['b', 'a'] });
    expect(merged.contexts).toHaveLength(2);
    expect(mergeWord(merged, again, 9)).toBe(merged);
  });

  it('counts an article’s distinct lemmas as known, learning and new; ignored ones are left out', () => {
    const lemmas = articleLemmas([{ lemma: 'رَئِيس' }, { lemma: 'رَئِيس' }, { lemma: 'صِينِيّ' }, { lemma: 'عَلَاقَة' }, { lemma: 'بَحَثَ' }, { lemma: 'ثُنَائِيّ' }]);
    expect(lemmas).toHaveLength(5);
    const statuses = new Map<string, WordStatus>([['رَئِيس', 'known'], ['صِينِيّ', 'learning2'], ['عَلَاقَة', 'ignored'], ['بَحَثَ', 'new']]);
    expect(statusCounts(lemmas, statuses)).toEqual({ known: 1, learning: 1, new: 2 });
  });

  it('maps status keys as Lute and LingQ learners expect', () => {
    expect(['1', '2', '3', '4', '5', 'k', 'K', 'i', 'I', 'x', '0'].map(statusForKey)).toEqual([
      'learning1', 'learning2', 'learning3', 'learning4', 'known', 'known', 'known', 'ignored', 'ignored', undefined, undefined,
    ]);
  });

  it('searches Arabic without diacritics or hamza, and English glosses by any case', () => {
    const word = wordFromToken(token('الرئيس', 'رَئِيس'), 'a', paragraph, 1);
    expect(matchesWord(word, 'رئيس')).toBe(true);
    expect(matchesWord(word, 'الرءيس')).toBe(false);
    expect(matchesWord(word, 'PRESIDENT')).toBe(true);
    expect(matchesWord(word, 'استقبل')).toBe(true);
    expect(matchesWord(word, 'minister')).toBe(false);
  });
});

describe('root families', () => {
  it('lists each lemma of the root once, most frequent first, with where it first occurs', () => {
    const tk = (p: string, lemma: string, root: string | null, gloss: string): TokenAnalysis => ({ ...token('الرئيس', lemma), p, root, gloss });
    const family = rootFamily('رأس', [
      { articleId: 'a', tokens: [tk('p1', 'رَئِيس', 'رأس', 'president'), tk('p2', 'رِئَاسَة', 'رأس', 'presidency'), tk('p3', 'صِين', null, 'China')] },
      { articleId: 'b', tokens: [tk('p4', 'رَئِيس', 'رأس', 'head'), tk('p5', 'رَئِيسِيّ', 'رأس', 'main')] },
    ]);
    expect(family.map((m) => [m.lemma, m.count, m.articleId, m.paragraphId])).toEqual([
      ['رَئِيس', 2, 'a', 'p1'],
      ['رِئَاسَة', 1, 'a', 'p2'],
      ['رَئِيسِيّ', 1, 'b', 'p5'],
    ]);
  });
});
