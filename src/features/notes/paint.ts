/**
 * Paints highlights without touching the text's DOM: with the CSS Custom Highlight API, one registry
 * entry per colour (overlaps blend, since the colours are translucent). Where the API is missing, Arabic
 * words get a colour attribute (whole words only, so letters keep joining) and English ranges get
 * translucent boxes in an overlay outside the text, redrawn whenever the layout changes.
 */
import type { HighlightRecord, PlacedHighlight } from '../../domain/annotation';
import type { Anchored } from '../../domain/highlight';
import { HIGHLIGHT_COLOURS } from '../../domain/highlight';
import { rangeBuilder } from './dom-ranges';

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

/** Whether highlights must be repainted when the layout changes (the fallback's boxes do not follow it). */
export const repaintOnResize = () => !supported();

/** Repaints every placed highlight inside `root`; returns how many could be painted. */
export function paintHighlights(root: HTMLElement, placed: readonly PlacedHighlight[]): number {
  const start = performance.now();
  const painted = paint(root, placed);
  // User Timing, read by `npm run bench` (and visible in any performance profile).
  performance.measure('qiraa:paint-highlights', { start, detail: { painted } });
  return painted;
}

/** The DOM range of a highlight where it sits now, or null if detached or not rendered. */
function rangeOf(build: ReturnType<typeof rangeBuilder>, record: HighlightRecord, place: Anchored): Range | null {
  if (place.status === 'detached') return null;
  return build({ side: record.side, paragraphId: place.paragraphId, start: place.start, end: place.end });
}

/** Fallback painting of Arabic: a colour attribute on each whole word the range covers. */
function markWords(root: HTMLElement, paragraphId: string, range: Range, colour: string) {
  root
    .querySelectorAll<HTMLElement>(`[data-paragraph-id="${paragraphId}"] p[data-side="ar"] .w`)
    .forEach((w) => range.intersectsNode(w) && w.setAttribute('data-hl', colour));
}

/** Fallback painting of English: the fallback overlay, a layer over the page that never takes the pointer. */
function overlay(create: boolean): HTMLElement | null {
  let layer = document.querySelector<HTMLElement>('[data-highlight-overlay]');
  if (!layer && create) {
    layer = document.createElement('div');
    layer.setAttribute('data-highlight-overlay', '');
    layer.setAttribute('aria-hidden', 'true');
    layer.className = 'pointer-events-none absolute top-0 start-0';
    document.body.append(layer);
  }
  return layer;
}

function drawBoxes(range: Range, colour: string) {
  const layer = overlay(true)!;
  const origin = layer.getBoundingClientRect();
  for (const rect of range.getClientRects()) {
    if (rect.width === 0) continue;
    const box = document.createElement('div');
    box.className = `qiraa-swatch-${colour} absolute`;
    Object.assign(box.style, {
      left: `${rect.left - origin.left}px`,
      top: `${rect.top - origin.top}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
    });
    layer.append(box);
  }
}

function paintFallback(root: HTMLElement, record: HighlightRecord, paragraphId: string, range: Range) {
  if (record.side === 'ar') markWords(root, paragraphId, range, record.colour);
  else drawBoxes(range, record.colour);
}

function paint(root: HTMLElement, placed: readonly PlacedHighlight[]): number {
  let painted = 0;
  const api = supported();
  const byColour = new Map(HIGHLIGHT_COLOURS.map((c) => [c, api ? new Highlight() : null]));
  if (!api) clearFallback(root);
  const build = rangeBuilder(root);
  for (const { record, place } of placed) {
    const range = rangeOf(build, record, place);
    if (!range || place.status === 'detached') continue;
    if (api) byColour.get(record.colour)!.add(range);
    else paintFallback(root, record, place.paragraphId, range);
    painted++;
  }
  if (api) for (const [colour, highlight] of byColour) CSS.highlights.set(`qiraa-${colour}`, highlight!);
  return painted;
}

function clearFallback(root: ParentNode) {
  root.querySelectorAll('.w[data-hl]').forEach((w) => w.removeAttribute('data-hl'));
  overlay(false)?.replaceChildren();
}

/** Paints one new highlight at once, before the next full repaint (which will include it anyway). */
export function paintOne(root: HTMLElement, record: HighlightRecord) {
  const place = { status: 'exact', ...record.selector } as const;
  const range = rangeOf(rangeBuilder(root), record, place);
  if (!range) return;
  if (supported()) {
    const highlight = CSS.highlights.get(`qiraa-${record.colour}`) ?? new Highlight();
    highlight.add(range);
    CSS.highlights.set(`qiraa-${record.colour}`, highlight);
  } else paintFallback(root, record, place.paragraphId, range);
}

/** Clears the painted highlights (when the reader leaves the article). */
export function clearHighlights() {
  if (supported()) for (const c of HIGHLIGHT_COLOURS) CSS.highlights.delete(`qiraa-${c}`);
  else overlay(false)?.remove();
}

/** Briefly marks a range (a highlight chosen in the notes panel). */
export function flash(range: Range) {
  if (!supported()) return;
  CSS.highlights.set('qiraa-flash', new Highlight(range));
  setTimeout(() => CSS.highlights.delete('qiraa-flash'), 1200);
}
