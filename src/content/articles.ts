/**
 * The bundled-article registry: metadata for the library and a cached loader for the reader.
 * A loaded article is kept so that the reader can render it synchronously (and hydrate without a flash).
 */
import { articleLoaders, articleMetas } from 'virtual:qiraa/articles';
import type { Article, ArticleMeta } from '../domain/article';

const loaded = new Map<string, Article>();

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
