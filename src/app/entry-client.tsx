/**
 * Browser entry, loaded by boot.ts after the first paint: takes the settings hint, loads the article of the current URL, then hydrates the
 * prerendered HTML — or renders afresh when the reader's language or display settings would not match it, or the
 * page was not prerendered. IndexedDB is opened after the first render (see db/react.tsx).
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { loadArticle } from '../content/articles';
import { readSettingsHint } from '../db/settings-hint';
import { detectLanguage, differsFromPrerender } from '../domain/settings';
import { bindDocumentLanguage, createI18n } from '../i18n';
import { Root } from './Root';
import { applyDisplay } from './use-apply-settings';

async function boot() {
  const container = document.getElementById('root')!;
  const settings = readSettingsHint();
  const language = settings.language ?? detectLanguage(navigator.languages);
  const i18n = createI18n(language);
  bindDocumentLanguage(i18n);
  applyDisplay(settings);

  const path = location.pathname.replace(/(\.html|\/)$/u, '') || '/';
  const articleId = /^\/articles\/([^/]+)$/u.exec(path)?.[1];
  if (articleId) await loadArticle(decodeURIComponent(articleId));

  const app = (
    <StrictMode>
      <Root i18n={i18n} settings={settings} router={(a) => <BrowserRouter>{a}</BrowserRouter>} />
    </StrictMode>
  );
  if (container.dataset.route === path && language === 'en' && !differsFromPrerender(settings)) {
    hydrateRoot(container, app);
  } else {
    container.textContent = '';
    createRoot(container).render(app);
  }
}

void boot();
