/**
 * Acting on several words at once: select all shown, set the status of the selected words, delete them
 * (after a confirmation in a modal dialog; deleting also removes their review cards and history).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/Modal';
import { WORD_STATUSES, type WordStatus } from '../../domain/vocab';
import { field } from './WordsToolbar';

interface Props {
  shown: number;
  selected: number;
  onSelectAll: (all: boolean) => void;
  onStatus: (status: WordStatus) => void;
  onDelete: () => void;
}

export function WordsBulkBar({ shown, selected, onSelectAll, onStatus, onDelete }: Props) {
  const { t } = useTranslation();
  const all = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);
  const some = selected > 0 && selected < shown;
  useEffect(() => {
    if (all.current) all.current.indeterminate = some;
  }, [some]);

  return (
    <div className="mt-4 flex flex-wrap items-center gap-3 border-y border-line py-2 text-sm">
      <label className="flex items-center gap-2">
        <input ref={all} type="checkbox" checked={shown > 0 && selected === shown} disabled={shown === 0} onChange={(e) => onSelectAll(e.target.checked)} className="size-4 accent-accent" />
        {t('words.selectAllShown')}
      </label>
      <span className="text-muted">{t('words.selected', { count: selected })}</span>
      <select
        value=""
        disabled={selected === 0}
        onChange={(e) => e.target.value && onStatus(e.target.value as WordStatus)}
        aria-label={t('words.bulkStatus')}
        className={`${field} disabled:opacity-50`}
      >
        <option value="" disabled>
          {t('words.bulkStatusPlaceholder')}
        </option>
        {WORD_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`words.status.${s}`)}
          </option>
        ))}
      </select>
      <button type="button" disabled={selected === 0} onClick={() => setConfirming(true)} className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft disabled:opacity-50">
        {t('words.deleteSelected')}
      </button>
      {confirming && (
        <ConfirmDelete
          count={selected}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

/** A modal confirmation: focus starts on Cancel (the safe choice), Escape cancels. */
function ConfirmDelete({ count, onConfirm, onCancel }: { count: number; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Modal labelledBy={titleId} describedBy={bodyId} width="w-[min(30rem,calc(100vw-2rem))]" onCancel={onCancel}>
      <h2 id={titleId} className="text-lg font-semibold">
        {t('words.confirmDeleteTitle')}
      </h2>
      <p id={bodyId} className="mt-2">
        {t('words.confirmDelete', { count })}
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onConfirm} className="rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white dark:bg-red-300 dark:text-black">
          {t('words.delete')}
        </button>
        <button type="button" autoFocus onClick={onCancel} className="ms-auto rounded-md border border-line px-3 py-1.5">
          {t('words.cancel')}
        </button>
      </div>
    </Modal>
  );
}
