/**
 * Writes or edits a note (light Markdown) in a modal <dialog>: focus is kept inside, Escape cancels.
 * Over-long input is refused with a message and nothing is saved.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../components/ui/Markdown';
import { Modal } from '../../components/ui/Modal';

export const NOTE_LIMIT = 10_000;

export function NoteDialog(props: { title: string; quote?: string; initial: string; onSave: (note: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.initial);
  const [preview, setPreview] = useState(false);
  const titleId = useId();
  const errorId = useId();
  const tooLong = text.length > NOTE_LIMIT;

  return (
    <Modal labelledBy={titleId} width="w-[min(34rem,calc(100vw-2rem))]" onCancel={props.onCancel}>
      <form
        method="dialog"
        className="grid gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (!tooLong) props.onSave(text.trim());
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {props.title}
        </h2>
        {props.quote && (
          <blockquote dir="auto" className="border-s-4 border-line ps-3 text-muted">
            {props.quote}
          </blockquote>
        )}
        {preview ? (
          <div className="min-h-32 rounded-md border border-line p-3">
            <Markdown source={text} />
          </div>
        ) : (
          <textarea
            value={text}
            dir="auto"
            rows={6}
            autoFocus
            aria-label={t('notes.noteLabel')}
            aria-describedby={tooLong ? errorId : undefined}
            aria-invalid={tooLong}
            onChange={(e) => setText(e.target.value)}
            className="w-full rounded-md border border-line bg-paper p-2"
          />
        )}
        <p className="text-xs text-muted">{t('notes.markdownHint')}</p>
        {tooLong && (
          <p id={errorId} role="alert" className="text-sm font-semibold text-red-700 dark:text-red-300">
            {t('notes.tooLong', { limit: NOTE_LIMIT.toLocaleString(), count: text.length })}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={tooLong} className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent disabled:opacity-50">
            {t('notes.save')}
          </button>
          <button type="button" onClick={() => setPreview((p) => !p)} className="rounded-md border border-line px-3 py-1.5">
            {preview ? t('notes.edit') : t('notes.preview')}
          </button>
          <button type="button" onClick={props.onCancel} className="ms-auto rounded-md border border-line px-3 py-1.5">
            {t('notes.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
