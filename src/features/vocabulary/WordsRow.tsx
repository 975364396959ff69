/**
 * One saved word in the My words list: its lemma, transliteration, root (a button to the root family),
 * part of speech, date added, status, editable English gloss, personal note (plain text) and the
 * sentences it was saved from, each linking back to its paragraph with the word marked.
 *
 * Only the active row (the list's roving tab stop) puts its controls in the tab order, so Tab enters the
 * list once and ↑/↓ move between words; clicking any control makes its row the active one.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ArabicText } from '../../components/ui/ArabicText';
import { markContext } from '../../domain/anki';
import { transliterate } from '../../domain/arabic/transliterate';
import { WORD_STATUSES, type WordContext, type WordRecord, type WordStatus } from '../../domain/vocab';
import { posLabel } from './words-labels';
import { spacedRoot } from './words-filter';

/** What a row can ask the page to do (one stable object for every row). */
export interface RowActions {
  toggleSelected: (id: string) => void;
  setStatus: (id: string, status: WordStatus) => void;
  setGloss: (id: string, gloss: string) => void;
  setNote: (id: string, note: string) => void;
  showRoot: (root: string) => void;
  toggleExpanded: (id: string) => void;
  titleOf: (articleId: string) => string;
  formatDate: (time: number) => string;
}

interface Props {
  word: WordRecord;
  index: number;
  /** How many words the whole list has (the rendered rows are a few of them). */
  count: number;
  /** Offset of the row from the top of the list, in pixels. */
  offset: number;
  active: boolean;
  selected: boolean;
  expanded: boolean;
  measure: Ref<HTMLLIElement>;
  actions: RowActions;
}

/** Sentences shown before "Show n more". */
const FIRST_SENTENCES = 2;

const control = 'rounded-md border border-line bg-card px-2 py-1';

export const WordsRow = memo(function WordsRow({ word, index, count, offset, active, selected, expanded, measure, actions }: Props) {
  const { t } = useTranslation();
  const lemmaId = useId();
  const tab = active ? 0 : -1;
  const latin = useMemo(() => transliterate(word.lemma), [word.lemma]);
  const sentences = expanded ? word.contexts : word.contexts.slice(0, FIRST_SENTENCES);
  const hidden = word.contexts.length - FIRST_SENTENCES;

  return (
    <li
      ref={measure}
      data-word-row
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={count}
      tabIndex={tab}
      aria-labelledby={lemmaId}
      style={{ transform: `translateY(${offset}px)` }}
      className="absolute inset-x-0 top-0 rounded-lg pb-3"
    >
      <div className={`grid gap-2 rounded-lg border bg-card p-4 ${selected ? 'border-accent' : 'border-line'}`}>
        <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
          <input
            type="checkbox"
            tabIndex={tab}
            checked={selected}
            onChange={() => actions.toggleSelected(word.id)}
            aria-label={t('words.select', { lemma: word.lemma })}
            className="mt-3 size-4 accent-accent"
          />
          <div className="me-auto min-w-0">
            <p id={lemmaId} lang="ar" dir="rtl" className="text-start font-arabic text-[1.6rem] leading-[1.8]">
              {word.lemma}
            </p>
            <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
              <span lang="ar-Latn" dir="ltr" title={t('words.transliteration')}>
                {latin}
              </span>
              <span aria-hidden="true">·</span>
              {word.root ? (
                <button
                  type="button"
                  tabIndex={tab}
                  onClick={() => actions.showRoot(word.root!)}
                  aria-label={t('words.showRoot', { root: spacedRoot(word.root) })}
                  className="rounded px-1 text-accent underline-offset-2 hover:underline"
                >
                  <span lang="ar" dir="rtl" className="font-arabic text-base">
                    {spacedRoot(word.root)}
                  </span>
                </button>
              ) : (
                <span>{t('words.noRoot')}</span>
              )}
              <span aria-hidden="true">·</span>
              <span>{posLabel(t, word.pos)}</span>
              <span aria-hidden="true">·</span>
              <time dateTime={new Date(word.addedAt).toISOString()}>{t('words.added', { date: actions.formatDate(word.addedAt) })}</time>
            </p>
          </div>
          <select
            tabIndex={tab}
            value={word.status}
            onChange={(e) => actions.setStatus(word.id, e.target.value as WordStatus)}
            aria-label={t('words.statusOf', { lemma: word.lemma })}
            className={control}
          >
            {WORD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`words.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Gloss word={word} tab={tab} onSave={actions.setGloss} />
        <Note word={word} tab={tab} describedBy={lemmaId} onSave={actions.setNote} />
        {sentences.length > 0 && (
          <ul className="grid gap-2">
            {sentences.map((c, i) => (
              <Sentence key={`${c.articleId}|${c.paragraphId}|${i}`} context={c} tab={tab} title={actions.titleOf(c.articleId)} />
            ))}
          </ul>
        )}
        {hidden > 0 && (
          <button type="button" tabIndex={tab} onClick={() => actions.toggleExpanded(word.id)} className="justify-self-start text-sm text-accent underline-offset-2 hover:underline">
            {expanded ? t('words.fewerSentences') : t('words.moreSentences', { count: hidden })}
          </button>
        )}
      </div>
    </li>
  );
});

/** The English gloss, edited in place: saved on Enter or when focus leaves, Escape puts it back. */
function Gloss({ word, tab, onSave }: { word: WordRecord; tab: number; onSave: (id: string, gloss: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      // A new stored gloss (saved here or elsewhere) resets the field.
      key={word.gloss}
      type="text"
      dir="auto"
      tabIndex={tab}
      defaultValue={word.gloss}
      placeholder={t('words.glossPlaceholder')}
      aria-label={t('words.gloss', { lemma: word.lemma })}
      onBlur={(e) => {
        const gloss = e.currentTarget.value.trim();
        if (gloss !== word.gloss) onSave(word.id, gloss);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          e.currentTarget.value = word.gloss;
          e.currentTarget.blur();
        }
      }}
      className="w-full rounded-md border border-transparent bg-transparent px-2 py-1 hover:border-line focus:border-line focus:bg-paper"
    />
  );
}

/** The learner's own note, shown as plain text; a button opens it for editing. */
function Note({ word, tab, describedBy, onSave }: { word: WordRecord; tab: number; describedBy: string; onSave: (id: string, note: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  // Closing the editor puts focus back on the button that opened it (not on the page).
  useEffect(() => {
    if (draft === null && refocus.current) button.current?.focus();
    refocus.current = false;
  }, [draft]);
  const close = () => {
    refocus.current = true;
    setDraft(null);
  };
  if (draft !== null) {
    return (
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() !== word.note) onSave(word.id, draft.trim());
          close();
        }}
      >
        <textarea
          value={draft}
          dir="auto"
          rows={3}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
          aria-label={t('words.noteOn', { lemma: word.lemma })}
          className="w-full rounded-md border border-line bg-paper p-2"
        />
        <div className="flex gap-2">
          <button type="submit" className="rounded-md bg-accent px-3 py-1 text-sm font-semibold text-on-accent">
            {t('words.saveNote')}
          </button>
          <button type="button" onClick={close} className="rounded-md border border-line px-3 py-1 text-sm">
            {t('words.cancelNote')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      {word.note && (
        <p dir="auto" className="min-w-0 flex-1 text-sm whitespace-pre-wrap">
          <span className="font-semibold">{t('words.note')}: </span>
          {word.note}
        </p>
      )}
      <button ref={button} type="button" tabIndex={tab} onClick={() => setDraft(word.note)} aria-describedby={describedBy} className="text-sm text-accent underline-offset-2 hover:underline">
        {word.note ? t('words.editNote') : t('words.addNote')}
      </button>
    </div>
  );
}

/** A sentence the word was saved from, the word marked (whole words only), and a link to its paragraph. */
function Sentence({ context, tab, title }: { context: WordContext; tab: number; title: string }) {
  const { t } = useTranslation();
  const { before, word, after } = markContext(context);
  return (
    <li className="border-s-2 border-line ps-3">
      <p lang="ar" dir="rtl" className="text-start font-arabic text-lg leading-loose">
        <ArabicText text={before} />
        {word && (
          <mark className="rounded bg-accent-soft text-ink">
            <ArabicText text={word} />
          </mark>
        )}
        <ArabicText text={after} />
      </p>
      <Link
        to={`/articles/${context.articleId}#${context.paragraphId}`}
        tabIndex={tab}
        aria-label={t('words.goToSentence', { title })}
        className="text-sm text-accent underline-offset-2 hover:underline"
      >
        <bdi>{title}</bdi>
      </Link>
    </li>
  );
}
