/**
 * Build-time prerender: renders a route to HTML in the default state (English interface, side-by-side
 * layout, nothing saved) so that the article text paints before any JavaScript runs.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { listBundledArticles, loadArticle } from '../content/articles';
import { DEFAULT_SETTINGS } from '../domain/settings';
import { createI18n } from '../i18n';
import { Root } from './Root';

/** Every route that is prerendered, with the title of its page. */
export function prerenderRoutes(): { path: string; title: string }[] {
  return [
    { path: '/', title: 'Qiraa · Library' },
    ...listBundledArticles().map((a) => ({ path: `/articles/${a.id}`, title: `${a.title.en} · Qiraa` })),
  ];
}

export async function render(path: string): Promise<string> {
  const id = /^\/articles\/([^/]+)$/u.exec(path)?.[1];
  if (id) await loadArticle(id);
  return renderToString(
    <StrictMode>
      <Root
        i18n={createI18n('en')}
        settings={DEFAULT_SETTINGS}
        router={(app) => <StaticRouter location={path}>{app}</StaticRouter>}
      />
    </StrictMode>,
  );
}
