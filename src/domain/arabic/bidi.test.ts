import { describe, expect, it } from 'vitest';
import { splitIsolates } from './bidi';

describe('splitIsolates', () => {
  it('isolates numbers and Latin runs and reproduces the text exactly', () => {
    const text = 'الجمعة 22 سبتمبر/أيلول 2023، قناة CCTV بنسبة 3.5%';
    const runs = splitIsolates(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.isolate).map((r) => r.text)).toEqual(['22', '2023', 'CCTV', '3.5%']);
    for (const r of runs) expect(text.slice(r.start, r.start + r.text.length)).toBe(r.text);
  });

  it('leaves text without numbers or Latin as one run', () => {
    expect(splitIsolates('الصين وسوريا')).toEqual([{ text: 'الصين وسوريا', start: 0, isolate: false }]);
  });
});
