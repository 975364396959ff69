/**
 * Spaced repetition for saved words: two cards per word (recognition: Arabic → English; recall:
 * English → Arabic), scheduled by FSRS (ts-fsrs) behind pure functions of card, grade and time.
 * Records hold plain numbers (milliseconds since the epoch), never Date objects, so they store and
 * back up as they are. Time and ids are parameters, so every function here is pure; ts-fsrs works in
 * Date objects, converted only at this module's boundary.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card as FsrsCard, type Grade as FsrsGrade, type State } from 'ts-fsrs';

export const DIRECTIONS = ['recognition', 'recall'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface CardRecord {
  /** `${wordId}|${direction}` */
  id: string;
  wordId: string;
  direction: Direction;
  /** When the card is next due (ms since the epoch). */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  /** Last review (ms), or null before the first. */
  lastReview: number | null;
}

export interface ReviewLogRecord {
  id: string;
  cardId: string;
  wordId: string;
  direction: Direction;
  grade: Grade;
  /** When the review happened (ms). */
  at: number;
  /** The card's state and due time before the review, and its due time after. */
  stateBefore: CardState;
  dueBefore: number;
  dueAfter: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
}

/** The id of a word's card in one direction. */
export const cardId = (wordId: string, direction: Direction) => `${wordId}|${direction}`;

/** Card states in the order ts-fsrs numbers them (State.New = 0 … State.Relearning = 3). */
const STATES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];

const RATINGS: Readonly<Record<Grade, FsrsGrade>> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the same card, grade and time always give the same schedule (tests pin it; two tabs agree).
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

function toFsrs(card: CardRecord): FsrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES.indexOf(card.state) as State,
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
  };
}

function fromFsrs(id: string, wordId: string, direction: Direction, card: FsrsCard): CardRecord {
  return {
    id,
    wordId,
    direction,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATES[card.state] ?? 'new',
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** A word's two new cards, recognition then recall, both due at `now`. */
export function newCards(wordId: string, now: number): CardRecord[] {
  const empty = createEmptyCard(new Date(now));
  return DIRECTIONS.map((direction) => fromFsrs(cardId(wordId, direction), wordId, direction, empty));
}

/**
 * Reviews `card` with `grade` at `now`: the card as rescheduled and the log entry to store with it.
 * Like ts-fsrs's own log, the entry's stability, difficulty and scheduled days are the card's before
 * the review (with `stateBefore` and `dueBefore` they say what the learner was shown); `elapsedDays`
 * is the time since the previous review and `dueAfter` the new due time.
 */
export function schedule(card: CardRecord, grade: Grade, now: number, logId: string): { card: CardRecord; log: ReviewLogRecord } {
  const next = scheduler.next(toFsrs(card), new Date(now), RATINGS[grade]);
  const after = fromFsrs(card.id, card.wordId, card.direction, next.card);
  return {
    card: after,
    log: {
      id: logId,
      cardId: card.id,
      wordId: card.wordId,
      direction: card.direction,
      grade,
      at: now,
      stateBefore: card.state,
      dueBefore: card.due,
      dueAfter: after.due,
      stability: next.log.stability,
      difficulty: next.log.difficulty,
      elapsedDays: next.log.elapsed_days,
      scheduledDays: next.log.scheduled_days,
    },
  };
}

/** How long (ms) until the card would be due again after each grade given at `now`, for the grade buttons. */
export function nextIntervals(card: CardRecord, now: number): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrs(card), new Date(now));
  const after = (grade: Grade) => preview[RATINGS[grade]].card.due.getTime() - now;
  return { again: after('again'), hard: after('hard'), good: after('good'), easy: after('easy') };
}

/** Whether the card is due for review at `now`. */
export function isDue(card: CardRecord, now: number): boolean {
  return card.due <= now;
}

/**
 * The order to show due cards in: soonest due first (recognition before recall when both are due at
 * the same moment), except that a card whose sibling (the same word's
 * other direction) comes earlier in the list, or was already reviewed this session (`reviewedWords`),
 * waits until every other word has had its turn, so one card never gives away the answer to the next.
 */
export function reviewOrder(cards: readonly CardRecord[], reviewedWords: ReadonlySet<string> = new Set()): CardRecord[] {
  // On a tie, recognition first: seeing the word comes before producing it.
  const sorted = [...cards].sort((a, b) => a.due - b.due || DIRECTIONS.indexOf(a.direction) - DIRECTIONS.indexOf(b.direction));
  const seen = new Set(reviewedWords);
  const first: CardRecord[] = [];
  const later: CardRecord[] = [];
  for (const card of sorted) {
    (seen.has(card.wordId) ? later : first).push(card);
    seen.add(card.wordId);
  }
  return [...first, ...later];
}
