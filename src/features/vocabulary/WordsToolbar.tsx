/**
 * The filters of My words (search, status, article, root, part of speech) in a search landmark, and the
 * sort order. Every control is labelled; the root field accepts a root however it is typed (ك ت ب, كتب).
 */
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORD_STATUSES } from '../../domain/vocab';
import { posLabel } from './words-labels';
import { SORT_KEYS, hasFilters, type SortKey, type StatusFilter, type WordFilters } from './words-filter';

export const field = 'rounded-md border border-line bg-card px-2 py-1.5';

interface Props {
  filters: WordFilters;
  onFilters: (patch: Partial<WordFilters>) => void;
  onClear: () => void;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  roots: readonly string[];
  pos: readonly string[];
  /** Articles with saved words, as [id, title], in display order. */
  articles: ReadonlyArray<readonly [string, string]>;
}

export function WordsToolbar({ filters, onFilters, onClear, sort, onSort, roots, pos, articles }: Props) {
  const { t } = useTranslation();
  const rootListId = useId();
  // Thousands of roots: their suggestions are only put in the page once the root field is used.
  const [rootsWanted, setRootsWanted] = useState(false);
  return (
    <div className="mt-6 grid gap-3">
      <form role="search" className="flex flex-wrap gap-3" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          dir="auto"
          value={filters.query}
          onChange={(e) => onFilters({ query: e.target.value })}
          aria-label={t('words.search')}
          placeholder={t('words.search')}
          className={`${field} min-w-56 flex-1`}
        />
        <select value={filters.status} onChange={(e) => onFilters({ status: e.target.value as StatusFilter })} aria-label={t('words.filterStatus')} className={field}>
          <option value="">{t('words.allStatuses')}</option>
          <option value="learning">{t('words.anyLearning')}</option>
          {WORD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`words.status.${s}`)}
            </option>
          ))}
        </select>
        <select value={filters.articleId} onChange={(e) => onFilters({ articleId: e.target.value })} aria-label={t('words.filterArticle')} className={`${field} max-w-72`}>
          <option value="">{t('words.allArticles')}</option>
          {articles.map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
        <input
          type="text"
          lang="ar"
          dir="auto"
          list={rootsWanted ? rootListId : undefined}
          value={filters.root}
          onFocus={() => setRootsWanted(true)}
          onChange={(e) => onFilters({ root: e.target.value })}
          aria-label={t('words.filterRoot')}
          placeholder={t('words.rootPlaceholder')}
          className={`${field} w-40`}
        />
        {rootsWanted && <RootOptions id={rootListId} roots={roots} />}
        <select value={filters.pos} onChange={(e) => onFilters({ pos: e.target.value })} aria-label={t('words.filterPos')} className={field}>
          <option value="">{t('words.allPos')}</option>
          {pos.map((p) => (
            <option key={p} value={p}>
              {posLabel(t, p)}
            </option>
          ))}
        </select>
        {hasFilters(filters) && (
          <button type="button" onClick={onClear} className="rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft">
            {t('words.clearFilters')}
          </button>
        )}
      </form>
      <label className="flex items-center gap-2 text-sm">
        {t('words.sort')}
        <select value={sort} onChange={(e) => onSort(e.target.value as SortKey)} className={field}>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`words.sorts.${k}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

const RootOptions = memo(function RootOptions({ id, roots }: { id: string; roots: readonly string[] }) {
  return (
    <datalist id={id}>
      {roots.map((r) => (
        <option key={r} value={r} />
      ))}
    </datalist>
  );
});
