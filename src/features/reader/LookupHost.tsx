/**
 * Holds which word's lookup is open, apart from the article so that opening a word re-renders only
 * this small component (the text itself never re-renders on a lookup).
 */
import { useEffect, useImperativeHandle, useMemo, useState, type ComponentType, type Ref } from 'react';
import type { LookupProps } from '../../components/ui/slots';
import type { Analysis } from '../../domain/analysis';
import type { Article } from '../../domain/article';
import { tokenKey, unitsContaining, type TokenIndex } from '../../domain/word-info';
import type { WordTarget } from './use-word-keys';

export interface LookupHandle {
  open: (word: WordTarget) => void;
  /** Prepares a word's popover out of sight (pointer over or down on it), so a click only reveals it. */
  prepare: (word: WordTarget) => void;
}

const sameWord = (a: WordTarget, b: WordTarget) => a.paragraphId === b.paragraphId && a.start === b.start;

export function LookupHost({
  ref,
  article,
  analysis,
  tokens,
  Lookup,
}: {
  ref: Ref<LookupHandle>;
  article: Article;
  analysis: Analysis | undefined;
  tokens: TokenIndex | undefined;
  Lookup: ComponentType<LookupProps>;
}) {
  const [state, setState] = useState<{ word: WordTarget; shown: boolean } | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      open: (word) => setState({ word, shown: true }),
      prepare: (word) => setState((s) => (s?.shown || (s && sameWord(s.word, word)) ? s : { word, shown: false })),
    }),
    [],
  );
  const open = state?.word;
  const token = open && tokens?.get(tokenKey(open.paragraphId, open.start));
  const shown = state?.shown ?? false;
  const units = useMemo(() => (token && analysis ? unitsContaining(analysis, token) : []), [analysis, token]);

  useEffect(() => {
    if (!open || !shown) return;
    const word = open.element;
    word.setAttribute('data-open', '');
    return () => word.removeAttribute('data-open');
  }, [open, shown]);

  if (!open || !token || !analysis) return null;
  return (
    <Lookup
      key={tokenKey(open.paragraphId, open.start)}
      shown={shown}
      articleId={article.id}
      paragraphId={open.paragraphId}
      paragraph={article.paragraphs.find((p) => p.id === open.paragraphId)?.ar ?? ''}
      token={token}
      units={units}
      anchor={open.element}
      focusOnOpen={open.byKeyboard}
      onClose={() => setState(null)}
    />
  );
}
