declare module 'virtual:qiraa/articles' {
  import type { Article, ArticleMeta } from '../domain/article';
  /** Metadata of every bundled article, sorted by id. */
  export const articleMetas: ArticleMeta[];
  /** Loads one bundled article's full JSON (a separate chunk). */
  export const articleLoaders: Record<string, () => Promise<Article>>;
}
