/**
 * Import: paste Arabic text (optionally with its English translation, paragraphs aligned by blank lines)
 * or open a .txt / .md file, give it a title, and it joins the library. Every refusal says why, and
 * nothing is stored unless the whole article is.
 */
import '../../i18n/import';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FileButton } from '../../components/ui/FileButton';
import { useDatabase, useStorageOff } from '../../db/react';
import { markdownToText, prepareImport, type ImportError } from '../../domain/import';
import { IMPORTED_PREFIX } from '../../domain/imported';

const field = 'mt-1 block w-full rounded-md border border-line bg-card px-3 py-2';

function errorMessage(error: ImportError, t: ReturnType<typeof useTranslation>['t']): string {
  switch (error.kind) {
    case 'no-title':
      return t('import.errors.noTitle');
    case 'title-too-long':
      return t('import.errors.titleTooLong', { max: error.max });
    case 'empty':
      return t('import.errors.empty');
    case 'too-large':
      return t('import.errors.tooLarge', { chars: error.chars, max: error.max });
    case 'not-arabic':
      return t('import.errors.notArabic');
    case 'mismatch':
      return t('import.errors.mismatch', { arabic: error.arabic, english: error.english });
  }
}

/** A labelled, described text box for one language's paragraphs. */
function TextBox(props: { id: string; label: string; hint: string; lang: 'ar' | 'en'; value: string; onChange: (value: string) => void }) {
  const hint = `${props.id}-hint`;
  return (
    <>
      <label htmlFor={props.id} className="font-semibold">
        {props.label}
      </label>
      <p id={hint} className="text-sm text-muted">
        {props.hint}
      </p>
      <textarea
        id={props.id}
        lang={props.lang}
        dir={props.lang === 'ar' ? 'rtl' : 'ltr'}
        rows={6}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby={hint}
        className={`${field} ${props.lang === 'ar' ? 'font-arabic text-xl leading-loose' : ''}`}
      />
    </>
  );
}

export function ImportPage() {
  const { t } = useTranslation();
  const store = useDatabase();
  const off = useStorageOff();
  const navigate = useNavigate();
  const ids = { title: useId(), arabic: useId(), english: useId(), error: useId() };
  const [title, setTitle] = useState('');
  const [arabic, setArabic] = useState('');
  const [english, setEnglish] = useState('');
  const [dropTranslation, setDropTranslation] = useState(false);
  const [error, setError] = useState<ImportError | 'failed' | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  // The analyzer's first start compiles the lexicon: begin while the reader is still pasting.
  useEffect(() => {
    void import('./analyzer-client').then((m) => m.warmAnalyzer());
  }, []);

  const openFile = async (file: File) => {
    const text = await file.text().catch(() => null);
    if (text === null) return setNote(t('import.fileUnreadable', { file: file.name }));
    setArabic(/\.md$/iu.test(file.name) ? markdownToText(text) : text);
    if (!title.trim()) setTitle(file.name.replace(/\.(txt|md)$/iu, ''));
    setNote(t('import.fileRead', { file: file.name }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!store) return;
    const now = Date.now();
    const id = `${IMPORTED_PREFIX}${now.toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const result = prepareImport({ title, arabic, english, dropTranslation }, id, now);
    if (!result.ok) return setError(result.error);
    setError(null);
    setBusy(true);
    try {
      await store.api.addImportedArticle(store.db, result.article);
      void navigate(`/articles/${id}`);
    } catch {
      setError('failed');
      setBusy(false);
    }
  };

  const message = error === 'failed' ? t('import.failed') : error ? errorMessage(error, t) : '';
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t('import.title')}</h1>
      <p className="mt-2 max-w-2xl text-muted">{t('import.intro')}</p>
      {off ? (
        <p className="mt-6 rounded-lg border border-line bg-card p-4">{t('import.storageOff', { reason: t(`storage.off.${off}`) })}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="mt-6 grid gap-5" aria-describedby={message ? ids.error : undefined}>
          <div>
            <label htmlFor={ids.title} className="font-semibold">
              {t('import.titleLabel')}
            </label>
            <input id={ids.title} dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} className={field} maxLength={400} />
          </div>
          <div>
            <TextBox id={ids.arabic} label={t('import.arabicLabel')} hint={t('import.arabicHint')} lang="ar" value={arabic} onChange={setArabic} />
            <FileButton label={t('import.openFile')} accept=".txt,.md,text/plain,text/markdown" className="mt-2 text-sm" onFile={(file) => void openFile(file)} />
            <p role="status" className="mt-1 min-h-5 text-sm">
              {note}
            </p>
          </div>
          <div>
            <TextBox id={ids.english} label={t('import.englishLabel')} hint={t('import.englishHint')} lang="en" value={english} onChange={setEnglish} />
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" checked={dropTranslation} onChange={(e) => setDropTranslation(e.target.checked)} className="size-4 accent-accent" />
              {t('import.dropTranslation')}
            </label>
          </div>
          {message && (
            <p id={ids.error} role="alert" className="font-semibold text-red-700 dark:text-red-300">
              {message}
            </p>
          )}
          <div>
            <button type="submit" disabled={busy || !store} className="rounded-md bg-accent px-4 py-2 font-semibold text-on-accent disabled:opacity-60">
              {busy ? t('import.working') : t('import.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
