import { describe, expect, it } from 'vitest';
import type { WordRecord } from '../../domain/vocab';
import { matchesWord } from '../../domain/vocab-search';
import { NO_FILTERS, SearchIndex, facetsOf, filterWords, rootFamilySize, rootKey, sortWords, spacedRoot } from './words-filter';

const collator = new Intl.Collator('ar');

function word(id: string, overrides: Partial<WordRecord> = {}): WordRecord {
  return {
    id,
    kind: 'word',
    lemma: id,
    root: null,
    pos: 'noun',
    gloss: '',
    note: '',
    status: 'new',
    contexts: [],
    articleIds: [],
    tags: [],
    addedAt: 0,
    updatedAt: 0,
    ...overrides,
  };
}

const words = [
  word('كِتَاب', { root: 'كتب', gloss: 'Book', addedAt: 3, status: 'learning2', articleIds: ['a'], contexts: [{ articleId: 'a', paragraphId: 'p1', sentence: 'قرأ الرئيسُ الكتابَ.', start: 10, end: 17 }] }),
  word('كَتَبَ', { root: 'كتب', pos: 'verb', gloss: 'to write', addedAt: 1, status: 'known', articleIds: ['b'] }),
  word('رَئِيس', { root: 'رءس', gloss: 'president', note: 'Head of state', addedAt: 2, status: 'learning4', articleIds: ['a', 'b'] }),
  word('unit:الحزام والطريق', { kind: 'unit', lemma: 'الحزام والطريق', pos: 'term', gloss: 'Belt and Road', addedAt: 4, status: 'ignored' }),
];

describe('My words search', () => {
  it('finds the same words as matchesWord', () => {
    const index = new SearchIndex();
    for (const query of ['', 'كتاب', 'الكتاب', 'رئيس', 'راس', 'BOOK', 'head of', 'f s', 'والطريق', 'الحزام والطريق', 'نيويورك', 'president\nhead']) {
      const expected = words.filter((w) => matchesWord(w, query)).map((w) => w.id);
      expect(filterWords(words, { ...NO_FILTERS, query }, index).map((w) => w.id), query).toEqual(expected);
    }
  });

  it('sees a word’s change once its updatedAt moves', () => {
    const index = new SearchIndex();
    expect(filterWords(words, { ...NO_FILTERS, query: 'volume' }, index)).toEqual([]);
    const edited = words.map((w) => (w.id === 'كِتَاب' ? { ...w, gloss: 'volume', updatedAt: 9 } : w));
    expect(filterWords(edited, { ...NO_FILTERS, query: 'volume' }, index).map((w) => w.id)).toEqual(['كِتَاب']);
  });
});

describe('My words filters', () => {
  const ids = (list: WordRecord[]) => list.map((w) => w.id);
  const index = new SearchIndex();

  it('filters by status (or any learning level), part of speech and article', () => {
    expect(ids(filterWords(words, { ...NO_FILTERS, status: 'known' }, index))).toEqual(['كَتَبَ']);
    expect(ids(filterWords(words, { ...NO_FILTERS, status: 'learning' }, index))).toEqual(['كِتَاب', 'رَئِيس']);
    expect(ids(filterWords(words, { ...NO_FILTERS, pos: 'verb' }, index))).toEqual(['كَتَبَ']);
    expect(ids(filterWords(words, { ...NO_FILTERS, articleId: 'b' }, index))).toEqual(['كَتَبَ', 'رَئِيس']);
  });

  it('matches a root however it is typed: spaced, with a hamza seat or as stored', () => {
    for (const root of ['كتب', 'ك ت ب', ' كَتَب ']) expect(ids(filterWords(words, { ...NO_FILTERS, root }, index))).toEqual(['كِتَاب', 'كَتَبَ']);
    for (const root of ['رءس', 'رأس', 'ر ء س']) expect(ids(filterWords(words, { ...NO_FILTERS, root }, index))).toEqual(['رَئِيس']);
    expect(rootKey('رمى')).toBe('رمي');
    expect(spacedRoot('كتب')).toBe('ك ت ب');
    expect(rootFamilySize(words, 'ك ت ب')).toBe(2);
  });

  it('sorts by date, Arabic alphabet, status and root', () => {
    expect(ids(sortWords(words, 'newest', collator))).toEqual(['unit:الحزام والطريق', 'كِتَاب', 'رَئِيس', 'كَتَبَ']);
    expect(ids(sortWords(words, 'oldest', collator))).toEqual(['كَتَبَ', 'رَئِيس', 'كِتَاب', 'unit:الحزام والطريق']);
    expect(ids(sortWords(words, 'alphabetical', collator))).toEqual(['unit:الحزام والطريق', 'رَئِيس', 'كِتَاب', 'كَتَبَ']);
    expect(ids(sortWords(words, 'status', collator))).toEqual(['كِتَاب', 'رَئِيس', 'كَتَبَ', 'unit:الحزام والطريق']);
    expect(ids(sortWords(words, 'root', collator))).toEqual(['رَئِيس', 'كِتَاب', 'كَتَبَ', 'unit:الحزام والطريق']);
  });

  it('lists the roots, parts of speech and articles that occur', () => {
    const facets = facetsOf(words, collator);
    expect(facets.roots).toEqual(['رءس', 'كتب']);
    expect(facets.pos.sort()).toEqual(['noun', 'term', 'verb']);
    expect([...facets.articleIds].sort()).toEqual(['a', 'b']);
  });

  it('filters and sorts 20,000 words quickly once the search text is folded', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      word(`w${i}`, { lemma: 'مُؤْتَمَر', gloss: `gloss ${i}`, addedAt: i, contexts: [{ articleId: 'a', paragraphId: 'p', sentence: 'عقد المؤتمرُ الصحفيُّ في بكين بحضور وزير الخارجية.', start: 4, end: 12 }] }),
    );
    const big = new SearchIndex();
    big.warm(many, 0, Infinity);
    const start = performance.now();
    sortWords(filterWords(many, { ...NO_FILTERS, query: 'gloss 1999' }, big), 'newest', collator);
    expect(performance.now() - start).toBeLessThan(100);
  });
});
