/**
 * Highlights and notes as stored, and what is derived from them: where each highlight sits in the
 * current text (re-anchored, never dropped), reading order, search, and the Markdown and JSON exports.
 */
import type { Article } from './article';
import { foldForSearch } from './arabic/normalize';
import { anchor, type Anchored, type HighlightColour, type TextSelector } from './highlight';

export type Side = 'ar' | 'en';

export interface HighlightRecord {
  id: string;
  articleId: string;
  /** Which text of the paragraph: the Arabic original or the English translation. */
  side: Side;
  selector: TextSelector;
  colour: HighlightColour;
  /** Light Markdown; '' when the highlight has no note. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** A note on a whole paragraph. */
export interface ParagraphNoteRecord {
  id: string;
  articleId: string;
  paragraphId: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface PlacedHighlight {
  record: HighlightRecord;
  place: Anchored;
}

const sameSelector = (a: HighlightRecord, b: HighlightRecord) =>
  a.side === b.side &&
  (['paragraphId', 'start', 'end', 'quote', 'prefix', 'suffix'] as const).every((k) => a.selector[k] === b.selector[k]);

/**
 * Re-anchors every highlight against the article's current text. `previous` (placed against the same
 * text) lets unchanged selectors keep their place, so a change of one highlight costs one anchoring.
 */
export function placeHighlights(
  article: Pick<Article, 'paragraphs'>,
  records: readonly HighlightRecord[],
  previous: readonly PlacedHighlight[] = [],
): PlacedHighlight[] {
  const texts = { ar: article.paragraphs.map((p) => ({ id: p.id, text: p.ar })), en: article.paragraphs.map((p) => ({ id: p.id, text: p.en })) };
  const known = new Map(previous.map((p) => [p.record.id, p]));
  return records.map((record) => {
    const before = known.get(record.id);
    return { record, place: before && sameSelector(before.record, record) ? before.place : anchor(record.selector, texts[record.side]) };
  });
}

export type AnnotationEntry = { kind: 'highlight'; item: PlacedHighlight } | { kind: 'note'; item: ParagraphNoteRecord };

/**
 * Highlights and paragraph notes of one article in reading order: by paragraph, the paragraph's note
 * first, then Arabic highlights, then English ones, each by position; detached highlights last.
 */
export function inReadingOrder(
  article: Pick<Article, 'paragraphs'>,
  placed: readonly PlacedHighlight[],
  notes: readonly ParagraphNoteRecord[],
): AnnotationEntry[] {
  const index = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const key = (e: AnnotationEntry): number[] => {
    if (e.kind === 'note') return [index.get(e.item.paragraphId) ?? Infinity, 0, 0, 0];
    const p = e.item.place;
    if (p.status === 'detached') return [Infinity, 3, e.item.record.createdAt, 0];
    return [index.get(p.paragraphId) ?? Infinity, e.item.record.side === 'ar' ? 1 : 2, p.start, p.end];
  };
  const entries: AnnotationEntry[] = [
    ...placed.map((item) => ({ kind: 'highlight' as const, item })),
    ...notes.map((item) => ({ kind: 'note' as const, item })),
  ];
  const keyed = entries.map((e) => ({ e, k: key(e) }));
  keyed.sort((a, b) => a.k.reduce((d, x, i) => d || x - b.k[i]!, 0) || 0);
  return keyed.map((x) => x.e);
}

/** True when the query (Arabic folded for diacritics and hamza/alef variants) occurs in any of the texts. */
export function matchesSearch(query: string, ...texts: string[]): boolean {
  const needle = foldForSearch(query);
  return needle === '' || texts.some((t) => foldForSearch(t).includes(needle));
}

const COLOUR_NAMES: Record<HighlightColour, string> = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink' };

/**
 * One article's highlights and notes as Markdown: each quote as a block quote with its colour, its note,
 * and a link back to the paragraph. Text is the reader's own; nothing is interpreted.
 */
export function exportMarkdown(
  article: Pick<Article, 'id' | 'title' | 'paragraphs'>,
  placed: readonly PlacedHighlight[],
  notes: readonly ParagraphNoteRecord[],
  origin: string,
): string {
  const link = (paragraphId: string) => `${origin}/articles/${article.id}#${paragraphId}`;
  const number = (paragraphId: string) => article.paragraphs.findIndex((p) => p.id === paragraphId) + 1;
  const quote = (text: string) => text.split('\n').map((l) => `> ${l}`).join('\n');
  const lines = [`# ${article.title.en}`, '', `${article.title.ar}`, ''];
  for (const entry of inReadingOrder(article, placed, notes)) {
    if (entry.kind === 'note') {
      lines.push(`## Note on paragraph ${number(entry.item.paragraphId)}`, '', entry.item.note, '', `[Paragraph ${number(entry.item.paragraphId)}](${link(entry.item.paragraphId)})`, '');
      continue;
    }
    const { record, place } = entry.item;
    const where = place.status === 'detached' ? 'detached — no longer found in the text' : `[Paragraph ${number(place.paragraphId)}](${link(place.paragraphId)})`;
    lines.push(quote(record.selector.quote), '', `${COLOUR_NAMES[record.colour]} highlight (${record.side === 'ar' ? 'Arabic' : 'English'}) · ${where}`, '');
    if (record.note) lines.push(record.note, '');
  }
  return lines.join('\n');
}

/** Every highlight and note as JSON, with a header naming the format and its version. */
export function exportJson(highlights: readonly HighlightRecord[], notes: readonly ParagraphNoteRecord[], now: number): string {
  return JSON.stringify({ type: 'qiraa-annotations', version: 1, exportedAt: new Date(now).toISOString(), highlights, notes }, null, 2);
}
