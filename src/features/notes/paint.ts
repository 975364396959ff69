/**
 * Paints highlights without touching the text's DOM: with the CSS Custom Highlight API, one registry
 * entry per colour (overlaps blend, since the colours are translucent). Where the API is missing, Arabic
 * words get a colour attribute (whole words only, so letters keep joining); English stays unpainted.
 */
import type { HighlightRecord, PlacedHighlight } from '../../domain/annotation';
import type { Anchored } from '../../domain/highlight';
import { HIGHLIGHT_COLOURS } from '../../domain/highlight';
import { toDomRange } from './dom-ranges';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Repaints every placed highlight inside `root`; returns how many could be painted. */
export function paintHighlights(root: HTMLElement, placed: readonly PlacedHighlight[]): number {
  const start = performance.now();
  const painted = paint(root, placed);
  // User Timing, read by `npm run bench` (and visible in any performance profile).
  performance.measure('qiraa:paint-highlights', { start, detail: { painted } });
  return painted;
}

/** The DOM range of a highlight where it sits now, or null if detached or not rendered. */
function rangeOf(root: HTMLElement, record: HighlightRecord, place: Anchored): Range | null {
  if (place.status === 'detached') return null;
  return toDomRange(root, { side: record.side, paragraphId: place.paragraphId, start: place.start, end: place.end });
}

/** Fallback painting: a colour attribute on each whole Arabic word the range covers. */
function markWords(root: HTMLElement, paragraphId: string, range: Range, colour: string) {
  root
    .querySelectorAll<HTMLElement>(`[data-paragraph-id="${paragraphId}"] p[data-side="ar"] .w`)
    .forEach((w) => range.intersectsNode(w) && w.setAttribute('data-hl', colour));
}

function paint(root: HTMLElement, placed: readonly PlacedHighlight[]): number {
  let painted = 0;
  const api = supported();
  const byColour = new Map(HIGHLIGHT_COLOURS.map((c) => [c, api ? new Highlight() : null]));
  if (!api) root.querySelectorAll('.w[data-hl]').forEach((w) => w.removeAttribute('data-hl'));
  for (const { record, place } of placed) {
    const range = rangeOf(root, record, place);
    if (!range || place.status === 'detached') continue;
    if (api) byColour.get(record.colour)!.add(range);
    else if (record.side === 'ar') markWords(root, place.paragraphId, range, record.colour);
    else continue;
    painted++;
  }
  if (api) for (const [colour, highlight] of byColour) CSS.highlights.set(`qiraa-${colour}`, highlight!);
  return painted;
}

/** Paints one new highlight at once, before the next full repaint (which will include it anyway). */
export function paintOne(root: HTMLElement, record: HighlightRecord) {
  const place = { status: 'exact', ...record.selector } as const;
  const range = rangeOf(root, record, place);
  if (!range) return;
  if (supported()) {
    const highlight = CSS.highlights.get(`qiraa-${record.colour}`) ?? new Highlight();
    highlight.add(range);
    CSS.highlights.set(`qiraa-${record.colour}`, highlight);
  } else if (record.side === 'ar') markWords(root, place.paragraphId, range, record.colour);
}

/** Clears the painted highlights (when the reader leaves the article). */
export function clearHighlights() {
  if (supported()) for (const c of HIGHLIGHT_COLOURS) CSS.highlights.delete(`qiraa-${c}`);
}

/** Briefly marks a range (a highlight chosen in the notes panel). */
export function flash(range: Range) {
  if (!supported()) return;
  CSS.highlights.set('qiraa-flash', new Highlight(range));
  setTimeout(() => CSS.highlights.delete('qiraa-flash'), 1200);
}
