import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledArticles } from '../../scripts/content-plugin';
import { analysisSchema, type Analysis } from './analysis';
import { checkAnalysis } from './analysis-integrity';

const articles = loadBundledArticles();
const analysisOf = (id: string): Analysis =>
  analysisSchema.parse(JSON.parse(readFileSync(`src/content/articles/${id}.analysis.json`, 'utf8')));

describe('curated analyses', () => {
  it.each(articles.map((a) => a.id))('%s passes every integrity check', (id) => {
    const article = articles.find((a) => a.id === id)!;
    expect(checkAnalysis(article, analysisOf(id))).toEqual([]);
  });

  it('cover all 794 word tokens of the two articles', () => {
    expect(articles.reduce((n, a) => n + analysisOf(a.id).tokens.length, 0)).toBe(794);
  });

  const article = articles.find((a) => a.id === 'xi-receives-assad-in-hangzhou')!;
  const base = analysisOf(article.id);
  const mutate = (edit: (a: Analysis) => void) => {
    const copy = structuredClone(base);
    edit(copy);
    return checkAnalysis(article, copy);
  };

  it('catch a missing token', () => {
    expect(mutate((a) => a.tokens.splice(3, 1)).join('\n')).toMatch(/expected 359 tokens/u);
  });
  it('catch offsets that do not slice the token', () => {
    expect(mutate((a) => (a.tokens[0]!.end += 1)).join('\n')).toMatch(/offsets do not slice/u);
  });
  it('catch a vocalised form with other letters', () => {
    expect(mutate((a) => (a.tokens[0]!.voc = 'قَبِلَ')).join('\n')).toMatch(/does not strip/u);
  });
  it('catch segments that do not join back into the token', () => {
    expect(mutate((a) => a.tokens[1]!.segments.shift()).join('\n')).toMatch(/segments join/u);
  });
  it('catch the same form and lemma analysed two ways', () => {
    const i = base.tokens.findIndex((t, k) => base.tokens.some((u, j) => j > k && u.form === t.form && u.lemma === t.lemma));
    expect(mutate((a) => (a.tokens[i]!.root = 'كتب')).join('\n')).toMatch(/inconsistent/u);
  });
  it('catch a unit that does not start on a token', () => {
    expect(mutate((a) => (a.units[0]!.start += 1)).join('\n')).toMatch(/unit/u);
  });
});
