/**
 * Every highlight and note across articles, filterable by colour and article and searchable (Arabic
 * ignoring diacritics and hamza/alef variants), with a JSON export of everything.
 */
import { downloadText } from '../../components/ui/download';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../components/ui/Markdown';
import { listArticles, loadArticle } from '../../content/articles';
import { useLive } from '../../db/react';
import { exportJson, matchesSearch, placeHighlights, type HighlightRecord, type ParagraphNoteRecord } from '../../domain/annotation';
import type { Article } from '../../domain/article';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../domain/highlight';

type Item = { kind: 'highlight'; record: HighlightRecord; paragraphId: string | null } | { kind: 'note'; record: ParagraphNoteRecord; paragraphId: string };

export function NotesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const highlights = useLive((api, db) => api.readHighlights(db), []);
  const notes = useLive((api, db) => api.readParagraphNotes(db), []);
  const [articles, setArticles] = useState<Article[]>([]);
  const [colour, setColour] = useState<HighlightColour | ''>('');
  const [articleId, setArticleId] = useState('');
  const [query, setQuery] = useState('');

  useEffect(() => {
    void Promise.all(listArticles().map((a) => loadArticle(a.id))).then((all) => setArticles(all.filter((a): a is Article => a !== undefined)));
  }, []);

  const items = useMemo(() => {
    const out: Item[] = [];
    for (const article of articles) {
      const placed = placeHighlights(article, (highlights ?? []).filter((h) => h.articleId === article.id));
      for (const { record, place } of placed) out.push({ kind: 'highlight', record, paragraphId: place.status === 'detached' ? null : place.paragraphId });
      for (const record of (notes ?? []).filter((n) => n.articleId === article.id)) out.push({ kind: 'note', record, paragraphId: record.paragraphId });
    }
    return out
      .filter((i) => !articleId || i.record.articleId === articleId)
      .filter((i) => !colour || (i.kind === 'highlight' && i.record.colour === colour))
      .filter((i) => matchesSearch(query, i.record.note, i.kind === 'highlight' ? i.record.selector.quote : ''))
      .sort((a, b) => b.record.updatedAt - a.record.updatedAt);
  }, [articles, highlights, notes, articleId, colour, query]);

  const titleOf = (id: string) => articles.find((a) => a.id === id)?.title[lang] ?? id;
  const download = () => downloadText(exportJson(highlights ?? [], notes ?? [], Date.now()), 'application/json', 'qiraa-notes.json');
  const field = 'rounded-md border border-line bg-card px-2 py-1.5';

  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="me-auto text-3xl font-bold">{t('notes.pageTitle')}</h1>
        <button type="button" onClick={download} className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft">
          {t('notes.exportJson')}
        </button>
      </div>
      <form role="search" className="mt-6 flex flex-wrap gap-3" onSubmit={(e) => e.preventDefault()}>
        <input type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t('notes.search')} placeholder={t('notes.search')} className={`${field} min-w-56 flex-1`} />
        <select value={colour} onChange={(e) => setColour(e.target.value as HighlightColour | '')} aria-label={t('notes.filterColour')} className={field}>
          <option value="">{t('notes.allColours')}</option>
          {HIGHLIGHT_COLOURS.map((c) => (
            <option key={c} value={c}>
              {t(`notes.colours.${c}`)}
            </option>
          ))}
        </select>
        <select value={articleId} onChange={(e) => setArticleId(e.target.value)} aria-label={t('notes.filterArticle')} className={`${field} max-w-72`}>
          <option value="">{t('notes.allArticles')}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title[lang]}
            </option>
          ))}
        </select>
      </form>
      <p role="status" className="mt-4 text-sm text-muted">
        {t('notes.count', { count: items.length })}
      </p>
      <ul className="mt-4 grid gap-4">
        {items.map((item) => (
          <li key={item.record.id} className="rounded-lg border border-line bg-card p-4">
            <p className="mb-1 text-xs text-muted">
              {titleOf(item.record.articleId)} · {item.kind === 'note' ? t('notes.paragraphNoteShort') : t(`notes.colours.${item.record.colour}`)}
              {item.kind === 'highlight' && !item.paragraphId && ` · ${t('notes.detached')}`}
            </p>
            {item.kind === 'highlight' && (
              <blockquote lang={item.record.side} dir={item.record.side === 'ar' ? 'rtl' : 'ltr'} className={`qiraa-swatch-${item.record.colour} rounded px-1 ${item.record.side === 'ar' ? 'text-xl leading-loose' : ''}`}>
                {item.record.selector.quote}
              </blockquote>
            )}
            {item.record.note && (
              <div className="mt-2 text-sm">
                <Markdown source={item.record.note} />
              </div>
            )}
            {item.paragraphId && (
              <Link to={`/articles/${item.record.articleId}#${item.paragraphId}`} className="mt-2 inline-block text-sm text-accent underline-offset-2 hover:underline">
                {t('notes.goTo')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
