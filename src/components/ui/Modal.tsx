import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal native <dialog>, open while rendered: focus stays inside, the page behind is inert, and Escape
 * calls `onCancel` (the dialog never closes by itself).
 */
export function Modal(props: { labelledBy: string; describedBy?: string; /** A width class. */ width: string; onCancel: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    el?.showModal();
    // Close before React removes it, so the page is never left inert.
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      onCancel={(e) => {
        e.preventDefault();
        props.onCancel();
      }}
      className={`m-auto ${props.width} rounded-xl border border-line bg-card p-5 text-ink shadow-2xl backdrop:bg-black/40`}
    >
      {props.children}
    </dialog>
  );
}
