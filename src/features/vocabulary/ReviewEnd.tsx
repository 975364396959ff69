/**
 * What the review page shows when no card is left: the session's summary (how many were reviewed, and
 * with which grades), or that nothing is due; in both, when the next card falls due — and, once it has,
 * a way to go on — with links back to My words and the library.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLive } from '../../db/react';
import { GRADES, type Grade } from '../../domain/srs';
import { readNextDue, useClock } from './review-due';
import { formatDueIn } from './review-time';

/** One review given in this session. */
export interface Reviewed {
  cardId: string;
  wordId: string;
  grade: Grade;
}

const link = 'text-accent underline-offset-2 hover:underline';

export interface ReviewEndProps {
  reviewed: readonly Reviewed[];
  /** Starts a new session with the cards due now. */
  onContinue: () => void;
  /** Moves focus to the heading (when the learner got here by reviewing, not by opening the page). */
  focus: boolean;
}

export function ReviewEnd({ reviewed, onContinue, focus }: ReviewEndProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const nextDue = useLive((api, db) => readNextDue(api, db), []);
  const now = useClock(15_000);

  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);

  const counts = Object.fromEntries(GRADES.map((g) => [g, reviewed.filter((r) => r.grade === g).length])) as Record<Grade, number>;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-lg border border-line bg-card p-5">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {reviewed.length ? t('review.sessionDone') : t('review.nothingDue')}
      </h2>
      {reviewed.length > 0 && (
        <>
          <p className="mt-2">{t('review.reviewed', { count: reviewed.length })}</p>
          <dl aria-label={t('review.byGrade')} className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {GRADES.map((g) => (
              <div key={g} className="rounded-md border border-line px-3 py-2">
                <dt className="text-sm text-muted">{t(`review.grades.${g}`)}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{counts[g]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {nextDue === null && !reviewed.length && <p className="mt-2">{t('review.noCards')}</p>}
      {typeof nextDue === 'number' &&
        (nextDue <= now ? (
          <p className="mt-3 flex flex-wrap items-center gap-3">
            {t('review.dueNow')}
            <button type="button" onClick={onContinue} className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90">
              {t('review.continue')}
            </button>
          </p>
        ) : (
          <p className="mt-3 text-muted">{t('review.nextDue', { when: formatDueIn(nextDue - now, i18n.language) })}</p>
        ))}
      <p className="mt-4 flex flex-wrap gap-4">
        <Link to="/words" className={link}>
          {t('review.myWords')}
        </Link>
        <Link to="/" className={link}>
          {t('review.library')}
        </Link>
      </p>
    </section>
  );
}
