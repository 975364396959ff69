/**
 * Composition root: header, routes and app-wide banners. Features are assembled here and never
 * import each other.
 */
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes } from 'react-router';
import { StorageNotices } from '../features/backup/StorageNotices';
import { ImportedArticles } from '../features/import/ImportedArticles';
import { LibraryPage } from '../features/library/LibraryPage';
import type { AnnotationsProps, LookupProps } from '../components/ui/slots';
import { ReaderPage } from '../features/reader/ReaderPage';
import { DisplayMenu } from '../features/settings/DisplayMenu';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { useDueCount } from '../features/vocabulary/review-due';
import { useHydrated } from '../components/ui/use-hydrated';
import { UpdatePrompt } from './UpdatePrompt';
import { useApplySettings } from './use-apply-settings';

const loadLookup = () => import('../features/lookup/WordPopover');
const WordPopover = lazy(loadLookup);

/** The lookup popover, loaded on demand (and ahead of time once the page is idle). */
function Lookup(props: LookupProps) {
  return (
    <Suspense fallback={null}>
      <WordPopover {...props} />
    </Suspense>
  );
}

const ArticleAnnotations = lazy(() => import('../features/notes/ArticleAnnotations'));
const StatusColours = lazy(() => import('../features/vocabulary/StatusColours').then((m) => ({ default: m.StatusColours })));
/**
 * A page loaded on demand that can also be loaded ahead (when the browser is idle): once loaded it
 * renders at once, so navigating to it never shows an empty page (React holds a revealed Suspense
 * boundary back for a moment, which made pages appear some 300 ms late).
 */
function preloadable(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | null = null;
  const preload = () => load().then((page) => (loaded = page));
  const Lazy = lazy(() => preload().then((page) => ({ default: page })));
  function Page() {
    const Loaded = loaded;
    return Loaded ? (
      <Loaded />
    ) : (
      <Suspense fallback={null}>
        <Lazy />
      </Suspense>
    );
  }
  return { Page, preload };
}

const notes = preloadable(() => import('../features/notes/NotesPage').then((m) => m.NotesPage));
const myWords = preloadable(() => import('../features/vocabulary/MyWordsPage').then((m) => m.MyWordsPage));
const review = preloadable(() => import('../features/vocabulary/ReviewPage').then((m) => m.ReviewPage));
const importPage = preloadable(() => import('../features/import/ImportPage').then((m) => m.ImportPage));
const settings = preloadable(() => import('../features/backup/SettingsPage').then((m) => m.SettingsPage));
const BackupReminder = lazy(() => import('../features/backup/BackupReminder').then((m) => ({ default: m.BackupReminder })));

/** Layers over the article's text, loaded with it: highlights and notes, and word status colours. */
function Annotations(props: AnnotationsProps) {
  return (
    <Suspense fallback={null}>
      <ArticleAnnotations {...props} />
      <StatusColours {...props} />
    </Suspense>
  );
}

const navLink = 'rounded-md px-2 py-1 text-sm font-medium whitespace-nowrap hover:bg-accent-soft aria-[current=page]:underline aria-[current=page]:underline-offset-4';

/** The review link, with how many cards are due. */
function ReviewLink() {
  const { t } = useTranslation();
  const due = useDueCount();
  return (
    <NavLink to="/review" className={navLink}>
      {t('app.reviewNav')}
      {due ? (
        <span className="ms-1 rounded-full bg-accent px-1.5 text-xs font-semibold text-on-accent">
          <span className="sr-only"> — </span>
          {t('app.due', { count: due })}
        </span>
      ) : null}
    </NavLink>
  );
}

export function App() {
  const { t } = useTranslation();
  useApplySettings();
  // The reminder loads after hydration: a lazy part in prerendered HTML would be rendered again on the client.
  const hydrated = useHydrated();
  useEffect(() => {
    // Marks the moment the page is interactive (hydrated or rendered), for tests and measurements.
    document.documentElement.dataset.ready = 'true';
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => {
      void loadLookup();
      for (const page of [notes, myWords, review, settings, importPage]) void page.preload();
    });
  }, []);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="sticky top-0 z-10 border-b border-line bg-card/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-1 px-3 py-2 sm:flex-nowrap sm:gap-3 sm:px-4 sm:py-2.5">
          <Link to="/" className="me-auto flex items-baseline gap-2 font-bold sm:me-0" aria-label={t('app.name')}>
            <span className="text-xl">Qiraa</span>
            <span lang="ar" className="text-lg text-accent max-sm:hidden">
              قراءة
            </span>
          </Link>
          {/* On phones the navigation takes a row of its own under the name and the menus. */}
          <nav aria-label={t('app.mainNav')} className="order-last flex w-full overflow-x-auto sm:order-none sm:me-auto sm:w-auto">
            <NavLink to="/" end className={navLink}>
              {t('library.title')}
            </NavLink>
            <NavLink to="/notes" className={navLink}>
              {t('app.notesNav')}
            </NavLink>
            <NavLink to="/words" className={navLink}>
              {t('app.wordsNav')}
            </NavLink>
            <ReviewLink />
            <NavLink to="/settings" className={navLink}>
              {t('app.settingsNav')}
            </NavLink>
          </nav>
          <LanguageSwitch />
          <DisplayMenu />
        </div>
      </header>
      <StorageNotices />
      <ImportedArticles />
      {hydrated && (
        <Suspense fallback={null}>
          <BackupReminder />
        </Suspense>
      )}
      <main id="main">
        <Routes>
          <Route path="/" element={<LibraryPage />} />
          <Route path="/articles/:id" element={<ReaderPage Lookup={Lookup} Annotations={Annotations} />} />
          <Route
            path="/notes"
            element={<notes.Page />}
          />
          <Route
            path="/words"
            element={<myWords.Page />}
          />
          <Route
            path="/review"
            element={<review.Page />}
          />
          <Route path="/settings" element={<settings.Page />} />
          <Route path="/import" element={<importPage.Page />} />
          <Route path="*" element={<LibraryPage />} />
        </Routes>
      </main>
      <UpdatePrompt />
    </>
  );
}
