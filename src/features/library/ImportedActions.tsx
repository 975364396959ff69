/**
 * What the reader can do with an imported article from its library card: rename it, export it in the
 * bundled-article JSON format, or delete it (with its highlights, notes and progress) after confirming.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/ui/download';
import { Modal } from '../../components/ui/Modal';
import { loadArticle } from '../../content/articles';
import { useDatabase } from '../../db/react';
import type { ArticleMeta } from '../../domain/article';

const button = 'relative z-10 rounded-md border border-line px-2.5 py-1 text-sm font-medium hover:bg-accent-soft';

export function ImportedActions({ meta }: { meta: ArticleMeta }) {
  const { t } = useTranslation();
  const store = useDatabase();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const [name, setName] = useState(meta.title.ar);
  const ids = { title: useId(), body: useId(), input: useId() };
  if (!store) return null;

  const exportJson = async () => {
    const article = await loadArticle(meta.id);
    if (!article) return;
    // The bundled-article format: exactly its fields, none of the import bookkeeping.
    const { id, title, summary, tags, date, source, wordCount, paragraphCount, paragraphs } = article;
    downloadText(`${JSON.stringify({ id, title, summary, tags, date, source, wordCount, paragraphCount, paragraphs }, null, 2)}\n`, 'application/json', `${meta.id}.json`);
  };
  const rename = async () => {
    const title = name.replace(/\s+/gu, ' ').trim();
    if (!title) return;
    await store.api.renameImportedArticle(store.db, meta.id, title.slice(0, 200), Date.now());
    setDialog(null);
  };

  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={t('library.importedActions', { title: meta.title.ar })}>
      <button type="button" className={button} onClick={() => setDialog('rename')}>
        {t('library.rename')}
      </button>
      <button type="button" className={button} onClick={() => void exportJson()}>
        {t('library.exportJson')}
      </button>
      <button type="button" className={button} onClick={() => setDialog('delete')}>
        {t('library.delete')}
      </button>
      {dialog === 'rename' && (
        <Modal labelledBy={ids.title} width="max-w-md" onCancel={() => setDialog(null)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <h2 id={ids.title} className="text-lg font-semibold">
              {t('library.renameTitle')}
            </h2>
            <label htmlFor={ids.input} className="mt-3 block font-semibold">
              {t('library.renameLabel')}
            </label>
            <input id={ids.input} dir="auto" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} className="mt-1 block w-full rounded-md border border-line bg-card px-3 py-2" />
            <div className="mt-4 flex justify-end gap-2">
              <button type="button" className="rounded-md border border-line px-3 py-1.5" onClick={() => setDialog(null)}>
                {t('library.cancel')}
              </button>
              <button type="submit" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent">
                {t('library.save')}
              </button>
            </div>
          </form>
        </Modal>
      )}
      {dialog === 'delete' && (
        <Modal labelledBy={ids.title} describedBy={ids.body} width="max-w-md" onCancel={() => setDialog(null)}>
          <h2 id={ids.title} className="text-lg font-semibold">
            {t('library.deleteTitle')}
          </h2>
          <p id={ids.body} className="mt-2">
            {t('library.deleteBody', { title: `\u2068${meta.title.ar}\u2069` })}
          </p>
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" className="rounded-md border border-line px-3 py-1.5" onClick={() => setDialog(null)}>
              {t('library.cancel')}
            </button>
            <button
              type="button"
              className="rounded-md bg-red-700 px-3 py-1.5 font-semibold text-white"
              onClick={() => void store.api.deleteImportedArticle(store.db, meta.id).then(() => setDialog(null))}
            >
              {t('library.deleteConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
