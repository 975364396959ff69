/**
 * Review of saved words, card by card (spaced repetition, FSRS). A session takes the cards due when it
 * starts — read live, so a word deleted or marked known elsewhere drops out — in `reviewOrder`. Each
 * grade is one pure `schedule` and one `recordReview` (card and log in one transaction); the live query
 * then moves on. Only IndexedDB is used, so it works offline.
 */
import '../../i18n/vocabulary';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase, useLive, useStorageOff } from '../../db/react';
import { nextIntervals, reviewOrder, schedule, type Grade } from '../../domain/srs';
import { ReviewCard } from './ReviewCard';
import { readDueItems } from './review-due';
import { ReviewEnd, type Reviewed } from './ReviewEnd';
import { useReviewKeys } from './review-keys';

/** A log id; the fallback serves pages opened outside a secure context, where randomUUID is missing. */
const logId = (now: number) =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${now.toString(36)}-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;

export function ReviewPage() {
  const { t } = useTranslation();
  const off = useStorageOff();
  const available = off === null;
  const database = useDatabase();
  const [sessionStart, setSessionStart] = useState(() => Date.now());
  const [reviewed, setReviewed] = useState<Reviewed[]>([]);
  const [shown, setShown] = useState<{ cardId: string; at: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const saving = useRef(false);
  // Focus follows the session only once the learner has acted, never on opening the page.
  const acted = useRef(false);
  const showRef = useRef<HTMLButtonElement>(null);
  const answerRef = useRef<HTMLElement>(null);

  const due = useLive((api, db) => readDueItems(api, db, sessionStart), [sessionStart]);
  const queue = useMemo(() => {
    if (!due) return undefined;
    const done = new Set(reviewed.map((r) => r.cardId));
    const items = new Map(due.filter((i) => !done.has(i.card.id)).map((i) => [i.card.id, i]));
    return reviewOrder(
      [...items.values()].map((i) => i.card),
      new Set(reviewed.map((r) => r.wordId)),
    ).map((card) => items.get(card.id)!);
  }, [due, reviewed]);
  const current = queue?.[0];
  const revealedAt = current && shown?.cardId === current.card.id ? shown.at : null;
  const intervals = useMemo(() => (current && revealedAt !== null ? nextIntervals(current.card, revealedAt) : null), [current, revealedAt]);

  const reveal = () => {
    if (!current || revealedAt !== null) return;
    acted.current = true;
    setShown({ cardId: current.card.id, at: Date.now() });
  };

  const grade = async (chosen: Grade) => {
    if (!database || !current || revealedAt === null || saving.current) return;
    saving.current = true;
    acted.current = true;
    const now = Date.now();
    const { card, log } = schedule(current.card, chosen, now, logId(now));
    try {
      await database.api.recordReview(database.db, card, log);
      setReviewed((list) => [...list, { cardId: card.id, wordId: card.wordId, grade: chosen }]);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      saving.current = false;
    }
  };

  const start = () => {
    acted.current = true;
    setReviewed([]);
    setShown(null);
    setSessionStart(Date.now());
  };

  useReviewKeys({ reveal: current && revealedAt === null ? reveal : undefined, grade: current && revealedAt !== null ? (g) => void grade(g) : undefined });

  useEffect(() => {
    if (!acted.current) return;
    if (revealedAt !== null) answerRef.current?.focus();
    else showRef.current?.focus();
  }, [current?.card.id, revealedAt]);

  const total = reviewed.length + (queue?.length ?? 0);
  const status = !available ? '' : !queue ? t('review.loading') : current ? t('review.progress', { n: reviewed.length + 1, total }) : reviewed.length ? t('review.reviewed', { count: reviewed.length }) : '';

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="me-auto text-3xl font-bold">{t('review.title')}</h1>
        {queue && queue.length > 0 && <p className="text-sm text-muted">{t('review.due', { count: queue.length })}</p>}
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {status}
      </p>
      {!available ? (
        <div className="mt-6 rounded-lg border border-line bg-card p-5">
          <p>{t('review.storageOff', { reason: t(`storage.off.${off ?? 'unavailable'}`) })}</p>
          <Link to="/" className="mt-3 inline-block text-accent underline-offset-2 hover:underline">
            {t('review.library')}
          </Link>
        </div>
      ) : current ? (
        <>
          <ReviewCard key={current.card.id} item={current} intervals={intervals} onReveal={reveal} onGrade={(g) => void grade(g)} showRef={showRef} answerRef={answerRef} />
          {failed && (
            <p role="alert" className="mt-3 text-sm">
              {t('review.saveFailed')}
            </p>
          )}
          <p className="mt-4 text-xs text-muted">{t('review.keysHint')}</p>
        </>
      ) : (
        queue && <ReviewEnd reviewed={reviewed} onContinue={start} focus={reviewed.length > 0} />
      )}
    </div>
  );
}
