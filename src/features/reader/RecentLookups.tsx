/**
 * The words most recently looked up in this article, newest first; choosing one goes back to it.
 */
import { useTranslation } from 'react-i18next';
import { useLive } from '../../db/react';
import { recentDistinct } from '../../domain/lookup-record';

const SHOWN = 8;

export function RecentLookups({ articleId, onOpen }: { articleId: string; onOpen: (paragraphId: string, start: number) => void }) {
  const { t } = useTranslation();
  const records = useLive((api, db) => api.readRecentLookups(db, 200), []);
  const recent = recentDistinct((records ?? []).filter((r) => r.articleId === articleId), SHOWN);
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-lookups" className="mt-10 border-t border-line pt-5">
      <h2 id="recent-lookups" className="mb-3 text-base font-semibold">
        {t('reader.recentLookups')}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {recent.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              onClick={() => onOpen(r.paragraphId, r.start)}
              className="flex items-baseline gap-2 rounded-md border border-line bg-card px-2.5 py-1 hover:bg-accent-soft"
            >
              <span lang="ar" dir="rtl" className="text-lg">
                {r.form}
              </span>
              <span lang="en" dir="ltr" className="text-sm text-muted">
                {r.gloss}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
