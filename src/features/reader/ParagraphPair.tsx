/**
 * One numbered paragraph with its translation, in the chosen layout. Hovering or focusing either side
 * marks its partner (see use-partner-marking.ts). In study mode the English is revealed on demand.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../domain/article';
import type { Layout } from '../../domain/settings';
import type { TokenIndex } from '../../domain/word-info';
import { ArabicParagraph, type WordDisplay } from './ArabicParagraph';

export const ParagraphPair = memo(function ParagraphPair(props: {
  paragraph: Paragraph;
  number: number;
  layout: Layout;
  tokens: TokenIndex | undefined;
  display: WordDisplay;
}) {
  const { paragraph, number, layout } = props;
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const showEnglish = paragraph.en !== '' && (layout !== 'study' || revealed);
  const englishId = `en-${paragraph.id}`;
  const annotated = props.display.wordByWord || props.display.transliteration;

  return (
    <section
      data-paragraph-id={paragraph.id}
      dir={layout === 'side' ? 'rtl' : undefined}
      aria-label={t('reader.paragraph', { n: number })}
      className={`pair scroll-mt-20 ${layout === 'side' ? 'grid gap-x-10 gap-y-2 md:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]' : 'flex flex-col gap-2'}`}
    >
      <div dir="rtl" className="flex items-start gap-3">
        <button type="button" data-note-paragraph={paragraph.id} aria-label={t('reader.noteOnParagraph', { n: number })} title={t('reader.noteOnParagraph', { n: number })} className="pnum hover:bg-accent-soft">
          {number}
        </button>
        <p
          id={`ar-${paragraph.id}`}
          lang="ar"
          dir="rtl"
          data-side="ar"
          className={`para text-arabic min-w-0 flex-1 ${annotated ? 'annotated' : ''}`}
          onClick={layout === 'study' ? (e) => !(e.target as Element).closest('.w') && setRevealed((r) => !r) : undefined}
        >
          <ArabicParagraph paragraph={paragraph} tokens={props.tokens} display={props.display} firstOfArticle={number === 1} />
        </p>
      </div>
      {layout === 'study' && paragraph.en !== '' && (
        <button
          type="button"
          aria-expanded={revealed}
          aria-controls={englishId}
          onClick={() => setRevealed((r) => !r)}
          className="ms-10 self-start rounded-md border border-line px-2.5 py-1 text-sm hover:bg-accent-soft"
        >
          {revealed ? t('reader.hideTranslation', { n: number }) : t('reader.showTranslation', { n: number })}
        </button>
      )}
      {showEnglish && (
        <div dir="ltr" className="flex items-start gap-3">
          {layout === 'side' && <span aria-hidden="true" className="pnum max-md:invisible">{number}</span>}
          <p
            id={englishId}
            lang="en"
            dir="ltr"
            tabIndex={0}
            data-side="en"
            className={`para text-english min-w-0 flex-1 ${layout === 'side' ? '' : 'text-muted'}`}
          >
            {paragraph.en}
          </p>
        </div>
      )}
    </section>
  );
});
