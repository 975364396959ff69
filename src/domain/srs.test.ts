import { describe, expect, it } from 'vitest';
import { GRADES, isDue, newCards, nextIntervals, reviewOrder, schedule, type CardRecord, type Grade } from './srs';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The pinned clock: 1 March 2025, 09:00 UTC. */
const NOW = Date.UTC(2025, 2, 1, 9);

const [recognition, recall] = newCards('كِتَاب', NOW) as [CardRecord, CardRecord];

/** Reviews `card` with each grade in turn, each at the moment the card falls due. */
function reviewAtDue(card: CardRecord, grades: readonly Grade[]): CardRecord[] {
  const seen: CardRecord[] = [];
  for (const [i, grade] of grades.entries()) {
    card = schedule(card, grade, card.due, `log-${i}`).card;
    seen.push(card);
  }
  return seen;
}

describe('newCards', () => {
  it('makes one new card per direction, due now, with no history', () => {
    expect([recognition.direction, recall.direction]).toEqual(['recognition', 'recall']);
    expect([recognition.id, recall.id]).toEqual(['كِتَاب|recognition', 'كِتَاب|recall']);
    for (const card of [recognition, recall]) {
      expect(card).toMatchObject({ wordId: 'كِتَاب', due: NOW, state: 'new', reps: 0, lapses: 0, lastReview: null });
      expect(isDue(card, NOW)).toBe(true);
      expect(isDue(card, NOW - 1)).toBe(false);
    }
  });
});

describe('schedule', () => {
  it('keeps a card graded Again due within minutes', () => {
    const { card } = schedule(recognition, 'again', NOW, 'l1');
    expect(card.due).toBeGreaterThan(NOW);
    expect(card.due - NOW).toBeLessThanOrEqual(10 * MINUTE);
    expect(card.state).toBe('learning');
    expect(card.lastReview).toBe(NOW);
    expect(card.reps).toBe(1);
  });

  it('pushes Good later than Again, and Easy later than Good', () => {
    const due = Object.fromEntries(GRADES.map((g) => [g, schedule(recognition, g, NOW, 'l').card.due])) as Record<Grade, number>;
    expect(due.hard).toBeGreaterThanOrEqual(due.again);
    expect(due.good).toBeGreaterThan(due.again);
    expect(due.easy).toBeGreaterThan(due.good);
    expect(due.easy - NOW).toBeGreaterThanOrEqual(DAY);
  });

  it('grows the interval with each successive Good', () => {
    const cards = reviewAtDue(recall, ['good', 'good', 'good', 'good', 'good']);
    const intervals = cards.map((c) => c.due - c.lastReview!);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(cards.at(-1)!.state).toBe('review');
    expect(intervals.at(-1)!).toBeGreaterThan(30 * DAY);
  });

  it('counts a lapse when a card in review is forgotten, and relearns it within minutes', () => {
    const learnt = reviewAtDue(recall, ['good', 'good', 'good']).at(-1)!;
    expect(learnt.state).toBe('review');
    expect(learnt.lapses).toBe(0);
    const { card } = schedule(learnt, 'again', learnt.due, 'lapse');
    expect(card.lapses).toBe(1);
    expect(card.state).toBe('relearning');
    expect(card.due - learnt.due).toBeLessThanOrEqual(10 * MINUTE);
    expect(card.stability).toBeLessThan(learnt.stability);
  });

  it('logs the grade, the state and due time before, and the due time after', () => {
    const first = schedule(recognition, 'good', NOW, 'log-1');
    expect(first.log).toMatchObject({
      id: 'log-1',
      cardId: recognition.id,
      wordId: 'كِتَاب',
      direction: 'recognition',
      grade: 'good',
      at: NOW,
      stateBefore: 'new',
      dueBefore: NOW,
      dueAfter: first.card.due,
    });
    const later = first.card.due + 5 * MINUTE;
    const second = schedule(first.card, 'hard', later, 'log-2');
    expect(second.log).toMatchObject({ grade: 'hard', at: later, stateBefore: 'learning', dueBefore: first.card.due, dueAfter: second.card.due });
    expect(second.log.stability).toBe(first.card.stability);
  });

  it('is pure: the same inputs give the same outputs, and the input card is not changed', () => {
    const input = structuredClone(recognition);
    const a = schedule(recognition, 'hard', NOW + MINUTE, 'x');
    const b = schedule(recognition, 'hard', NOW + MINUTE, 'x');
    expect(a).toEqual(b);
    expect(recognition).toEqual(input);
    expect(nextIntervals(recognition, NOW)).toEqual(nextIntervals(recognition, NOW));
    expect(recognition).toEqual(input);
  });

  it('keeps records plain: they survive a JSON round trip unchanged', () => {
    const { card, log } = schedule(reviewAtDue(recall, ['good', 'again']).at(-1)!, 'good', NOW + 3 * DAY, 'log');
    for (const record of [recognition, card, log]) expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    // A card read back from storage schedules exactly as the one in memory.
    const restored = JSON.parse(JSON.stringify(card)) as CardRecord;
    expect(schedule(restored, 'easy', card.due, 'l')).toEqual(schedule(card, 'easy', card.due, 'l'));
  });
});

describe('nextIntervals', () => {
  it('gives the wait after each grade, matching what schedule does', () => {
    const at = NOW + 2 * MINUTE;
    const intervals = nextIntervals(recognition, at);
    for (const grade of GRADES) expect(intervals[grade]).toBe(schedule(recognition, grade, at, 'l').card.due - at);
    expect(intervals.again).toBeLessThan(intervals.good);
    expect(intervals.good).toBeLessThan(intervals.easy);
  });
});

describe('reviewOrder', () => {
  const card = (wordId: string, direction: CardRecord['direction'], due: number) => newCards(wordId, due).find((c) => c.direction === direction)!;

  it('puts soonest due first and a word’s second card after every other word', () => {
    const cards = [card('b', 'recall', 3), card('a', 'recognition', 1), card('a', 'recall', 2), card('c', 'recognition', 4)];
    expect(reviewOrder(cards).map((c) => c.id)).toEqual(['a|recognition', 'b|recall', 'c|recognition', 'a|recall']);
  });

  it('shows recognition before recall when both are due at the same moment', () => {
    const cards = [card('a', 'recall', 1), card('a', 'recognition', 1), card('b', 'recall', 1), card('b', 'recognition', 1)];
    expect(reviewOrder(cards).map((c) => c.id)).toEqual(['a|recognition', 'b|recognition', 'a|recall', 'b|recall']);
  });

  it('holds back cards of words already reviewed this session', () => {
    const cards = [card('a', 'recall', 1), card('b', 'recall', 2)];
    expect(reviewOrder(cards, new Set(['a'])).map((c) => c.id)).toEqual(['b|recall', 'a|recall']);
  });

  it('does not change its input', () => {
    const cards = [card('b', 'recall', 3), card('a', 'recall', 1)];
    const copy = structuredClone(cards);
    reviewOrder(cards);
    expect(cards).toEqual(copy);
  });
});
