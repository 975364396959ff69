import { describe, expect, it } from 'vitest';
import { formatDueIn, formatInterval, span } from './review-time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('review times', () => {
  it.each([
    [0, 1, 'minute'],
    [10 * MINUTE, 10, 'minute'],
    [59 * MINUTE, 59, 'minute'],
    [59.8 * MINUTE, 1, 'hour'],
    [5 * HOUR, 5, 'hour'],
    [23.8 * HOUR, 1, 'day'],
    [4 * DAY, 4, 'day'],
    [45 * DAY, 2, 'month'],
    [550 * DAY, 1.5, 'year'],
  ] as const)('says %d ms as %d %s', (ms, value, unit) => {
    expect(span(ms)).toEqual({ value, unit });
  });

  it('labels grade buttons briefly in English and in words in Arabic, with Latin digits', () => {
    expect(formatInterval(10 * MINUTE, 'en')).toBe('10 min');
    expect(formatInterval(4 * DAY, 'en')).toBe('4 days');
    expect(formatInterval(10 * MINUTE, 'ar')).toBe('10 دقائق');
    expect(formatInterval(4 * DAY, 'ar')).toBe('4 أيام');
  });

  it('says when the next card is due', () => {
    expect(formatDueIn(3 * HOUR, 'en')).toBe('in 3 hours');
    expect(formatDueIn(DAY, 'en')).toBe('tomorrow');
    expect(formatDueIn(3 * HOUR, 'ar')).toBe('خلال 3 ساعات');
  });
});
