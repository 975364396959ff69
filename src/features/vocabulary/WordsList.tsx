/**
 * The list of My words, virtualised against the window scroll so that 20,000 words cost what a screenful
 * does: only the rows in view (and a few either side) are rendered, each measured once it is laid out.
 *
 * Keyboard: the list is one tab stop (the active row, a roving tabindex). On a focused row, ↑/↓ (and
 * Home/End) move between words, and the status keys of domain/vocab (1–4, 5 or K, I) set its status.
 * Keys typed into a row's own fields are left alone. The active row is always rendered, even when
 * scrolled out of view, so focus is never dropped by virtualisation.
 */
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statusForKey, type WordRecord } from '../../domain/vocab';
import { WordsRow, type RowActions } from './WordsRow';

/** A typical row's height before it is measured: lemma, details, gloss, note button and one sentence. */
const ESTIMATED_ROW = 200;

const estimateSize = () => ESTIMATED_ROW;

const rowOf = (target: EventTarget | null) => (target instanceof HTMLElement ? target.closest<HTMLElement>('[data-word-row]') : null);

export function WordsList({ words, selected, actions }: { words: readonly WordRecord[]; selected: ReadonlySet<string>; actions: Omit<RowActions, 'toggleExpanded'> }) {
  const { t } = useTranslation();
  const hintId = useId();
  const list = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const [active, setActive] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const focusNext = useRef<number | null>(null);
  const activeIndex = Math.max(0, Math.min(active, words.length - 1));

  // The list's distance from the top of the document, which the window virtualiser needs; what is above
  // it (filters, selection bar, messages) can change height, so it is read after every render. It
  // settles at once: the list's own position does not depend on the margin.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on purpose: after every render
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) >= 1) setScrollMargin(top);
  });

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return indexes.includes(activeIndex) ? indexes : [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );

  // Measurements are kept per word, so they survive re-sorting and filtering.
  const getItemKey = useCallback((i: number) => words[i]?.id ?? i, [words]);
  const virtualizer = useWindowVirtualizer({
    count: words.length,
    estimateSize,
    overscan: 4,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    // A row not laid out (a hidden page, a test without layout) measures 0: keep the estimate then,
    // or every row would seem to fit on screen at once.
    measureElement: (el, entry, instance) => measureElement(el, entry, instance) || ESTIMATED_ROW,
    // The window's size is known before the first layout: the first render already has its rows.
    initialRect: typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight },
  });

  useEffect(() => {
    const index = focusNext.current;
    if (index === null) return;
    const el = list.current?.querySelector<HTMLElement>(`[data-word-row][data-index="${index}"]`);
    if (el) {
      focusNext.current = null;
      el.focus({ preventScroll: true });
    }
  });

  const toggleExpanded = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const rowActions = useRef<RowActions>({ ...actions, toggleExpanded });
  useLayoutEffect(() => {
    rowActions.current = { ...actions, toggleExpanded };
  });
  // Rows get one object for ever (memoised rows stay put); it forwards to the current actions.
  const [stableActions] = useState<RowActions>(() => ({
    toggleSelected: (id) => rowActions.current.toggleSelected(id),
    setStatus: (id, s) => rowActions.current.setStatus(id, s),
    setGloss: (id, g) => rowActions.current.setGloss(id, g),
    setNote: (id, n) => rowActions.current.setNote(id, n),
    showRoot: (r) => rowActions.current.showRoot(r),
    toggleExpanded: (id) => rowActions.current.toggleExpanded(id),
    titleOf: (id) => rowActions.current.titleOf(id),
    formatDate: (time) => rowActions.current.formatDate(time),
  }));

  const onKeyDown = (e: KeyboardEvent) => {
    const row = rowOf(e.target);
    if (!row || e.target !== row || e.altKey || e.ctrlKey || e.metaKey) return;
    const index = Number(row.dataset.index);
    const word = words[index];
    if (!word) return;
    const status = statusForKey(e.key);
    if (status) {
      e.preventDefault();
      if (status !== word.status) actions.setStatus(word.id, status);
      return;
    }
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: words.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(words.length - 1, target));
    setActive(next);
    focusNext.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onFocus = (e: FocusEvent) => {
    const row = rowOf(e.target);
    if (row) setActive(Number(row.dataset.index));
  };

  return (
    <>
      <p id={hintId} className="sr-only">
        {t('words.keysHint')}
      </p>
      <ul
        ref={list}
        data-words-list
        aria-label={t('words.list')}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const word = words[item.index];
          if (!word) return null;
          return (
            <WordsRow
              key={item.key}
              word={word}
              index={item.index}
              count={words.length}
              offset={item.start - scrollMargin}
              active={item.index === activeIndex}
              selected={selected.has(word.id)}
              expanded={expanded.has(word.id)}
              measure={virtualizer.measureElement}
              actions={stableActions}
            />
          );
        })}
      </ul>
    </>
  );
}
