/**
 * Review shortcuts: Space or Enter shows the answer, 1–4 grade it (Again, Hard, Good, Easy). Keys are
 * left alone while the learner types in a field, when a modifier is held, and — for Space and Enter —
 * when a button or link has focus, whose own activation already does the right thing.
 */
import { useLayoutEffect, useRef } from 'react';
import { GRADES, type Grade } from '../../domain/srs';

/** Digits by physical key too, so that layouts whose top row types other digits (١٢٣٤) still work. */
const GRADE_CODES: Readonly<Record<string, Grade>> = Object.fromEntries(
  GRADES.flatMap((grade, i) => [
    [`Digit${i + 1}`, grade],
    [`Numpad${i + 1}`, grade],
  ]),
);
const GRADE_KEYS: Readonly<Record<string, Grade>> = Object.fromEntries(GRADES.map((grade, i) => [String(i + 1), grade]));

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
const ACTIVATES = `${TYPING}, button, a[href], summary, [role="button"], [role="link"], [role="menuitem"], [role="option"]`;

/** The grade a key press asks for, or undefined. */
export function gradeForKey(key: string, code: string): Grade | undefined {
  return GRADE_KEYS[key] ?? GRADE_CODES[code];
}

export interface ReviewKeyActions {
  /** Called on Space or Enter; undefined when there is nothing to show. */
  reveal?: () => void;
  /** Called on 1–4; undefined when grading is not possible. */
  grade?: (grade: Grade) => void;
}

/** Listens for the review shortcuts on the window for as long as the component is mounted. */
export function useReviewKeys(actions: ReviewKeyActions): void {
  const latest = useRef(actions);
  // Before paint, so that a key pressed the moment a card appears already acts on that card.
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(TYPING)) return;
      const { reveal, grade } = latest.current;
      if ((event.key === ' ' || event.key === 'Enter') && reveal) {
        if (target?.closest(ACTIVATES)) return;
        event.preventDefault();
        reveal();
        return;
      }
      const chosen = gradeForKey(event.key, event.code);
      if (chosen && grade) {
        event.preventDefault();
        grade(chosen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
