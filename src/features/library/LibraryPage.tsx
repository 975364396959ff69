/**
 * Home page: one card per article with both titles, summary, counts, date where known and progress.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadAnalysis, useArticleList } from '../../content/articles';
import { isImported } from '../../domain/imported';
import { useAllProgress, useLive } from '../../db/react';
import type { ArticleMeta } from '../../domain/article';
import { progressRatio, type ReadingProgress } from '../../domain/progress';
import { articleLemmas, statusCounts, type StatusCounts } from '../../domain/vocab';

/**
 * Each article's distinct lemmas by status in My words (live). The analyses are loaded once storage has
 * answered, so the first paint never waits for them.
 */
// Only a reader with imported articles needs their actions (and the dialogs behind them).
const ImportedActions = lazy(() => import('./ImportedActions').then((m) => ({ default: m.ImportedActions })));

function useStatusCounts(articles: ArticleMeta[]): Map<string, StatusCounts> | undefined {
  const statuses = useLive((api, db) => api.readStatuses(db), []);
  const [lemmas, setLemmas] = useState<Map<string, string[]>>();
  const ready = statuses !== undefined;
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void Promise.all(articles.map(async (a) => [a.id, articleLemmas((await loadAnalysis(a.id))?.tokens ?? [])] as const)).then(
      (all) => !cancelled && setLemmas(new Map(all)),
    );
    return () => {
      cancelled = true;
    };
  }, [ready, articles]);
  return useMemo(
    () => (statuses && lemmas ? new Map([...lemmas].map(([id, l]) => [id, statusCounts(l, statuses)])) : undefined),
    [statuses, lemmas],
  );
}

export function LibraryPage() {
  const { t } = useTranslation();
  const progress = useAllProgress();
  const articles = useArticleList();
  const counts = useStatusCounts(articles);
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('library.title')}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t('library.intro')}</p>
      <Link to="/import" className="mt-4 inline-block rounded-md border border-line bg-card px-3 py-1.5 font-semibold hover:bg-accent-soft">
        {t('library.importLink')}
      </Link>
      <ul className="mt-8 grid gap-6 md:grid-cols-2" aria-label={t('library.title')}>
        {articles.map((meta) => (
          <li key={meta.id}>
            <ArticleCard meta={meta} progress={progress?.get(meta.id)} counts={counts?.get(meta.id)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ArticleCard({ meta, progress, counts }: { meta: ArticleMeta; progress: ReadingProgress | undefined; counts: StatusCounts | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const imported = isImported(meta.id);
  const percent = progress ? Math.round(progressRatio(progress) * 100) : 0;
  const status = !progress ? t('library.notStarted') : percent >= 100 ? t('library.finished') : t('library.percentRead', { percent });
  const date = meta.date
    ? new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(meta.date))
    : null;
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-xl border border-line bg-card p-5 shadow-sm focus-within:border-accent hover:border-accent">
      <h2 className="flex flex-col gap-1">
        <Link
          to={`/articles/${meta.id}`}
          className="after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
          aria-label={t('library.open', { title: meta.title.en })}
        >
          {imported ? (
            // The reader's own title, in whatever language it was given.
            <span dir="auto" className="block text-start text-[1.35rem] leading-[1.9] font-bold [unicode-bidi:plaintext]">
              {meta.title.ar}
            </span>
          ) : (
            <span lang="ar" dir="rtl" className="block text-start text-[1.45rem] leading-[1.9] font-bold [unicode-bidi:plaintext]">
              {meta.title.ar}
            </span>
          )}
        </Link>
        {!imported && (
          <span lang="en" dir="ltr" className="block text-lg leading-snug font-semibold">
            {meta.title.en}
          </span>
        )}
      </h2>
      {imported ? (
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <span className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-semibold text-ink">{t('library.imported')}</span>
          {t('library.automatic')}
        </p>
      ) : (
        <>
          <p lang="en" dir="ltr" className="text-[0.95rem] leading-relaxed text-muted">
            {meta.summary}
          </p>
          <ul className="flex flex-wrap gap-1.5" aria-label={t('library.topics')}>
            {meta.tags.map((tag) => (
              <li key={tag.en} className="rounded-full bg-accent-soft px-2.5 py-0.5 text-xs font-medium">
                {tag[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span>{t('library.words', { count: meta.wordCount })}</span>
        <span>{t('library.paragraphs', { count: meta.paragraphCount })}</span>
        {!imported && <span>{date ?? t('library.dateUnknown')}</span>}
      </p>
      {counts && (
        <p className="-mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
          <span className="sr-only">{t('vocab.countsLabel', { ...counts })}</span>
          {(['known', 'learning', 'new'] as const).map((group) => (
            <span key={group} aria-hidden="true" className="flex items-center gap-1.5">
              <span className={`inline-block size-2.5 rounded-full qiraa-group-${group}`} />
              {t(`vocab.groups.${group}`)} {counts[group]}
            </span>
          ))}
        </p>
      )}
      {meta.source && (
        <p className="-mt-2 text-sm text-muted">
          {t('library.source')} <bdi lang="en">{meta.source}</bdi>
        </p>
      )}
      <div className="flex items-center gap-3 text-sm">
        <progress
          className="h-2 flex-1 overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-line [&::-webkit-progress-value]:bg-accent"
          max={100}
          value={percent}
          aria-label={t('library.progressLabel')}
        />
        <span>{status}</span>
      </div>
      {imported && (
        <Suspense fallback={null}>
          <ImportedActions meta={meta} />
        </Suspense>
      )}
    </article>
  );
}
