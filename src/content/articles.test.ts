import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES_DIR, loadBundledArticles } from '../../scripts/content-plugin';
import { countWords } from '../domain/arabic/tokenize';
import { listArticles, loadArticle } from './articles';

const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
const hasSeeds = existsSync(SEEDS);
if (!hasSeeds) console.warn(`Seed comparison skipped: ${SEEDS} is absent (CI always has it).`);

describe('bundled articles', () => {
  const articles = loadBundledArticles();

  it('are all valid against the schema, with their analyses', () => {
    const files = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.json') && !f.endsWith('.analysis.json'));
    expect(articles.map((a) => `${a.id}.json`)).toEqual(files.sort());
    expect(articles.length).toBeGreaterThanOrEqual(2);
  });

  it('state word and paragraph counts that match their text', () => {
    for (const a of articles) {
      expect(a.paragraphCount).toBe(a.paragraphs.length);
      expect(a.wordCount).toBe(a.paragraphs.reduce((n, p) => n + countWords(p.ar), 0));
    }
  });

  it('give a date only for the article whose text states one', () => {
    expect(Object.fromEntries(articles.map((a) => [a.id, a.date]))).toEqual({
      'assad-xi-phone-call': null,
      'xi-receives-assad-in-hangzhou': '2023-09-22',
    });
  });

  it('are listed by the registry and load in full', async () => {
    expect(listArticles().map((a) => a.id)).toEqual(articles.map((a) => a.id));
    const loaded = await loadArticle(articles[0]!.id);
    expect(loaded?.paragraphs).toEqual(articles[0]!.paragraphs);
    expect(await loadArticle('no-such-article')).toBeUndefined();
  });

  describe.runIf(hasSeeds)('against ../shared/seeds', () => {
    it('reproduce every paragraph of the seed character for character', () => {
      for (const a of articles.filter((x) => x.seed)) {
        const seed = readFileSync(path.join(SEEDS, `${a.seed}.txt`), 'utf8').split('\n');
        expect(a.paragraphs.map((p) => p.ar)).toEqual(seed);
      }
      expect(articles.filter((x) => x.seed).length).toBe(2);
    });
  });
});
