/**
 * The reader: an article's Arabic paragraphs with their English partners in the chosen layout,
 * restoring and recording the reading position.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AnnotationsProps, LookupProps } from '../../components/ui/slots';
import { useHydrated } from '../../components/ui/use-hydrated';
import { loadAnalysis, loadArticle, peekArticle, useArticleList, userArticlesLoaded } from '../../content/articles';
import { isImported } from '../../domain/imported';
import { useSettings, useStorageAvailable } from '../../db/react';
import type { Analysis } from '../../domain/analysis';
import type { Article } from '../../domain/article';
import { indexTokens } from '../../domain/word-info';
import { LookupHost, type LookupHandle } from './LookupHost';
import { ParagraphPair } from './ParagraphPair';
import { usePartnerMarking } from './use-partner-marking';
import { RecentLookups } from './RecentLookups';
import { useReadingPosition } from './use-reading-position';
import { focusWord, useWordKeys, type WordTarget } from './use-word-keys';

interface Slots {
  Lookup: ComponentType<LookupProps>;
  Annotations: ComponentType<AnnotationsProps>;
}

export function ReaderPage({ Lookup, Annotations }: Slots) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(() => peekArticle(id));
  const known = useArticleList().some((a) => a.id === id);
  const storage = useStorageAvailable();
  const article = loaded?.id === id ? loaded : undefined;

  useEffect(() => {
    if (!article && known) void loadArticle(id).then(setLoaded);
  }, [article, id, known]);

  // An imported article is known once IndexedDB has been read.
  const waiting = !known && isImported(id) && storage && !userArticlesLoaded();
  if (!known && !waiting) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-12">
        <p role="alert">{t('reader.notFound')}</p>
        <Link to="/" className="mt-4 inline-block text-accent underline">
          {t('reader.backToLibrary')}
        </Link>
      </div>
    );
  }
  if (!article || waiting) return <p className="mx-auto max-w-3xl px-4 py-12" role="status">{t('reader.loading')}</p>;
  return <ArticleView article={article} Lookup={Lookup} Annotations={Annotations} />;
}

function useAnalysis(articleId: string): Analysis | undefined {
  const [analysis, setAnalysis] = useState<Analysis>();
  useEffect(() => {
    let live = true;
    void loadAnalysis(articleId).then((a) => live && setAnalysis(a));
    return () => {
      live = false;
    };
  }, [articleId]);
  return analysis?.articleId === articleId ? analysis : undefined;
}

function ArticleView({ article, Lookup, Annotations }: Slots & { article: Article }) {
  const { t, i18n } = useTranslation();
  const [{ layout, tashkeel, wordByWord, transliteration }] = useSettings();
  const display = useMemo(() => ({ tashkeel, wordByWord, transliteration }), [tashkeel, wordByWord, transliteration]);
  const resumedAt = useReadingPosition(article);
  const analysis = useAnalysis(article.id);
  const tokens = useMemo(() => analysis && indexTokens(analysis), [analysis]);
  const lookup = useRef<LookupHandle>(null);
  const text = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const openWord = useCallback((word: WordTarget) => lookup.current?.open(word), []);
  const prepareWord = useCallback((word: WordTarget) => lookup.current?.prepare(word), []);
  const words = useWordKeys(openWord, prepareWord);
  const partner = usePartnerMarking();
  const onPointerOver = useCallback(
    (e: React.PointerEvent) => {
      words.onPointerOver(e);
      partner.onPointerOver(e);
    },
    [words, partner],
  );

  /** Goes to a word from the recent-lookups list and opens it. */
  const revisit = useCallback((paragraphId: string, start: number) => {
    const el = document.querySelector<HTMLElement>(`[data-paragraph-id="${paragraphId}"] .w[data-s="${start}"]`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    focusWord(document.querySelector<HTMLElement>('.w[tabindex="0"]'), el);
    lookup.current?.open({ paragraphId, start, element: el, byKeyboard: true });
  }, []);
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const date = article.date
    ? new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(article.date))
    : null;

  const imported = isImported(article.id);
  useEffect(() => {
    document.title = `${article.title.en} · ${t('app.name')}`;
  }, [article, t]);

  return (
    <article className={`mx-auto px-4 py-6 ${layout === 'side' ? 'max-w-6xl' : 'max-w-3xl'}`}>
      <header className="mb-8 border-b border-line pb-6">
        {imported ? (
          <h1 dir="auto" className="text-[calc(var(--ar-size)*1.1)] leading-[1.8] font-bold [unicode-bidi:plaintext]">
            {article.title.ar}
          </h1>
        ) : (
          <h1 className="flex flex-col gap-2">
            <span lang="ar" dir="rtl" className="text-[calc(var(--ar-size)*1.15)] leading-[1.8] font-bold">
              {article.title.ar}
            </span>
            <span lang="en" dir="ltr" className="text-xl leading-snug font-semibold text-muted">
              {article.title.en}
            </span>
          </h1>
        )}
        <p className="mt-3 flex flex-wrap gap-x-4 text-sm text-muted">
          {date && <span>{date}</span>}
          {article.source && (
            <span>
              {t('library.source')} <bdi lang="en">{article.source}</bdi>
            </span>
          )}
          <span>{imported ? t('reader.importedNote') : t('reader.translationNote')}</span>
        </p>
      </header>
      {resumedAt !== null && (
        <p role="status" className="mb-6 flex flex-wrap items-center gap-3 rounded-md bg-accent-soft px-3 py-2 text-sm">
          {t('reader.resumed', { n: resumedAt })}
          <button
            type="button"
            className="font-semibold text-accent underline"
            onClick={() => window.scrollTo({ top: 0, behavior: 'smooth' })}
          >
            {t('reader.backToStart')}
          </button>
        </p>
      )}
      {/* Word clicks and keys are delegated here; each word is also reachable by Tab (roving). */}
      <div ref={text} className="flex flex-col gap-7" data-layout={layout} {...words} {...partner} onPointerOver={onPointerOver}>
        {article.paragraphs.map((p, i) => (
          <ParagraphPair key={p.id} paragraph={p} number={i + 1} layout={layout} tokens={tokens} display={display} />
        ))}
      </div>
      <RecentLookups articleId={article.id} onOpen={revisit} />
      {hydrated && <Annotations article={article} analysis={analysis} root={text} />}
      <LookupHost ref={lookup} article={article} analysis={analysis} tokens={tokens} Lookup={Lookup} />
    </article>
  );
}
