import { describe, expect, it } from 'vitest';
import article from '../content/articles/xi-receives-assad-in-hangzhou.json';
import { exportJson, exportMarkdown, inReadingOrder, matchesSearch, placeHighlights, type HighlightRecord, type ParagraphNoteRecord } from './annotation';
import { describe as describeSelector } from './highlight';

function highlight(id: string, side: 'ar' | 'en', paragraphId: string, quote: string, note = ''): HighlightRecord {
  const p = article.paragraphs.find((x) => x.id === paragraphId)!;
  const text = side === 'ar' ? p.ar : p.en;
  const start = text.indexOf(quote);
  return { id, articleId: article.id, side, selector: describeSelector(paragraphId, text, start, start + quote.length), colour: 'green', note, createdAt: 1, updatedAt: 1 };
}
const note: ParagraphNoteRecord = { id: 'n1', articleId: article.id, paragraphId: 'p2', note: 'Compare with p5.', createdAt: 2, updatedAt: 2 };

describe('annotations', () => {
  const records = [
    highlight('h3', 'en', 'p2', 'strategic partnership', '**Key term**'),
    highlight('h2', 'ar', 'p2', 'شراكة استراتيجية'),
    highlight('h1', 'ar', 'p1', 'مدينة هانغتشو'),
  ];

  it('places highlights in the current text and lists them in reading order', () => {
    const placed = placeHighlights(article, records);
    expect(placed.every((p) => p.place.status === 'exact')).toBe(true);
    const order = inReadingOrder(article, placed, [note]).map((e) => (e.kind === 'note' ? e.item.id : e.item.record.id));
    expect(order).toEqual(['h1', 'n1', 'h2', 'h3']);
  });

  it('keeps a highlight whose quote is gone, as detached and last', () => {
    const edited = { paragraphs: article.paragraphs.map((p) => (p.id === 'p1' ? { ...p, ar: 'نص آخر تماماً' } : p)) };
    const placed = placeHighlights(edited, records);
    expect(placed.find((p) => p.record.id === 'h1')!.place.status).toBe('detached');
    expect(inReadingOrder(edited, placed, []).at(-1)).toMatchObject({ kind: 'highlight', item: { record: { id: 'h1' } } });
  });

  it('reuses the previous placement of an unchanged selector and re-anchors a changed one', () => {
    const previous = placeHighlights(article, records);
    const recoloured = records.map((r) => (r.id === 'h2' ? { ...r, colour: 'blue' as const } : r));
    const placed = placeHighlights(article, recoloured, previous);
    expect(placed.map((p) => p.place)).toEqual(previous.map((p) => p.place));
    expect(placed.find((p) => p.record.id === 'h2')!.place).toBe(previous.find((p) => p.record.id === 'h2')!.place);
    const moved = { ...records[2]!, selector: { ...records[2]!.selector, start: 0, end: 1 } };
    const again = placeHighlights(article, [moved], previous);
    expect(again[0]!.place).not.toBe(previous.find((p) => p.record.id === 'h1')!.place);
    expect(again[0]!.place.status).not.toBe('exact');
  });

  it('searches Arabic ignoring diacritics and hamza/alef variants, and English ignoring case', () => {
    expect(matchesSearch('الاستقرار', 'ضرب الإستقرار')).toBe(true);
    expect(matchesSearch('وقعت', 'بلاده وقّعت')).toBe(true);
    expect(matchesSearch('PARTNERSHIP', 'a strategic partnership')).toBe(true);
    expect(matchesSearch('سوريا', 'الصين')).toBe(false);
    expect(matchesSearch('', 'anything')).toBe(true);
  });

  it('exports an article as Markdown: quote, colour, note and a link back to the paragraph', () => {
    const md = exportMarkdown(article, placeHighlights(article, records), [note], 'https://qiraa.test');
    expect(md).toContain('> مدينة هانغتشو');
    expect(md).toContain('Green highlight (English) · [Paragraph 2](https://qiraa.test/articles/xi-receives-assad-in-hangzhou#p2)');
    expect(md).toContain('**Key term**');
    expect(md).toContain('## Note on paragraph 2');
    expect(md.indexOf('مدينة هانغتشو')).toBeLessThan(md.indexOf('Compare with p5.'));
  });

  it('exports everything as versioned JSON', () => {
    const json = JSON.parse(exportJson(records, [note], Date.UTC(2026, 0, 2)));
    expect(json).toMatchObject({ type: 'qiraa-annotations', version: 1, exportedAt: '2026-01-02T00:00:00.000Z' });
    expect(json.highlights).toHaveLength(3);
    expect(json.notes).toEqual([note]);
  });
});
