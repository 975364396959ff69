/**
 * Paints highlights without touching the text's DOM: with the CSS Custom Highlight API, one registry
 * entry per colour (overlaps blend, since the colours are translucent). Where the API is missing, Arabic
 * words get a colour attribute (whole words only, so letters keep joining); English stays unpainted.
 */
import type { HighlightRecord, PlacedHighlight } from '../../domain/annotation';
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

function paint(root: HTMLElement, placed: readonly PlacedHighlight[]): number {
  let painted = 0;
  if (supported()) {
    const byColour = new Map(HIGHLIGHT_COLOURS.map((c) => [c, new Highlight()]));
    for (const { record, place } of placed) {
      if (place.status === 'detached') continue;
      const range = toDomRange(root, { side: record.side, paragraphId: place.paragraphId, start: place.start, end: place.end });
      if (!range) continue;
      byColour.get(record.colour)!.add(range);
      painted++;
    }
    for (const [colour, highlight] of byColour) CSS.highlights.set(`qiraa-${colour}`, highlight);
    return painted;
  }
  root.querySelectorAll('.w[data-hl]').forEach((w) => w.removeAttribute('data-hl'));
  for (const { record, place } of placed) {
    if (place.status === 'detached' || record.side !== 'ar') continue;
    const range = toDomRange(root, { side: 'ar', paragraphId: place.paragraphId, start: place.start, end: place.end });
    if (!range) continue;
    root
      .querySelectorAll<HTMLElement>(`[data-paragraph-id="${place.paragraphId}"] p[data-side="ar"] .w`)
      .forEach((w) => range.intersectsNode(w) && w.setAttribute('data-hl', record.colour));
    painted++;
  }
  return painted;
}

/** Paints one new highlight at once, before the next full repaint (which will include it anyway). */
export function paintOne(root: HTMLElement, record: HighlightRecord) {
  const { paragraphId, start, end } = record.selector;
  const range = toDomRange(root, { side: record.side, paragraphId, start, end });
  if (!range) return;
  if (supported()) {
    const highlight = CSS.highlights.get(`qiraa-${record.colour}`) ?? new Highlight();
    highlight.add(range);
    CSS.highlights.set(`qiraa-${record.colour}`, highlight);
  } else if (record.side === 'ar') {
    root.querySelectorAll<HTMLElement>(`[data-paragraph-id="${paragraphId}"] p[data-side="ar"] .w`).forEach((w) => range.intersectsNode(w) && w.setAttribute('data-hl', record.colour));
  }
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
