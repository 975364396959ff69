/**
 * Selecting text without a mouse. On an Arabic word, Shift+ArrowLeft/Right extends the selection word
 * by word in reading order (right to left); on a focused English paragraph, Shift+ArrowRight/Left grows
 * and shrinks a selection word by word from its start. Enter on a selection moves focus to the toolbar.
 * Native listeners on the text run before the reader's own arrow keys, so these win when Shift is held.
 */
import { useEffect, type RefObject } from 'react';

const select = (start: Node, startOffset: number, end: Node, endOffset: number) => {
  const range = document.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  const sel = document.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
};

/**
 * `focusToolbar` moves focus to the toolbar's first button, now or as soon as the toolbar appears.
 */
export function useKeyboardSelection(root: RefObject<HTMLElement | null>, focusToolbar: () => void) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let anchorWord: HTMLElement | null = null;
    let englishEnd = 0;

    const onKeyDown = (e: KeyboardEvent) => {
      const sel = document.getSelection();
      if (e.key === 'Enter' && sel && !sel.isCollapsed && el.contains(sel.anchorNode)) {
        e.preventDefault();
        e.stopPropagation();
        focusToolbar();
        return;
      }
      if (!e.shiftKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
      const target = e.target as HTMLElement;

      if (target.classList.contains('w')) {
        const words = [...target.closest('p')!.querySelectorAll<HTMLElement>('.w')];
        const selectionLive = sel && !sel.isCollapsed && anchorWord && words.includes(anchorWord);
        if (!selectionLive) anchorWord = target;
        const i = words.indexOf(target) + (e.key === 'ArrowLeft' ? 1 : -1);
        const next = selectionLive ? words[Math.max(0, Math.min(words.length - 1, i))]! : target;
        e.preventDefault();
        e.stopPropagation();
        target.removeAttribute('tabindex');
        next.tabIndex = 0;
        next.focus();
        const [a, b] = words.indexOf(anchorWord!) <= words.indexOf(next) ? [anchorWord!, next] : [next, anchorWord!];
        select(a, 0, b, b.childNodes.length);
        return;
      }

      if (target.matches('p[data-side="en"]') && target.firstChild instanceof Text) {
        const text = target.firstChild.data;
        const live = sel && !sel.isCollapsed && sel.anchorNode === target.firstChild;
        if (!live) englishEnd = 0;
        e.preventDefault();
        if (e.key === 'ArrowRight') {
          const m = /\S+/gu;
          m.lastIndex = englishEnd;
          const word = m.exec(text);
          if (word) englishEnd = word.index + word[0].length;
        } else {
          const before = text.slice(0, englishEnd).replace(/\s*\S+\s*$/u, '');
          englishEnd = before.length;
        }
        const start = text.search(/\S/u);
        if (englishEnd > start) select(target.firstChild, start, target.firstChild, englishEnd);
        else sel?.removeAllRanges();
      }
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [root, focusToolbar]);
}
