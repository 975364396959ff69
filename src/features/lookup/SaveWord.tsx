/**
 * The popover's "My words" part: saves the word's lemma (not its printed form) with the sentence it came
 * from, and sets its status by button or key (1–4 learning, 5 or K known, I ignored), as Lute and LingQ
 * learners expect. Names and terms containing the word can be saved as units.
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase, useLive, useStorageOff } from '../../db/react';
import type { TokenAnalysis, Unit } from '../../domain/analysis';
import {
  STATUS_CHANGE_EVENT,
  statusForKey,
  tokenKey,
  unitKey,
  WORD_STATUSES,
  wordFromToken,
  wordFromUnit,
  type StatusChange,
  type WordRecord,
  type WordStatus,
} from '../../domain/vocab';

interface Props {
  articleId: string;
  paragraph: string;
  token: TokenAnalysis;
  units: Unit[];
  /** Whether the popover is showing (keys act only then). */
  shown: boolean;
}

/** Saves a word (merged with what is stored) and, when asked, sets its status. */
function useSave() {
  const store = useDatabase();
  return useMemo(
    () =>
      store &&
      (async (word: WordRecord, status?: WordStatus) => {
        const now = Date.now();
        // Shown at once (the page's colours follow the event), stored in one transaction.
        if (status) document.dispatchEvent(new CustomEvent<StatusChange>(STATUS_CHANGE_EVENT, { detail: { id: word.id, status } }));
        // The scheduler is loaded only when something is saved (the popover itself stays light).
        const { newCards } = await import('../../domain/srs');
        await store.api.saveWords(store.db, [word], (w) => newCards(w.id, now), now, status);
      }),
    [store],
  );
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function SaveWord({ articleId, paragraph, token, units, shown }: Props) {
  const { t } = useTranslation();
  const save = useSave();
  const off = useStorageOff();
  const key = tokenKey(token);
  const saved = useLive((api, db) => api.readWord(db, key), [key]);
  const build = () => wordFromToken(token, articleId, paragraph, Date.now());

  useEffect(() => {
    if (!shown || !save) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const status = statusForKey(e.key);
      if (!status) return;
      e.preventDefault();
      void save(wordFromToken(token, articleId, paragraph, Date.now()), status);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown, save, token, articleId, paragraph]);

  if (!save) return <p className="text-sm text-muted">{t('vocab.storageOff', { reason: t(`storage.off.${off ?? 'unavailable'}`) })}</p>;
  return (
    <div className="grid gap-2">
      {saved ? (
        <StatusPicker lemma={token.lemma} value={saved.status} onChange={(status) => void save(build(), status)} />
      ) : (
        <button type="button" onClick={() => void save(build(), 'new')} className="justify-self-start rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent">
          {t('vocab.saveWord', { lemma: token.lemma })}
        </button>
      )}
      <p className="text-xs text-muted">
        {saved ? (
          <Link to="/words" className="text-accent underline-offset-2 hover:underline">
            {t('vocab.savedIn')}
          </Link>
        ) : (
          t('vocab.keysHint')
        )}
      </p>
      {units.map((u) => (
        <SaveUnit key={`${u.start}-${u.end}`} unit={u} articleId={articleId} paragraph={paragraph} save={save} />
      ))}
    </div>
  );
}

function SaveUnit({ unit, articleId, paragraph, save }: { unit: Unit; articleId: string; paragraph: string; save: NonNullable<ReturnType<typeof useSave>> }) {
  const { t } = useTranslation();
  const key = unitKey(unit.text);
  const saved = useLive((api, db) => api.readWord(db, key), [key]);
  const build = () => wordFromUnit(unit, articleId, paragraph, Date.now());
  if (saved) return <StatusPicker lemma={unit.text} value={saved.status} onChange={(status) => void save(build(), status)} />;
  return (
    <button type="button" onClick={() => void save(build())} className="justify-self-start rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft">
      {t('vocab.saveUnit', { text: unit.text })}
    </button>
  );
}

/** Seven statuses as a compact segmented control, named for screen readers. */
function StatusPicker({ lemma, value, onChange }: { lemma: string; value: WordStatus; onChange: (status: WordStatus) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-semibold">
        {t('vocab.statusOf')}{' '}
        <span lang="ar" dir="rtl">
          {lemma}
        </span>
      </legend>
      <div className="flex flex-wrap gap-1">
        {WORD_STATUSES.map((s) => (
          <label
            key={s}
            title={t(`vocab.status.${s}`)}
            className={`qiraa-status-chip relative cursor-pointer rounded-md border border-line px-2 py-1 text-xs has-checked:border-accent has-checked:font-semibold has-focus-visible:outline-3 has-focus-visible:outline-accent`}
            data-status={s}
          >
            <input type="radio" name={`status-${lemma}`} className="absolute inset-0 cursor-pointer appearance-none opacity-0" checked={value === s} onChange={() => onChange(s)} aria-label={t(`vocab.status.${s}`)} />
            <span aria-hidden="true">{t(`vocab.statusShort.${s}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
