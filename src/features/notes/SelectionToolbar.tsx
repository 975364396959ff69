/**
 * The toolbar over a selection: four named colours, Note, Look up and Copy. It keeps the selection alive
 * (no focus theft on mouse down) and can be reached from the keyboard (Enter on a selection).
 */
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react';
import { forwardRef, useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../domain/highlight';

export interface PhraseLookup {
  /** The name or term the selection is (or is inside), if any. */
  unit?: { text: string; gloss: string };
  words: Array<{ form: string; gloss: string }>;
}

const SWATCH: Record<HighlightColour, string> = {
  yellow: 'bg-[rgb(250_204_21)]',
  green: 'bg-[rgb(34_197_94)]',
  blue: 'bg-[rgb(59_130_246)]',
  pink: 'bg-[rgb(236_72_153)]',
};

export const SelectionToolbar = forwardRef<HTMLDivElement, {
  /** The selected text, which the toolbar sits above. */
  range: Range;
  lookup: PhraseLookup | null;
  onColour: (colour: HighlightColour) => void;
  onNote: () => void;
  onCopy: () => void;
  /** Why highlighting is off (storage refused or held by another tab), shown instead of colours and Note. */
  savingOff?: string;
}>(function SelectionToolbar(props, ref) {
  const { t } = useTranslation();
  const [showLookup, setShowLookup] = useState(false);
  const { refs, floatingStyles } = useFloating({
    placement: 'top',
    strategy: 'fixed',
    middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });
  const { range } = props;
  useLayoutEffect(() => refs.setPositionReference({ getBoundingClientRect: () => range.getBoundingClientRect() }), [refs, range]);
  const button = 'rounded-md px-2.5 py-1.5 text-sm font-medium hover:bg-accent-soft';
  return createPortal(
    <div
      ref={(node) => {
        refs.setFloating(node);
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      }}
      role="toolbar"
      aria-label={t('notes.toolbar')}
      style={floatingStyles}
      onMouseDown={(e) => e.preventDefault()}
      className="z-40 grid max-w-[min(24rem,calc(100vw-1rem))] gap-2 rounded-xl border border-line bg-card p-1.5 shadow-xl"
    >
      {props.savingOff && <p className="max-w-xs px-2 pt-1 text-sm">{props.savingOff}</p>}
      <div className="flex flex-wrap items-center gap-1">
        {!props.savingOff && (
          <>
            {HIGHLIGHT_COLOURS.map((c) => (
              <button key={c} type="button" aria-label={t(`notes.colours.${c}`)} title={t(`notes.colours.${c}`)} onClick={() => props.onColour(c)} className="rounded-full p-1.5 hover:bg-accent-soft">
                <span aria-hidden="true" className={`block size-5 rounded-full border border-black/10 ${SWATCH[c]}`} />
              </button>
            ))}
            <span aria-hidden="true" className="mx-1 h-6 w-px bg-line" />
            <button type="button" className={button} onClick={props.onNote}>
              {t('notes.note')}
            </button>
          </>
        )}
        {props.lookup && (
          <button type="button" className={button} aria-expanded={showLookup} onClick={() => setShowLookup((s) => !s)}>
            {t('notes.lookUp')}
          </button>
        )}
        <button type="button" className={button} onClick={props.onCopy}>
          {t('notes.copy')}
        </button>
      </div>
      {showLookup && props.lookup && (
        <div className="max-h-60 overflow-y-auto border-t border-line px-2 pt-2 pb-1 text-sm">
          {props.lookup.unit ? (
            <p>
              <span lang="ar" dir="rtl" className="text-lg">
                {props.lookup.unit.text}
              </span>{' '}
              <span lang="en" dir="ltr" className="font-semibold">
                {props.lookup.unit.gloss}
              </span>
            </p>
          ) : (
            <ul className="grid gap-1">
              {props.lookup.words.map((w, i) => (
                <li key={i} className="flex items-baseline gap-2">
                  <span lang="ar" dir="rtl" className="text-lg">
                    {w.form}
                  </span>
                  <span lang="en" dir="ltr" className="text-muted">
                    {w.gloss}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>,
    // Inside <main>, so that the toolbar belongs to the page's main landmark.
    document.getElementById('main') ?? document.body,
  );
});
