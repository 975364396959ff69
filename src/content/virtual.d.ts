declare module 'virtual:qiraa/articles' {
  import type { Analysis } from '../domain/analysis';
  import type { Article, ArticleMeta } from '../domain/article';
  /** Metadata of every bundled article, sorted by id. */
  export const articleMetas: ArticleMeta[];
  /** Loads one bundled article's full JSON (a separate chunk). */
  export const articleLoaders: Record<string, () => Promise<Article>>;
  /** Loads the curated word-by-word analysis of a bundled article, where it has one. */
  export const analysisLoaders: Record<string, () => Promise<Analysis>>;
}
