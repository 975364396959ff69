/**
 * Translates between the reader's DOM and canonical text offsets. Arabic is handled word by word (each
 * word is one element carrying its canonical start), so selections snap to whole words and painted
 * ranges never split a word, whatever the tashkeel or word-by-word display; English paragraphs are one
 * text node whose offsets are the canonical ones.
 */
import type { Side } from '../../domain/annotation';
import { snapToWords } from '../../domain/highlight';

export interface CanonicalRange {
  side: Side;
  paragraphId: string;
  start: number;
  end: number;
}

const paragraphOf = (node: Node | null) =>
  (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('p[data-side]') ?? null;

/** Maps a DOM selection range to canonical offsets, or null if it is empty or spans paragraphs. */
export function toCanonical(range: Range, textOf: (side: Side, paragraphId: string) => string | undefined): CanonicalRange | null {
  const para = paragraphOf(range.startContainer);
  if (!para || para !== paragraphOf(range.endContainer)) return null;
  const side = para.dataset.side as Side;
  const paragraphId = para.closest<HTMLElement>('[data-paragraph-id]')?.dataset.paragraphId;
  const text = paragraphId ? textOf(side, paragraphId) : undefined;
  if (!paragraphId || !text) return null;
  if (side === 'ar') {
    const words = [...para.querySelectorAll<HTMLElement>('.w')].filter((w) => range.intersectsNode(w));
    if (words.length === 0) return null;
    const last = Number(words.at(-1)!.dataset.s);
    return { side, paragraphId, start: Number(words[0]!.dataset.s), end: snapToWords(text, last, last + 1).end };
  }
  const node = para.firstChild;
  if (!(node instanceof Text)) return null;
  const start = range.startContainer === node ? range.startOffset : 0;
  const end = range.endContainer === node ? range.endOffset : node.length;
  const snapped = snapToWords(text, start, end);
  return snapped.end > snapped.start ? { side, paragraphId, ...snapped } : null;
}

/**
 * A function building DOM ranges for canonical offsets in the rendered article (null where not
 * rendered). It remembers each paragraph's element and words, so a pass over many highlights looks
 * each paragraph up once; make a new one whenever the DOM may have changed.
 */
export function rangeBuilder(root: ParentNode): (target: CanonicalRange) => Range | null {
  const paragraphs = new Map<string, HTMLElement | null>();
  const words = new Map<HTMLElement, Array<{ el: HTMLElement; start: number }>>();
  const paragraph = (side: Side, id: string) => {
    const key = `${side}|${id}`;
    if (!paragraphs.has(key)) paragraphs.set(key, root.querySelector<HTMLElement>(`[data-paragraph-id="${id}"] p[data-side="${side}"]`));
    return paragraphs.get(key)!;
  };
  const wordsOf = (para: HTMLElement) => {
    let list = words.get(para);
    if (!list) {
      list = [...para.querySelectorAll<HTMLElement>('.w')].map((el) => ({ el, start: Number(el.dataset.s) }));
      words.set(para, list);
    }
    return list;
  };
  return (target) => {
    const para = paragraph(target.side, target.paragraphId);
    if (!para) return null;
    const range = document.createRange();
    if (target.side === 'ar') {
      const covered = wordsOf(para).filter((w) => w.start >= target.start && w.start < target.end);
      if (covered.length === 0) return null;
      const last = covered.at(-1)!.el;
      range.setStart(covered[0]!.el, 0);
      range.setEnd(last, last.childNodes.length);
      return range;
    }
    const node = para.firstChild;
    if (!(node instanceof Text) || target.end > node.length) return null;
    range.setStart(node, target.start);
    range.setEnd(node, target.end);
    return range;
  };
}

/** Builds one DOM range for canonical offsets in the rendered article, or null if it is not rendered. */
export const toDomRange = (root: ParentNode, target: CanonicalRange) => rangeBuilder(root)(target);
