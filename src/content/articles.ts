/**
 * The article registry: the bundled articles (metadata for the library and a cached loader for the
 * reader) and the reader's imported ones, which the import feature keeps here from IndexedDB together
 * with the function that analyses them. A loaded article is kept so that the reader can render it
 * synchronously (and hydrate without a flash).
 */
import { analysisLoaders, articleLoaders, articleMetas } from 'virtual:qiraa/articles';
import { useSyncExternalStore } from 'react';
import type { Analysis } from '../domain/analysis';
import type { Article, ArticleMeta } from '../domain/article';

const loaded = new Map<string, Article>();
const analyses = new Map<string, Promise<Analysis | undefined>>();

let userArticles: readonly Article[] = [];
let userArticlesKnown = false;
let analyseUserArticle: (article: Article) => Promise<Analysis | undefined> = () => Promise.resolve(undefined);
let everything: ArticleMeta[] = articleMetas;
const listeners = new Set<() => void>();

/**
 * Sets the imported articles (the import feature calls this whenever they change) and how to analyse
 * one (automatically, in a worker). An article whose text changed is analysed afresh.
 */
export function setUserArticles(articles: readonly Article[], analyse: (article: Article) => Promise<Analysis | undefined>): void {
  // An imported article's text never changes (only its title can), so its analysis stays until it goes.
  for (const previous of userArticles) {
    if (!articles.some((a) => a.id === previous.id)) analyses.delete(previous.id);
    loaded.delete(previous.id);
  }
  userArticles = articles;
  userArticlesKnown = true;
  analyseUserArticle = analyse;
  for (const article of articles) loaded.set(article.id, article);
  everything = [...articleMetas, ...articles];
  for (const listener of listeners) listener();
}

/** Subscribes to changes of the article list (for useSyncExternalStore). */
export function subscribeArticles(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every article's metadata: the bundled ones, then the imported ones. */
export function listArticles(): ArticleMeta[] {
  return everything;
}

/** Whether the imported articles have been read (until then an unknown imported id may still appear). */
export function userArticlesLoaded(): boolean {
  return userArticlesKnown;
}

/** The article list, re-rendering when imported articles come and go. */
export function useArticleList(): ArticleMeta[] {
  return useSyncExternalStore(subscribeArticles, listArticles, listBundledArticles);
}

/** Only the bundled articles (prerendering, the curated deck). */
export function listBundledArticles(): ArticleMeta[] {
  return articleMetas;
}

export function findArticleMeta(id: string): ArticleMeta | undefined {
  return everything.find((a) => a.id === id);
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
    const user = userArticles.find((a) => a.id === id);
    pending = user ? analyseUserArticle(user) : (analysisLoaders[id]?.() ?? Promise.resolve(undefined));
    analyses.set(id, pending);
  }
  return pending;
}
