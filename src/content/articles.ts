/**
 * The bundled-article registry: metadata for the library and a cached loader for the reader.
 * A loaded article is kept so that the reader can render it synchronously (and hydrate without a flash).
 */
import { analysisLoaders, articleLoaders, articleMetas } from 'virtual:qiraa/articles';
import type { Analysis } from '../domain/analysis';
import type { Article, ArticleMeta } from '../domain/article';

const loaded = new Map<string, Article>();
const analyses = new Map<string, Promise<Analysis | undefined>>();

/** Every bundled article's metadata. */
export function listArticles(): ArticleMeta[] {
  return articleMetas;
}

export function findArticleMeta(id: string): ArticleMeta | undefined {
  return articleMetas.find((a) => a.id === id);
}

/** Loads (once) and returns a bundled article, or undefined for an unknown id. */
export async function loadArticle(id: string): Promise<Article | undefined> {
  const cached = loaded.get(id);
  if (cached) return cached;
  const loader = articleLoaders[id];
  if (!loader) return undefined;
  const article = await loader();
  loaded.set(id, article);
  return article;
}

/** The article if it has been loaded already. */
export function peekArticle(id: string): Article | undefined {
  return loaded.get(id);
}

/** Loads (once) the curated analysis of a bundled article; undefined when it has none. */
export function loadAnalysis(id: string): Promise<Analysis | undefined> {
  let pending = analyses.get(id);
  if (!pending) {
    pending = analysisLoaders[id]?.() ?? Promise.resolve(undefined);
    analyses.set(id, pending);
  }
  return pending;
}
