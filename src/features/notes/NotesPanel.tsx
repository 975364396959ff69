/**
 * An article's highlights and notes in reading order: choose one to go to it; change a highlight's
 * colour, edit or delete its note, delete it (with Undo, offered by the parent); export as Markdown.
 * Highlights whose text can no longer be found are listed as detached, never dropped.
 */
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/ui/Markdown';
import type { AnnotationEntry, HighlightRecord, ParagraphNoteRecord } from '../../domain/annotation';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../domain/highlight';

export function NotesPanel(props: {
  entries: AnnotationEntry[];
  paragraphNumber: (paragraphId: string) => number;
  onGo: (entry: AnnotationEntry) => void;
  onColour: (record: HighlightRecord, colour: HighlightColour) => void;
  onEditHighlightNote: (record: HighlightRecord) => void;
  onDeleteHighlight: (record: HighlightRecord) => void;
  onEditNote: (record: ParagraphNoteRecord) => void;
  onDeleteNote: (record: ParagraphNoteRecord) => void;
  onExport: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const small = 'rounded-md border border-line px-2 py-0.5 text-xs hover:bg-accent-soft';
  return (
    <aside
      aria-label={t('notes.panel')}
      className="fixed inset-x-0 bottom-0 z-20 max-h-[70dvh] overflow-y-auto border-t border-line bg-card p-4 shadow-2xl sm:inset-x-auto sm:end-0 sm:top-14 sm:bottom-0 sm:max-h-none sm:w-[24rem] sm:border-s sm:border-t-0"
    >
      <div className="mb-3 flex items-center gap-2">
        <h2 className="me-auto text-lg font-semibold">{t('notes.panel')}</h2>
        <button type="button" className={small} onClick={props.onExport}>
          {t('notes.exportMarkdown')}
        </button>
        <button type="button" className={small} onClick={props.onClose}>
          {t('notes.closePanel')}
        </button>
      </div>
      {props.entries.length === 0 && <p className="text-sm text-muted">{t('notes.empty')}</p>}
      <ol className="grid gap-3">
        {props.entries.map((entry) =>
          entry.kind === 'note' ? (
            <li key={entry.item.id} className="rounded-lg border border-line p-3">
              <button type="button" className="text-sm font-semibold text-accent underline-offset-2 hover:underline" onClick={() => props.onGo(entry)}>
                {t('notes.paragraphNote', { n: props.paragraphNumber(entry.item.paragraphId) })}
              </button>
              <div className="mt-1 text-sm">
                <Markdown source={entry.item.note} />
              </div>
              <div className="mt-2 flex gap-2">
                <button type="button" className={small} onClick={() => props.onEditNote(entry.item)}>
                  {t('notes.editNote')}
                </button>
                <button type="button" className={small} onClick={() => props.onDeleteNote(entry.item)}>
                  {t('notes.deleteNote')}
                </button>
              </div>
            </li>
          ) : (
            <HighlightItem key={entry.item.record.id} entry={entry} {...props} small={small} />
          ),
        )}
      </ol>
    </aside>
  );
}

function HighlightItem(props: Parameters<typeof NotesPanel>[0] & { entry: Extract<AnnotationEntry, { kind: 'highlight' }>; small: string }) {
  const { t } = useTranslation();
  const { record, place } = props.entry.item;
  const detached = place.status === 'detached';
  return (
    <li className={`rounded-lg border p-3 ${detached ? 'border-dashed border-line' : 'border-line'}`}>
      <p className="mb-1 text-xs text-muted">
        {detached ? t('notes.detached') : t('notes.inParagraph', { n: props.paragraphNumber(place.paragraphId) })} · {t(`notes.colours.${record.colour}`)}
      </p>
      <button
        type="button"
        disabled={detached}
        onClick={() => props.onGo(props.entry)}
        lang={record.side}
        dir={record.side === 'ar' ? 'rtl' : 'ltr'}
        className={`qiraa-swatch-${record.colour} block w-full rounded px-1 text-start ${record.side === 'ar' ? 'text-xl leading-loose' : ''}`}
      >
        {record.selector.quote}
      </button>
      {record.note && (
        <div className="mt-2 text-sm">
          <Markdown source={record.note} />
        </div>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label className="text-xs">
          <span className="sr-only">{t('notes.changeColour')}</span>
          <select
            value={record.colour}
            aria-label={t('notes.changeColour')}
            onChange={(e) => props.onColour(record, e.target.value as HighlightColour)}
            className="rounded-md border border-line bg-card px-1 py-0.5"
          >
            {HIGHLIGHT_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(`notes.colours.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className={props.small} onClick={() => props.onEditHighlightNote(record)}>
          {record.note ? t('notes.editNote') : t('notes.addNote')}
        </button>
        <button type="button" className={props.small} onClick={() => props.onDeleteHighlight(record)}>
          {t('notes.deleteHighlight')}
        </button>
      </div>
    </li>
  );
}
