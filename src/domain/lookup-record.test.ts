import { describe, expect, it } from 'vitest';
import { recentDistinct, type LookupRecord } from './lookup-record';

const record = (start: number, at: number): LookupRecord => ({
  form: `w${start}`,
  lemma: 'l',
  gloss: 'g',
  articleId: 'a',
  paragraphId: 'p1',
  start,
  at,
});

describe('recentDistinct', () => {
  it('lists each word position once, newest first, up to the limit', () => {
    const records = [record(1, 1), record(2, 2), record(1, 3), record(3, 4)];
    expect(recentDistinct(records, 10).map((r) => [r.start, r.at])).toEqual([
      [3, 4],
      [1, 3],
      [2, 2],
    ]);
    expect(recentDistinct(records, 2)).toHaveLength(2);
  });
});
