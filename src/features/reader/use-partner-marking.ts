/**
 * Marks the partner of the paragraph under the pointer or holding focus (the English of an Arabic
 * paragraph and vice versa) by setting `data-hot` on its pair: one attribute write per move, instead
 * of `:has()` selectors that the browser would re-evaluate on every focus change.
 */
import { useMemo, useRef, type FocusEvent, type PointerEvent } from 'react';

export function usePartnerMarking() {
  const hot = useRef<HTMLElement | null>(null);
  return useMemo(() => {
    const mark = (target: EventTarget | null) => {
      const side = target instanceof Element ? target.closest<HTMLElement>('[data-side]') : null;
      const pair = side?.closest<HTMLElement>('[data-paragraph-id]') ?? null;
      if (hot.current && hot.current !== pair) delete hot.current.dataset.hot;
      if (pair && side) pair.dataset.hot = side.dataset.side;
      hot.current = pair;
    };
    return {
      onPointerOver: (e: PointerEvent) => mark(e.target),
      onPointerLeave: () => mark(null),
      onFocus: (e: FocusEvent) => mark(e.target),
      onBlur: (e: FocusEvent) => mark(e.relatedTarget),
    };
  }, []);
}
