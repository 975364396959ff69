import { describe, expect, it } from 'vitest';
import { checkLexicon } from './check';

const verb = { l: 'قَالَ', r: 'قول', p: 'verb', g: ['to say'], vf: 1, i: 'يَقُولُ', m: ['قَوْل'] };
const noun = { l: 'كِتَاب', r: 'كتب', p: 'noun', g: ['book'], pl: ['كُتُب'] };

describe('lexicon checks', () => {
  it('accepts well-formed lemmas, names and terms', () => {
    const result = checkLexicon([
      { name: 'l.json', kind: 'lemmas', data: [verb, noun] },
      { name: 'names.json', kind: 'names', data: [{ l: 'مِصْر', k: 'country', g: ['Egypt'] }] },
      { name: 'terms.json', kind: 'terms', data: [{ t: 'مَجْلِس الأَمْن', k: 'institution', g: ['Security Council'] }] },
    ]);
    expect(result.problems).toEqual([]);
    expect([result.lemmas.length, result.names.length, result.terms.length]).toEqual([2, 1, 1]);
  });

  it.each([
    ['a duplicate across files', [{ name: 'b.json', kind: 'lemmas' as const, data: [noun] }], /duplicate of a\.json #2/u],
    ['a verb without its imperfect', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ ...verb, l: 'كَتَبَ', r: 'كتب', i: undefined }] }], /a verb needs i/u],
    ['an imperfect not in the 3rd person', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ ...verb, l: 'عَادَ', r: 'عود', i: 'تَعُودُ' }] }], /3rd person/u],
    ['a root the lemma lacks', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ ...noun, l: 'بَيْت', r: 'كتب' }] }], /root كتب/u],
    ['Latin in a lemma', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ ...noun, l: 'kitab' }] }], /letters and marks only/u],
    ['no root and no foreign flag', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ l: 'دُولَار', p: 'noun', g: ['dollar'] }] }], /root \(r\) or the foreign flag/u],
    ['a plural on a verb', [{ name: 'b.json', kind: 'lemmas' as const, data: [{ ...verb, l: 'دَعَا', r: 'دعو', i: 'يَدْعُو', pl: ['x'] }] }], /./u],
    ['a one-word term', [{ name: 'terms.json', kind: 'terms' as const, data: [{ t: 'الأَمْن', k: 'term', g: ['security'] }] }], /at least two words/u],
    ['a duplicate name', [{ name: 'names.json', kind: 'names' as const, data: [{ l: 'مِصْر', k: 'country', g: ['Egypt'] }, { l: 'مصر', k: 'country', g: ['Egypt'] }] }], /duplicate/u],
    ['a file that is not a list', [{ name: 'b.json', kind: 'lemmas' as const, data: { l: 'x' } }], /./u],
  ])('refuses %s', (_, files, message) => {
    const result = checkLexicon([{ name: 'a.json', kind: 'lemmas', data: [verb, noun] }, ...files]);
    expect(result.problems.join('\n')).toMatch(message);
  });
});
