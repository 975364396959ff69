/**
 * Which cards are up for review: those due whose word still exists and is still being learnt (a word
 * marked known or ignored keeps its cards, but they are not shown). The queries are built here from the
 * existing repository functions, so the header's count and the review page agree on what "due" means.
 */
import { useEffect, useState } from 'react';
import type { QiraaDb } from '../../db/db';
import { useLive } from '../../db/react';
import type { CardRecord } from '../../domain/srs';
import type { WordRecord, WordStatus } from '../../domain/vocab';

type Api = typeof import('../../db/db');

/** A card to review with its word. */
export interface ReviewItem {
  card: CardRecord;
  word: WordRecord;
}

/** Whether cards of a word with this status are reviewed: not when it is known, ignored or gone. */
export const isReviewable = (status: WordStatus | undefined) => status !== undefined && status !== 'known' && status !== 'ignored';

/** Cards due at `now` (soonest first) whose words are still being learnt, each with its word. */
export async function readDueItems(api: Api, db: QiraaDb, now: number): Promise<ReviewItem[]> {
  const cards = await api.readDueCards(db, now);
  const words = await Promise.all([...new Set(cards.map((c) => c.wordId))].map((id) => api.readWord(db, id)));
  const byId = new Map(words.filter((w) => w !== undefined).map((w) => [w.id, w]));
  return cards.flatMap((card) => {
    const word = byId.get(card.wordId);
    return word && isReviewable(word.status) ? [{ card, word }] : [];
  });
}

/** How many reviewable cards are due at `now`; reads only the statuses of the words those cards are for. */
async function countDue(api: Api, db: QiraaDb, now: number): Promise<number> {
  // A live query follows only the ranges it read: cards due up to `now`. A card saved a moment later is
  // due later than that, so the count also reads the whole table's size, to be re-run on any new card.
  const [cards] = await Promise.all([api.readDueCards(db, now), api.countCards(db)]);
  const statuses = await api.readStatusesOf(db, [...new Set(cards.map((c) => c.wordId))]);
  return cards.filter((c) => isReviewable(statuses.get(c.wordId))).length;
}

/**
 * When the soonest reviewable card is due (ms), or null when there is none. There is no repository
 * query for "the next due", so this reads every card; it runs only when nothing is left to review.
 */
export async function readNextDue(api: Api, db: QiraaDb): Promise<number | null> {
  const [cards, statuses] = await Promise.all([api.readDueCards(db, Number.MAX_SAFE_INTEGER), api.readStatuses(db)]);
  return cards.find((c) => isReviewable(statuses.get(c.wordId)))?.due ?? null;
}

/** The current time, refreshed every `period` ms and whenever the page becomes visible again. */
export function useClock(period: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, period);
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [period]);
  return now;
}

/**
 * The live number of cards due for review (words known or ignored left out); undefined until storage
 * answers, and while it is unavailable. Follows reviews and word changes at once, the clock each minute.
 */
export function useDueCount(): number | undefined {
  // The clock re-runs the count as time passes; the query reads the time itself, so that a change (a word
  // saved a moment ago, due now) is counted at once.
  const tick = useClock(60_000);
  return useLive((api, db) => countDue(api, db, Date.now()), [tick]);
}
