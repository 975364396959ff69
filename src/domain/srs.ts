/**
 * Spaced repetition for saved words: two cards per word (recognition: Arabic → English; recall:
 * English → Arabic), scheduled by FSRS (ts-fsrs) behind pure functions of card, grade and time.
 * Records hold plain numbers (milliseconds since the epoch), never Date objects, so they store and
 * back up as they are.
 */

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

export const cardId = (wordId: string, direction: Direction) => `${wordId}|${direction}`;
