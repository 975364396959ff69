import { describe, expect, it } from 'vitest';
import { analyzeText, compileLexicon } from '../../domain/analyzer';
import { TEST_LEMMAS, TEST_NAMES, TEST_TERMS } from '../../domain/analyzer/test-lexicon';
import { readIndex, writeIndex } from './index-cache';

const TEXT = 'وقال الرئيس شي جين بينغ إن الدول ستعمل على إعادة الإعمار، ويقولون إنّ حكومته وافقت.';

describe('the compiled-index cache', () => {
  it('gives back an index that analyses exactly as the one compiled', async () => {
    const compiled = compileLexicon(TEST_LEMMAS, TEST_NAMES, TEST_TERMS);
    expect(await readIndex('v1')).toBeUndefined();
    await writeIndex('v1', compiled);
    // Using the compiled index at once (which fills its lazy caches) must not change what was stored.
    const expected = analyzeText(compiled, TEXT);
    const restored = await readIndex('v1');
    expect(restored).toBeDefined();
    expect(analyzeText(restored!, TEXT)).toEqual(expected);
    // Another lexicon (new file hashes) replaces it.
    await writeIndex('v2', compileLexicon(TEST_LEMMAS));
    expect(await readIndex('v1')).toBeUndefined();
    expect(await readIndex('v2')).toBeDefined();
  });
});
