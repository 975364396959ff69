import { describe, expect, it } from 'vitest';
import article from '../content/articles/xi-receives-assad-in-hangzhou.json';
import { anchor, compareSelectors, describe as describeRange, snapToWords, type TextSelector } from './highlight';

/** The article's canonical paragraphs, as `anchor` receives them. */
const original = article.paragraphs.map((p) => ({ id: p.id, text: p.ar }));
const text = (id: string) => original.find((p) => p.id === id)!.text;
const P1 = text('p1');
const P2 = text('p2');
const P5 = text('p5');

/** Offsets of the `nth` occurrence of `quote` in `inText`; fails the test if it is not there. */
function at(inText: string, quote: string, nth = 0): [number, number] {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = inText.indexOf(quote, i + 1);
  expect(i, `"${quote}" #${nth} in the test text`).toBeGreaterThanOrEqual(0);
  return [i, i + quote.length];
}

/** The selector a reader made on `inText`, highlighting the `nth` occurrence of `quote`. */
const highlightOf = (paragraphId: string, inText: string, quote: string, nth = 0): TextSelector =>
  describeRange(paragraphId, inText, ...at(inText, quote, nth));

/** The article with some paragraphs replaced (or removed when `text` is undefined). */
function edited(changes: Record<string, string | undefined>) {
  return original.flatMap((p) => {
    if (!(p.id in changes)) return [p];
    const changed = changes[p.id];
    return changed === undefined ? [] : [{ id: p.id, text: changed }];
  });
}

/** What the reader sees highlighted after anchoring. */
function anchoredText(selector: TextSelector, paragraphs: ReadonlyArray<{ id: string; text: string }>) {
  const result = anchor(selector, paragraphs);
  if (result.status === 'detached') return result;
  const paragraph = paragraphs.find((p) => p.id === result.paragraphId)!;
  return { ...result, text: paragraph.text.slice(result.start, result.end) };
}

describe('describe', () => {
  it('stores the quote with 32 characters of context on each side in mid-paragraph', () => {
    const s = highlightOf('p1', P1, 'بشار الأسد');
    expect(s).toMatchObject({ paragraphId: 'p1', quote: 'بشار الأسد' });
    expect(P1.slice(s.start, s.end)).toBe('بشار الأسد');
    expect(s.prefix).toHaveLength(32);
    expect(s.suffix).toHaveLength(32);
    expect(P1.slice(0, s.start).endsWith(s.prefix)).toBe(true);
    expect(P1.slice(s.end).startsWith(s.suffix)).toBe(true);
  });

  it.each([
    ['the first word', 'استقبل', 0, 32],
    ['a word 14 characters in', 'الصيني', 14, 32],
    ['the last words', 'الدول العربية.', 32, 0],
  ])('keeps shorter context at the paragraph edge: %s', (_name, quote, prefix, suffix) => {
    const s = highlightOf('p1', P1, quote);
    expect([s.prefix.length, s.suffix.length]).toEqual([prefix, suffix]);
  });

  it('clamps offsets to the paragraph', () => {
    expect(describeRange('p1', 'الصين وسوريا', -5, 99)).toMatchObject({ start: 0, end: 12, quote: 'الصين وسوريا' });
  });

  it.each([
    ['an empty range', 3, 3],
    ['a backwards range', 5, 2],
    ['a range past the end (empty once clamped)', 40, 50],
    ['NaN offsets', Number.NaN, 4],
  ])('throws RangeError for %s', (_name, start, end) => {
    expect(() => describeRange('p1', 'الصين وسوريا', start, end)).toThrow(RangeError);
  });
});

describe('snapToWords', () => {
  const snapped = (inText: string, start: number, end: number) => {
    const r = snapToWords(inText, start, end);
    return inText.slice(r.start, r.end);
  };
  const [ta3ziz] = at(P5, 'ستعزز');
  const [, ta3awun] = at(P5, 'التعاون');
  const [waqqa3at] = at(P5, 'وقّعت');

  it.each([
    ['starts and ends mid-word', P5, ta3ziz + 2, ta3awun - 3, 'ستعزز التعاون'],
    ['lies inside one word', P5, waqqa3at + 1, waqqa3at + 3, 'وقّعت'],
    ['covers only the shadda of وقّعت', P5, waqqa3at + 2, waqqa3at + 3, 'وقّعت'],
    ['is backwards (focus before anchor)', P5, ta3awun - 3, ta3ziz + 2, 'ستعزز التعاون'],
    ['has spaces around whole words', P5, ta3ziz - 1, ta3awun + 1, 'ستعزز التعاون'],
    ['keeps punctuation that follows inside the range', P5, 0, at(P5, '،')[1], 'في السياق،'],
    ['holds a number between Arabic words', P1, at(P1, ' 22 ')[0], at(P1, ' 22 ')[1], '22'],
    ['reaches from Latin into an Arabic word', 'قالت CCTV إن', 5, 11, 'CCTV إن'],
  ])('takes whole Arabic words when a selection %s', (_name, inText, start, end, expected) => {
    expect(snapped(inText, start, end)).toBe(expected);
  });

  it.each([
    ['the space between two words', P5, ta3ziz - 1, ta3ziz],
    ['a comma and a space between words', P5, at(P5, '، ')[0], at(P5, '، ')[1]],
    ['a lone tatweel between words', 'الصين ـ سوريا', 6, 7],
  ])('collapses a selection of only %s', (_name, inText, start, end) => {
    const r = snapToWords(inText, start, end);
    expect(r.start).toBe(r.end);
  });

  it.each([
    ['surrounding spaces are trimmed', '  the Belt and Road  ', 0, 21, 'the Belt and Road'],
    ['a partial Latin word is left as selected', 'Xi Jinping said', 4, 10, 'inping'],
    ['line breaks and tabs are trimmed', '\n\tHangzhou\t', 0, 11, 'Hangzhou'],
  ])('only trims English: %s', (_name, inText, start, end, expected) => {
    expect(snapped(inText, start, end)).toBe(expected);
  });
});

describe('anchor', () => {
  it('is exact when the article is unchanged', () => {
    const s = highlightOf('p2', P2, 'شراكة استراتيجية');
    expect(anchor(s, original)).toEqual({ status: 'exact', paragraphId: 'p2', start: s.start, end: s.end });
  });

  it('moves a highlight to its new offsets when text is inserted before it', () => {
    const s = highlightOf('p2', P2, 'شراكة استراتيجية');
    const inserted = 'وأضاف التلفزيون: ';
    const result = anchor(s, edited({ p2: inserted + P2 }));
    expect(result).toEqual({ status: 'moved', paragraphId: 'p2', start: s.start + inserted.length, end: s.end + inserted.length });
  });

  it('picks the occurrence whose context matches when the quote occurs twice, even if the other is nearer', () => {
    // p2 says "مهمة في تاريخ" twice; the reader highlighted the second one.
    const s = highlightOf('p2', P2, 'مهمة في تاريخ', 1);
    const [first] = at(P2, 'مهمة في تاريخ', 0);
    // Pad before the paragraph so the first occurrence lands 3 characters from where the second one was.
    const padded = 'ـ'.repeat(s.start - first - 3) + P2;
    expect(padded.indexOf('مهمة في تاريخ')).toBe(s.start - 3);
    const result = anchoredText(s, edited({ p2: padded }));
    expect(result).toMatchObject({ status: 'moved', paragraphId: 'p2', start: at(padded, 'مهمة في تاريخ', 1)[0] });
  });

  it('follows a paragraph split into two to the new paragraph p3', () => {
    const split = P2.indexOf('مضيفاً');
    const paragraphs = [
      { id: 'p1', text: P1 },
      { id: 'p2', text: P2.slice(0, split).trimEnd() },
      { id: 'p3', text: P2.slice(split) },
    ];
    const s = highlightOf('p2', P2, 'شراكة استراتيجية');
    expect(anchoredText(s, paragraphs)).toEqual({
      status: 'moved',
      paragraphId: 'p3',
      start: s.start - split,
      end: s.end - split,
      text: 'شراكة استراتيجية',
    });
  });

  it('uses context to choose between paragraphs when the old paragraph id is gone', () => {
    // '"مستوى جديد"' closes p6 and also sits in p7; the ids were renumbered.
    const s = highlightOf('p7', text('p7'), '"مستوى جديد"');
    const renumbered = original.map((p) => ({ id: `new-${p.id}`, text: p.text }));
    expect(anchor(s, renumbered)).toMatchObject({ status: 'moved', paragraphId: 'new-p7', start: s.start });
  });

  describe('after diacritics or tatweel change (fuzzy tier)', () => {
    const unvocalised = P5.replace('وقّعت', 'وقعت');

    it.each([
      ['a shadda added to the text', unvocalised, 'وقعت مع الأسد', P5, 'وقّعت مع الأسد'],
      ['a shadda removed from the text', P5, 'وقّعت مع الأسد', unvocalised, 'وقعت مع الأسد'],
      ['a kasra on the last letter', unvocalised, 'مع الأسد', unvocalised.replace('الأسد', 'الأسدِ'), 'مع الأسدِ'],
      ['tatweel stretching a word', unvocalised, 'بمبادرة الحزام', unvocalised.replace('الحزام', 'الحـــزام'), 'بمبادرة الحـــزام'],
      ['full tashkeel', 'استقبل الرئيس الصيني الأسد', 'الرئيس الصيني', 'اِسْتَقْبَلَ الرَّئِيسُ الصِّينِيُّ الأَسَدَ', 'الرَّئِيسُ الصِّينِيُّ'],
    ])('lands on the original letters after %s', (_name, before, quote, after, expected) => {
      const s = highlightOf('p5', before, quote);
      const result = anchoredText(s, [...edited({ p5: undefined }), { id: 'p5', text: after }]);
      expect(result).toMatchObject({ status: 'moved', paragraphId: 'p5', text: expected });
    });

    it('prefers the vocalised own paragraph over an exact quote in another paragraph', () => {
      // "الأسد" stands unvocalised in p1; p5 was vocalised after the reader highlighted it there.
      const s = highlightOf('p5', unvocalised, 'الأسد');
      const vocalised = unvocalised.replace('الأسد', 'الأَسَد');
      expect(anchoredText(s, edited({ p5: vocalised }))).toMatchObject({ paragraphId: 'p5', text: 'الأَسَد' });
    });
  });

  it.each([
    ['the quote was deleted', edited({ p5: P5.replace('وثيقة للتعاون المشترك ', '') })],
    ['the paragraph was deleted', edited({ p5: undefined })],
    ['the article is empty', []],
  ])('reports detached (and does not throw) when %s', (_name, paragraphs) => {
    const s = highlightOf('p5', P5, 'وثيقة للتعاون المشترك');
    expect(anchor(s, paragraphs)).toEqual({ status: 'detached' });
  });

  it('reports an empty quote as detached', () => {
    const s: TextSelector = { paragraphId: 'p1', start: 0, end: 0, quote: '', prefix: '', suffix: '' };
    expect(anchor(s, original)).toEqual({ status: 'detached' });
  });
});

describe('compareSelectors', () => {
  it('orders highlights by paragraph order, then start, then end, unknown paragraphs last', () => {
    const order = ['p1', 'p2', 'p10'];
    const place = (paragraphId: string, start: number, end: number) => ({ paragraphId, start, end });
    const sorted = [place('gone', 0, 3), place('p10', 0, 4), place('p2', 5, 9), place('p1', 7, 9), place('p2', 5, 7), place('p1', 0, 20)];
    sorted.sort((a, b) => compareSelectors(a, b, order));
    expect(sorted).toEqual([place('p1', 0, 20), place('p1', 7, 9), place('p2', 5, 7), place('p2', 5, 9), place('p10', 0, 4), place('gone', 0, 3)]);
  });
});
