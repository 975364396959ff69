/**
 * Adds the curated political-vocabulary deck to My words in one go: every key term and name of the
 * bundled articles, with the sentence it appears in. Words already saved keep their status and gloss.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listBundledArticles, loadAnalysis, loadArticle } from '../../content/articles';
import { loadPoliticalDeck } from '../../content/decks';
import { useDatabase } from '../../db/react';
import { newCards } from '../../domain/srs';
import { deckWords } from '../../domain/vocab';

export function AddDeck() {
  const { t } = useTranslation();
  const store = useDatabase();
  const [result, setResult] = useState<{ added: number; already: number } | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  if (!store) return null;

  const add = async () => {
    setBusy(true);
    try {
      const [deck, sources] = await Promise.all([
        loadPoliticalDeck(),
        Promise.all(
          listBundledArticles().map(async (meta) => {
            const [article, analysis] = await Promise.all([loadArticle(meta.id), loadAnalysis(meta.id)]);
            return article && analysis ? ([meta.id, { ...analysis, paragraphs: article.paragraphs }] as const) : null;
          }),
        ),
      ]);
      const now = Date.now();
      const words = deckWords(deck, new Map(sources.filter((s) => s !== null)), now);
      const added = await store.api.saveWords(store.db, words, (w) => newCards(w.id, now), now);
      setResult({ added, already: words.length - added });
    } catch {
      setResult('failed');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="deck-title" className="rounded-xl border border-line bg-card p-4">
      <h2 id="deck-title" className="font-semibold">
        {t('words.deck.title')}
      </h2>
      <p className="mt-1 text-sm text-muted">{t('words.deck.description')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" disabled={busy} onClick={() => void add()} className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent disabled:opacity-60">
          {t('words.deck.add')}
        </button>
        <p role="status" className="text-sm">
          {result === 'failed' ? t('words.deck.failed') : result ? t('words.deck.added', { count: result.added, already: result.already }) : ''}
        </p>
      </div>
    </section>
  );
}
