/**
 * Keyboard and pointer handling for the words of an article, delegated to its container: Enter, Space
 * or a click opens a word; the arrow keys move between words in reading order (Arabic runs right to
 * left, so ArrowLeft goes forward); Home and End go to the first and last word. One word at a time is
 * in the tab order (a roving tabindex), so Tab leaves the text in one step.
 */
import { useCallback, useMemo, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';

export interface WordTarget {
  paragraphId: string;
  start: number;
  element: HTMLElement;
  /** Opened from the keyboard: focus moves into the popover (a pointer leaves focus where it is). */
  byKeyboard: boolean;
}

const wordOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.w') : null);

function toTarget(el: HTMLElement, byKeyboard: boolean): WordTarget {
  const paragraphId = el.closest<HTMLElement>('[data-paragraph-id]')!.dataset.paragraphId!;
  return { paragraphId, start: Number(el.dataset.s), element: el, byKeyboard };
}

/** Makes `next` the word that Tab reaches (the roving tab stop), optionally focusing it. */
export function focusWord(current: HTMLElement | null, next: HTMLElement, focus = true) {
  if (current && current !== next) current.removeAttribute('tabindex');
  next.tabIndex = 0;
  if (focus) next.focus();
}

export function useWordKeys(open: (word: WordTarget) => void, prepare: (word: WordTarget) => void) {
  // The pointer resting on (or pressing) a word is the best hint of a click to come.
  const onPointerOver = useCallback(
    (e: PointerEvent) => {
      const el = wordOf(e.target);
      if (el) prepare(toTarget(el, false));
    },
    [prepare],
  );

  const onClick = useCallback(
    (e: MouseEvent) => {
      const el = wordOf(e.target);
      // A click that ends a text selection is for highlighting, not for a lookup.
      if (!el || !document.getSelection()?.isCollapsed) return;
      e.stopPropagation();
      // A click moves the tab stop but not focus: focusing forces a style and layout pass that would
      // delay the popover's first frame.
      focusWord(el.closest('article')?.querySelector<HTMLElement>('.w[tabindex="0"]') ?? null, el, false);
      open(toTarget(el, false));
    },
    [open],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      const el = wordOf(e.target);
      if (!el || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        open(toTarget(el, true));
        return;
      }
      const words = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.w')];
      const i = words.indexOf(el);
      const next = { ArrowLeft: i + 1, ArrowRight: i - 1, Home: 0, End: words.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const target = words[Math.max(0, Math.min(words.length - 1, next))];
      if (!target) return;
      focusWord(el, target);
      prepare(toTarget(target, true));
    },
    [open, prepare],
  );

  return useMemo(() => ({ onClick, onKeyDown, onPointerOver, onPointerDown: onPointerOver }), [onClick, onKeyDown, onPointerOver]);
}
