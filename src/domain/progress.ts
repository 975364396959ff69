/**
 * Reading progress: where the reader stopped in an article and how far they have got.
 */

export interface ReadingProgress {
  articleId: string;
  /** The paragraph at the top of the screen when the reader last stopped. */
  paragraphId: string;
  /** Index of the furthest paragraph the reader has reached (0-based). */
  furthestIndex: number;
  paragraphCount: number;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}

/** Share of the article read, 0–1, from the furthest paragraph reached. */
export function progressRatio(progress: Pick<ReadingProgress, 'furthestIndex' | 'paragraphCount'>): number {
  if (progress.paragraphCount <= 0) return 0;
  return Math.min(1, Math.max(0, (progress.furthestIndex + 1) / progress.paragraphCount));
}

/** Next progress after the reader sees paragraph `index`; the furthest point never moves back. */
export function advanceProgress(
  previous: ReadingProgress | undefined,
  next: { articleId: string; paragraphId: string; index: number; paragraphCount: number; now: number },
): ReadingProgress {
  return {
    articleId: next.articleId,
    paragraphId: next.paragraphId,
    furthestIndex: Math.max(previous?.furthestIndex ?? -1, next.index),
    paragraphCount: next.paragraphCount,
    updatedAt: next.now,
  };
}
