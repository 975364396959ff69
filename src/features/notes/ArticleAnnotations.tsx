/**
 * Highlights and notes for the article on screen: watches the selection inside the text and offers the
 * toolbar, paints highlights (and repaints whenever the text's DOM changes: layout, tashkeel, word-by-
 * word), opens note dialogs, lists everything in the notes panel, and offers Undo after a deletion.
 * Rendered by the reader (composed in src/app), never imported by it.
 */
import { downloadText } from '../../components/ui/download';
import { useStorageOff } from '../../db/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationsProps } from '../../components/ui/slots';
import { inReadingOrder, exportMarkdown, type AnnotationEntry, type HighlightRecord, type ParagraphNoteRecord, type Side } from '../../domain/annotation';
import { describe as describeSelector, type HighlightColour } from '../../domain/highlight';
import { unitsContaining } from '../../domain/word-info';
import { toCanonical, toDomRange, type CanonicalRange } from './dom-ranges';
import { NoteDialog } from './NoteDialog';
import { NotesPanel } from './NotesPanel';
import { clearHighlights, flash, paintHighlights, paintOne, repaintOnResize } from './paint';
import { SelectionToolbar, type PhraseLookup } from './SelectionToolbar';
import { useArticleAnnotations } from './use-article-annotations';
import { useKeyboardSelection } from './use-keyboard-selection';

type Dialog =
  | { kind: 'new-highlight'; target: CanonicalRange; quote: string }
  | { kind: 'highlight'; record: HighlightRecord }
  | { kind: 'paragraph'; paragraphId: string; record?: ParagraphNoteRecord };

type Undo = { kind: 'highlight'; record: HighlightRecord } | { kind: 'note'; record: ParagraphNoteRecord };

/** The document's selection inside the article's text (`text`), as canonical offsets, read now. */
function readSelection(text: HTMLElement | null, textOf: (side: Side, paragraphId: string) => string | undefined) {
  const sel = document.getSelection();
  const range = sel && sel.rangeCount > 0 && !sel.isCollapsed ? sel.getRangeAt(0) : null;
  const target = range && text?.contains(range.commonAncestorContainer) ? toCanonical(range, textOf) : null;
  return target && range ? { target, range: range.cloneRange() } : null;
}

export default function ArticleAnnotations({ article, analysis, root }: AnnotationsProps) {
  const { t } = useTranslation();
  const annotations = useArticleAnnotations(article);
  const storageOff = useStorageOff();
  const { placed, notes } = annotations;
  const [selection, setSelection] = useState<{ target: CanonicalRange; range: Range } | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const textOf = useCallback(
    (side: Side, paragraphId: string) => article.paragraphs.find((p) => p.id === paragraphId)?.[side],
    [article],
  );

  useEffect(() => {
    // A selection that was and stays empty (most changes while reading, and every highlight just made)
    // schedules no render: the frame and the save that follow a click need the thread.
    let empty = true;
    const update = () => {
      const next = readSelection(root.current, textOf);
      if (next === null && empty) return;
      empty = next === null;
      setSelection(next);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, textOf]);
  // The toolbar acts on the selection as it is at the moment of the click or key, which may be newer
  // than the last render (keyboard selection can outpace it).
  const actOn = () => (readSelection(root.current, textOf) ?? selection)!.target;

  // Enter on a selection focuses the toolbar, at once or as soon as it has rendered.
  const wantsFocus = useRef(false);
  const focusToolbar = useCallback(() => {
    const first = toolbar.current?.querySelector<HTMLElement>('button');
    if (first) first.focus();
    else wantsFocus.current = true;
  }, []);
  useEffect(() => {
    if (!selection || !wantsFocus.current) return;
    wantsFocus.current = false;
    toolbar.current?.querySelector<HTMLElement>('button')?.focus();
  }, [selection]);
  useKeyboardSelection(root, focusToolbar);

  // Paint now, and again whenever the text's DOM is rebuilt (or, for the fallback, resized).
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    let frame = 0;
    paintHighlights(el, placed);
    const repaint = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => paintHighlights(el, placed));
    };
    const observer = new MutationObserver(repaint);
    observer.observe(el, { childList: true, subtree: true });
    const resized = repaintOnResize() ? new ResizeObserver(repaint) : null;
    resized?.observe(el);
    resized?.observe(document.body);
    return () => {
      observer.disconnect();
      resized?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [placed, root]);
  useEffect(() => clearHighlights, []);

  const entries = useMemo(() => inReadingOrder(article, placed, notes), [article, placed, notes]);
  const paragraphNumber = useCallback((id: string) => article.paragraphs.findIndex((p) => p.id === id) + 1, [article]);

  const create = (target: CanonicalRange, colour: HighlightColour, note = '') => {
    const now = Date.now();
    const record: HighlightRecord = {
      id: crypto.randomUUID(),
      articleId: article.id,
      side: target.side,
      selector: describeSelector(target.paragraphId, textOf(target.side, target.paragraphId)!, target.start, target.end),
      colour,
      note,
      createdAt: now,
      updatedAt: now,
    };
    const text = root.current;
    if (text) paintOne(text, record);
    const saved = annotations.saveHighlight(record);
    document.getSelection()?.removeAllRanges();
    setSelection(null);
    return saved;
  };

  const phrase = useMemo<PhraseLookup | null>(() => {
    if (!selection || selection.target.side !== 'ar' || !analysis) return null;
    const { paragraphId, start, end } = selection.target;
    const tokens = analysis.tokens.filter((tk) => tk.p === paragraphId && tk.start >= start && tk.end <= end);
    const unit = tokens[0] && unitsContaining(analysis, { p: paragraphId, start, end })[0];
    return { unit: unit && { text: unit.text, gloss: unit.gloss }, words: tokens.map((tk) => ({ form: tk.form, gloss: tk.gloss })) };
  }, [selection, analysis]);

  const go = (entry: AnnotationEntry) => {
    const el = root.current;
    if (!el) return;
    const target =
      entry.kind === 'note'
        ? null
        : entry.item.place.status === 'detached'
          ? null
          : { side: entry.item.record.side, paragraphId: entry.item.place.paragraphId, start: entry.item.place.start, end: entry.item.place.end };
    const paragraphId = entry.kind === 'note' ? entry.item.paragraphId : target?.paragraphId;
    el.querySelector(`[data-paragraph-id="${paragraphId}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    const range = target && toDomRange(el, target);
    if (range) flash(range);
  };

  const remove = async (item: Undo) => {
    if (item.kind === 'highlight') await annotations.removeHighlight(item.record.id);
    else await annotations.removeNote(item.record.id);
    setUndo(item);
  };

  const download = () => downloadText(exportMarkdown(article, placed, notes, location.origin), 'text/markdown;charset=utf-8', `${article.id}-notes.md`);

  // Paragraph notes start from the paragraph number's button (data-note-paragraph, rendered by the reader).
  useEffect(() => {
    const el = root.current;
    const onClick = (e: MouseEvent) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-note-paragraph]');
      if (!button) return;
      const paragraphId = button.dataset.noteParagraph!;
      setDialog({ kind: 'paragraph', paragraphId, record: notes.find((n) => n.paragraphId === paragraphId) });
    };
    el?.addEventListener('click', onClick);
    return () => el?.removeEventListener('click', onClick);
  }, [root, notes]);

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 10_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const saveDialog = async (text: string) => {
    const now = Date.now();
    if (!dialog) return;
    if (dialog.kind === 'new-highlight') await create(dialog.target, 'yellow', text);
    else if (dialog.kind === 'highlight') await annotations.saveHighlight({ ...dialog.record, note: text, updatedAt: now });
    else if (text === '' && dialog.record) await remove({ kind: 'note', record: dialog.record });
    else if (text !== '') {
      await annotations.saveNote({
        id: dialog.record?.id ?? crypto.randomUUID(),
        articleId: article.id,
        paragraphId: dialog.paragraphId,
        note: text,
        createdAt: dialog.record?.createdAt ?? now,
        updatedAt: now,
      });
    }
    setDialog(null);
  };

  const count = placed.length + notes.length;
  return (
    <>
      <div className="fixed end-4 bottom-4 z-20 print:hidden">
        <button
          type="button"
          aria-expanded={panelOpen}
          onClick={() => setPanelOpen((o) => !o)}
          className="rounded-full border border-line bg-card px-4 py-2 text-sm font-semibold shadow-lg hover:bg-accent-soft"
        >
          {t('notes.openPanel', { count })}
        </button>
      </div>
      {selection && (annotations.available || storageOff) && (
        <SelectionToolbar
          ref={toolbar}
          savingOff={storageOff ? t('notes.savingOff', { reason: t(`storage.off.${storageOff}`) }) : undefined}
          range={selection.range}
          lookup={phrase}
          onColour={(c) => void create(actOn(), c)}
          onNote={() => {
            const target = actOn();
            setDialog({ kind: 'new-highlight', target, quote: textOf(target.side, target.paragraphId)!.slice(target.start, target.end) });
          }}
          onCopy={() => {
            const { side, paragraphId, start, end } = actOn();
            void navigator.clipboard?.writeText(textOf(side, paragraphId)!.slice(start, end));
          }}
        />
      )}
      {panelOpen && (
        <NotesPanel
          entries={entries}
          paragraphNumber={paragraphNumber}
          onGo={go}
          onColour={(record, colour) => void annotations.saveHighlight({ ...record, colour, updatedAt: Date.now() })}
          onEditHighlightNote={(record) => setDialog({ kind: 'highlight', record })}
          onDeleteHighlight={(record) => void remove({ kind: 'highlight', record })}
          onEditNote={(record) => setDialog({ kind: 'paragraph', paragraphId: record.paragraphId, record })}
          onDeleteNote={(record) => void remove({ kind: 'note', record })}
          onExport={download}
          onClose={() => setPanelOpen(false)}
        />
      )}
      {dialog && (
        <NoteDialog
          title={dialog.kind === 'paragraph' ? t('notes.paragraphNote', { n: paragraphNumber(dialog.paragraphId) }) : t('notes.highlightNote')}
          quote={dialog.kind === 'new-highlight' ? dialog.quote : dialog.kind === 'highlight' ? dialog.record.selector.quote : undefined}
          initial={dialog.kind === 'new-highlight' ? '' : (dialog.record?.note ?? '')}
          onSave={(text) => void saveDialog(text)}
          onCancel={() => setDialog(null)}
        />
      )}
      {undo && (
        <div role="status" className="fixed start-4 bottom-16 z-30 flex items-center gap-3 rounded-lg border border-line bg-card px-4 py-2 text-sm shadow-lg">
          {undo.kind === 'highlight' ? t('notes.highlightDeleted') : t('notes.noteDeleted')}
          <button
            type="button"
            className="font-semibold text-accent underline"
            onClick={() => {
              void (undo.kind === 'highlight' ? annotations.saveHighlight(undo.record) : annotations.saveNote(undo.record));
              setUndo(null);
            }}
          >
            {t('notes.undo')}
          </button>
        </div>
      )}
    </>
  );
}
