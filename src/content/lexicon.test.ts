/**
 * The team's lexicon as shipped: every file valid, no duplicates, and at least the size the product
 * promises (6,000 lemmas, 500 names, 500 multi-word terms).
 */
import { describe, expect, it } from 'vitest';
import { checkLexicon } from '../domain/lexicon/check';
import { lexiconKind } from '../domain/lexicon/files';

const files = import.meta.glob<unknown>('./lexicon/*.json', { eager: true, import: 'default' });

describe('the lexicon', () => {
  const result = checkLexicon(Object.entries(files).map(([path, data]) => ({ name: path, kind: lexiconKind(path), data })));

  it('has no malformed or duplicate entries', () => {
    expect(result.problems).toEqual([]);
  });

  it('holds at least 6,000 lemmas, 500 names and 500 terms', () => {
    expect(result.lemmas.length).toBeGreaterThanOrEqual(6000);
    expect(result.names.length).toBeGreaterThanOrEqual(500);
    expect(result.terms.length).toBeGreaterThanOrEqual(500);
  });

  it('gives every verb its form and imperfect, and lists broken plurals only for nouns and adjectives', () => {
    for (const entry of result.lemmas) {
      if (entry.p === 'verb') expect([entry.vf, entry.i].every((v) => v !== undefined), entry.l).toBe(true);
      else expect(entry.i, entry.l).toBeUndefined();
    }
  });
});
