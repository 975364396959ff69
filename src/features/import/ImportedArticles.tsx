/**
 * Keeps the article registry's imported articles in step with IndexedDB (in every tab), with the
 * automatic analyzer — loaded only when an imported article is first read — as their analysis.
 */
import { useEffect } from 'react';
import { setUserArticles } from '../../content/articles';
import { useLive } from '../../db/react';
import type { Article } from '../../domain/article';

const analyse = (article: Article) => import('./analyzer-client').then((m) => m.analyseArticle(article));

export function ImportedArticles() {
  const articles = useLive((api, db) => api.readImportedArticles(db), []);
  useEffect(() => {
    if (articles) setUserArticles(articles, analyse);
  }, [articles]);
  return null;
}
