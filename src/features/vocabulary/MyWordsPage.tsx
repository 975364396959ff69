/**
 * My words: every saved word with its sentences, filterable (status, article, root, part of speech),
 * searchable in Arabic or English and sortable; gloss, note and status are edited in place, several
 * words can be re-statused or deleted at once, and the words shown export to Anki (TSV) or CSV.
 * Built for 20,000 words: the list is virtualised, filtering and sorting are memoised, and the search
 * text is folded ahead of time while the page is idle (see words-filter.ts).
 */
import { downloadText } from '../../components/ui/download';
import '../../i18n/vocabulary';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listArticles } from '../../content/articles';
import { useDatabase, useLive, useStorageOff } from '../../db/react';
import { AddDeck } from './AddDeck';
import { toAnkiTsv, toCsv } from '../../domain/anki';
import type { WordRecord, WordStatus } from '../../domain/vocab';
import { WordsBulkBar } from './WordsBulkBar';
import { WordsList } from './WordsList';
import { WordsToolbar } from './WordsToolbar';
import { NO_FILTERS, SearchIndex, facetsOf, filterWords, hasFilters, rootFamilySize, sortWords, spacedRoot, type SortKey, type WordFilters } from './words-filter';

/** How many of the newest words are read first. */
const FIRST_SCREEN = 40;

export function MyWordsPage() {
  const { t } = useTranslation();
  const off = useStorageOff();
  const available = off === null;
  // The newest words come first (and fast); the whole list is read once they have been painted, so the
  // page shows rows before tens of thousands of words are read and decoded.
  const newest = useLive((api, db) => api.readNewestWords(db, FIRST_SCREEN), []);
  const [wantAll, setWantAll] = useState(false);
  useEffect(() => {
    if (!newest || wantAll) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setWantAll(true)));
    return () => cancelAnimationFrame(frame);
  }, [newest, wantAll]);
  const all = useLive((api, db) => (wantAll ? api.readWords(db) : Promise.resolve(undefined)), [wantAll]);
  const words = all ?? newest;

  let body: ReactNode;
  if (!available) body = <p className="mt-6 rounded-lg border border-line bg-card p-4">{t('words.storageOff', { reason: t(`storage.off.${off ?? 'unavailable'}`) })}</p>;
  else if (!words) body = <p className="mt-6 text-muted">{t('words.loading')}</p>;
  else if (words.length === 0) body = <Empty />;
  else body = <Words words={words} complete={all !== undefined} />;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('words.title')}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t('words.intro')}</p>
      {available && (
        <div className="mt-4">
          <AddDeck />
        </div>
      )}
      {body}
    </div>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <section className="mt-8 rounded-xl border border-dashed border-line p-6" aria-labelledby="words-empty">
      <h2 id="words-empty" className="text-xl font-semibold">
        {t('words.empty.title')}
      </h2>
      <p className="mt-2 max-w-2xl">{t('words.empty.body')}</p>
      <Link to="/" className="mt-4 inline-block rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent">
        {t('words.empty.library')}
      </Link>
    </section>
  );
}

/** Arabic inside an interface sentence, isolated (FSI … PDI) so that it cannot reorder its neighbours. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Folds every word's search text in small slices while the browser is idle, so the first search is instant. */
function useWarmIndex(index: SearchIndex, words: readonly WordRecord[]) {
  useEffect(() => {
    let next = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let idle: number | undefined;
    const step = () => {
      next = index.warm(words, next, performance.now() + 8);
      if (next >= words.length) return;
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(step);
      else timer = setTimeout(step, 16);
    };
    timer = setTimeout(step, 300);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) window.cancelIdleCallback(idle);
    };
  }, [index, words]);
}

function Words({ words, complete }: { words: WordRecord[]; complete: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ar' ? 'ar' : 'en';
  const store = useDatabase();
  const [filters, setFilters] = useState<WordFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortKey>('newest');
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [message, setMessage] = useState('');
  const [index] = useState(() => new SearchIndex());
  const exportId = useId();
  const rootBanner = useRef<HTMLParagraphElement>(null);
  const focusBanner = useRef(false);
  useWarmIndex(index, words);

  const collator = useMemo(() => new Intl.Collator('ar'), []);
  const deferred = useDeferredValue(filters);
  const sorted = useMemo(() => sortWords(words, sort, collator), [words, sort, collator]);
  const shown = useMemo(() => filterWords(sorted, deferred, index), [sorted, deferred, index]);
  const selectedShown = useMemo(() => shown.filter((w) => selected.has(w.id)), [shown, selected]);
  const facets = useMemo(() => facetsOf(words, collator), [words, collator]);
  const familySize = useMemo(() => (filters.root.trim() ? rootFamilySize(words, filters.root) : 0), [words, filters.root]);

  const titles = useMemo(() => new Map(listArticles().map((a) => [a.id, a.title[lang]])), [lang]);
  const titleOf = useCallback((id: string) => titles.get(id) ?? id, [titles]);
  const articles = useMemo(() => {
    const titleCollator = new Intl.Collator(lang);
    return [...facets.articleIds].map((id) => [id, titleOf(id)] as const).sort((a, b) => titleCollator.compare(a[1], b[1]));
  }, [facets, titleOf, lang]);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium' }), [lang]);
  const formatDate = useCallback((time: number) => dateFormat.format(time), [dateFormat]);

  /** One repository write, then a message (or the failure) in the live region; the live query re-renders. */
  const write = useCallback(
    (run: (api: NonNullable<typeof store>['api'], db: NonNullable<typeof store>['db']) => Promise<void>, done?: () => string) => {
      if (!store) return;
      run(store.api, store.db).then(
        () => done && setMessage(done()),
        () => setMessage(t('words.saveFailed')),
      );
    },
    [store, t],
  );

  const showRoot = useCallback((root: string) => {
    setFilters({ ...NO_FILTERS, root });
    focusBanner.current = true;
    window.scrollTo({ top: 0 });
  }, []);
  useEffect(() => {
    if (focusBanner.current && rootBanner.current) {
      focusBanner.current = false;
      rootBanner.current.focus();
    }
  });

  const actions = useMemo(
    () => ({
      toggleSelected: (id: string) =>
        setSelected((current) => {
          const next = new Set(current);
          if (!next.delete(id)) next.add(id);
          return next;
        }),
      setStatus: (id: string, status: WordStatus) => write((api, db) => api.updateWord(db, id, { status }, Date.now())),
      setGloss: (id: string, gloss: string) => write((api, db) => api.updateWord(db, id, { gloss }, Date.now())),
      setNote: (id: string, note: string) => write((api, db) => api.updateWord(db, id, { note }, Date.now())),
      showRoot,
      titleOf,
      formatDate,
    }),
    [write, showRoot, titleOf, formatDate],
  );

  const selectAll = (all: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const w of shown) {
        if (all) next.add(w.id);
        else next.delete(w.id);
      }
      return next;
    });
  const bulkStatus = (status: WordStatus) => {
    const ids = selectedShown.map((w) => w.id);
    write(
      (api, db) => api.setStatuses(db, ids, status, Date.now()),
      () => t('words.statusSet', { count: ids.length, status: t(`words.status.${status}`) }),
    );
  };
  const bulkDelete = () => {
    const ids = selectedShown.map((w) => w.id);
    write(
      (api, db) => api.deleteWords(db, ids),
      () => {
        setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
        return t('words.deleted', { count: ids.length });
      },
    );
  };

  return (
    <>
      <div role="group" aria-labelledby={exportId} className="mt-4 flex flex-wrap items-center gap-2 text-sm">
        <span id={exportId} className="text-muted">
          {t('words.export')}
        </span>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(toAnkiTsv(shown, titleOf), 'text/tab-separated-values;charset=utf-8', 'qiraa-words.tsv')}
          className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft disabled:opacity-50"
        >
          {t('words.exportAnki')}
        </button>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => downloadText(toCsv(shown, titleOf), 'text/csv;charset=utf-8', 'qiraa-words.csv')}
          className="rounded-md border border-line px-3 py-1.5 hover:bg-accent-soft disabled:opacity-50"
        >
          {t('words.exportCsv')}
        </button>
      </div>
      <WordsToolbar
        filters={filters}
        onFilters={(patch) => setFilters((f) => ({ ...f, ...patch }))}
        onClear={() => setFilters(NO_FILTERS)}
        sort={sort}
        onSort={setSort}
        roots={facets.roots}
        pos={facets.pos}
        articles={articles}
      />
      {filters.root.trim() && (
        <p ref={rootBanner} tabIndex={-1} className="mt-4 flex flex-wrap items-center gap-3 rounded-lg bg-accent-soft px-3 py-2">
          <span className="font-semibold">{t('words.rootFamily', { root: isolate(spacedRoot(filters.root)), count: familySize })}</span>
          <button type="button" onClick={() => setFilters(NO_FILTERS)} className="text-sm text-accent underline underline-offset-2">
            {t('words.showAll')}
          </button>
        </p>
      )}
      <WordsBulkBar shown={shown.length} selected={selectedShown.length} onSelectAll={selectAll} onStatus={bulkStatus} onDelete={bulkDelete} />
      <p role="status" className="mt-3 text-sm text-muted">
        {!complete ? t('words.loadingRest') : hasFilters(deferred) ? t('words.countFiltered', { count: shown.length, total: words.length }) : t('words.count', { count: shown.length })}
      </p>
      <p aria-live="polite" className="text-sm">
        {message}
      </p>
      {shown.length === 0 ? (
        <p className="mt-4">{t('words.noMatch')}</p>
      ) : (
        <div className="mt-3">
          <WordsList words={shown} selected={selected} actions={actions} />
        </div>
      )}
    </>
  );
}
