/**
 * The other lemmas of a word's root that occur in the articles, loaded only when the reader opens the
 * list (the lookup itself never waits for other articles' analyses).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listArticles, loadAnalysis } from '../../content/articles';
import { spacedRoot } from '../../domain/word-info';
import { rootFamily, type RootMember } from '../../domain/vocab';

export function RootFamily({ root, lemma }: { root: string; lemma: string }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<RootMember[] | null>(null);
  const load = () => {
    if (members) return;
    void Promise.all(listArticles().map(async (a) => ({ articleId: a.id, tokens: (await loadAnalysis(a.id))?.tokens ?? [] }))).then((all) =>
      setMembers(rootFamily(root, all).filter((m) => m.lemma !== lemma.normalize('NFC'))),
    );
  };
  return (
    <details onToggle={(e) => e.currentTarget.open && load()} className="text-sm">
      <summary className="cursor-pointer font-semibold text-muted">
        {t('vocab.rootFamily')}{' '}
        <span lang="ar" dir="rtl">
          {spacedRoot(root)}
        </span>
      </summary>
      {members === null ? (
        <p className="mt-2 text-muted">{t('vocab.loading')}</p>
      ) : members.length === 0 ? (
        <p className="mt-2 text-muted">{t('vocab.rootAlone')}</p>
      ) : (
        <ul className="mt-2 grid gap-1.5">
          {members.map((m) => (
            <li key={m.lemma} className="flex flex-wrap items-baseline gap-x-2">
              <Link to={`/articles/${m.articleId}#${m.paragraphId}`} lang="ar" dir="rtl" className="text-lg text-accent underline-offset-2 hover:underline">
                {m.lemma}
              </Link>
              <span lang="en" dir="ltr">
                {m.gloss}
              </span>
              <span className="text-xs text-muted">
                {t(`lookup.pos.${m.pos}` as 'lookup.pos.noun')} · {t('vocab.occurrences', { count: m.count })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
