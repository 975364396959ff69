/**
 * An Arabic paragraph with every word wrapped whole in its own element (never split, so letters keep
 * joining), carrying its offset in the canonical text (the paragraph id is on the enclosing section).
 * Display modes (tashkeel, word-by-word glosses, transliteration) change only what is shown; the
 * offsets never move.
 */
import { memo, useMemo } from 'react';
import { ArabicText } from '../../components/ui/ArabicText';
import { useHydrated } from '../../components/ui/use-hydrated';
import { tokenize } from '../../domain/arabic/tokenize';
import { transliterate } from '../../domain/arabic/transliterate';
import type { Paragraph } from '../../domain/article';
import type { TashkeelMode } from '../../domain/settings';
import { displayForm, tokenKey, type TokenIndex } from '../../domain/word-info';

export interface WordDisplay {
  tashkeel: TashkeelMode;
  wordByWord: boolean;
  transliteration: boolean;
}

export const ArabicParagraph = memo(function ArabicParagraph(props: {
  paragraph: Paragraph;
  tokens: TokenIndex | undefined;
  display: WordDisplay;
  /** The first word of the article is the one Tab reaches; arrow keys move from there. */
  firstOfArticle: boolean;
}) {
  const { paragraph, tokens, display } = props;
  // Words are wrapped once the page is interactive; the prerendered text is identical, so nothing moves.
  const enhanced = useHydrated();
  const words = useMemo(() => tokenize(paragraph.ar), [paragraph.ar]);
  if (!enhanced) return <ArabicText text={paragraph.ar} />;
  const parts: React.ReactNode[] = [];
  let last = 0;
  words.forEach((w, i) => {
    if (w.start > last) parts.push(<ArabicText key={`g${last}`} text={paragraph.ar.slice(last, w.start)} />);
    const token = tokens?.get(tokenKey(paragraph.id, w.start));
    parts.push(
      <span
        key={w.start}
        className="w"
        data-s={w.start}
        tabIndex={props.firstOfArticle && i === 0 ? 0 : undefined}
        data-gloss={display.wordByWord ? token?.gloss : undefined}
        data-tr={display.transliteration && token ? transliterate(token.voc) : undefined}
      >
        {displayForm(w.form, display.tashkeel, token)}
      </span>,
    );
    last = w.end;
  });
  if (last < paragraph.ar.length) parts.push(<ArabicText key={`g${last}`} text={paragraph.ar.slice(last)} />);
  return <>{parts}</>;
});
