/**
 * Vite plugin that turns src/content/articles/*.json into the app's article registry and refuses to
 * build when any article (or its analysis) breaks the schema. Adding an article = adding one JSON file.
 *
 * `virtual:qiraa/articles` exports the metadata of every article (small, for the library), a loader
 * per article that imports its full JSON as a separate chunk, and one per curated analysis.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { analysisSchema } from '../src/domain/analysis.ts';
import { checkAnalysis } from '../src/domain/analysis-integrity.ts';
import { articleSchema, type Article } from '../src/domain/article.ts';

const VIRTUAL = 'virtual:qiraa/articles';
const RESOLVED = '\0' + VIRTUAL;
export const ARTICLES_DIR = path.resolve(import.meta.dirname, '../src/content/articles');

/** Reads and validates every bundled article; throws with the file name and the failing paths. */
export function loadBundledArticles(dir = ARTICLES_DIR): Article[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.analysis.json'));
  const articles = files.sort().map((file) => {
    const result = articleSchema.safeParse(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    if (!result.success) {
      const detail = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`Invalid article ${file}:\n${detail}`);
    }
    if (`${result.data.id}.json` !== file) throw new Error(`Article ${file} must have id "${file.slice(0, -5)}"`);
    const analysisFile = path.join(dir, `${result.data.id}.analysis.json`);
    if (files.length && readdirSync(dir).includes(path.basename(analysisFile))) {
      const analysis = analysisSchema.parse(JSON.parse(readFileSync(analysisFile, 'utf8')));
      const problems = checkAnalysis(result.data, analysis);
      if (problems.length) throw new Error(`Analysis of ${file} fails its checks:\n  ${problems.join('\n  ')}`);
    }
    return result.data;
  });
  return articles;
}

export function validateBundledContent(): Plugin {
  return {
    name: 'qiraa-content',
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(ARTICLES_DIR);
      const articles = loadBundledArticles();
      const metas = articles.map(({ paragraphs: _paragraphs, ...meta }) => meta);
      const loaders = (suffix: string, ids: string[]) =>
        ids.map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`/src/content/articles/${id}${suffix}`)}).then((m) => m.default),`).join('\n');
      const analysed = articles.map((a) => a.id).filter((id) => existsSync(path.join(ARTICLES_DIR, `${id}.analysis.json`)));
      return [
        `export const articleMetas = ${JSON.stringify(metas)};`,
        `export const articleLoaders = {\n${loaders('.json', articles.map((a) => a.id))}\n};`,
        `export const analysisLoaders = {\n${loaders('.analysis.json', analysed)}\n};`,
      ].join('\n');
    },
  };
}
