/**
 * One numbered paragraph with its translation, in the chosen layout. Hovering or focusing either side
 * marks its partner (pure CSS, see styles.css). In study mode the English is revealed on demand.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArabicText } from '../../components/ui/ArabicText';
import type { Paragraph } from '../../domain/article';
import type { Layout } from '../../domain/settings';

export function ParagraphPair({ paragraph, number, layout }: { paragraph: Paragraph; number: number; layout: Layout }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  const showEnglish = layout !== 'study' || revealed;
  const englishId = `en-${paragraph.id}`;
  const toggle = () => setRevealed((r) => !r);

  return (
    <section
      data-paragraph-id={paragraph.id}
      dir={layout === 'side' ? 'rtl' : undefined}
      aria-label={t('reader.paragraph', { n: number })}
      className={`pair scroll-mt-20 ${layout === 'side' ? 'grid gap-x-10 gap-y-2 md:grid-cols-[minmax(0,1.15fr)_minmax(0,1fr)]' : 'flex flex-col gap-2'}`}
    >
      <div dir="rtl" className="flex items-start gap-3">
        <span aria-hidden="true" className="pnum">{number}</span>
        <p
          id={`ar-${paragraph.id}`}
          lang="ar"
          dir="rtl"
          tabIndex={0}
          data-side="ar"
          className="para text-arabic min-w-0 flex-1"
          onClick={layout === 'study' ? toggle : undefined}
          onKeyDown={layout === 'study' ? (e) => e.key === 'Enter' && toggle() : undefined}
        >
          <ArabicText text={paragraph.ar} />
        </p>
      </div>
      {layout === 'study' && (
        <button
          type="button"
          aria-expanded={revealed}
          aria-controls={englishId}
          onClick={toggle}
          className="ms-10 self-start rounded-md border border-line px-2.5 py-1 text-sm hover:bg-accent-soft"
        >
          {revealed ? t('reader.hideTranslation', { n: number }) : t('reader.showTranslation', { n: number })}
        </button>
      )}
      {showEnglish && (
        <div dir="ltr" className={`flex items-start gap-3 ${layout === 'side' ? '' : 'ms-10'}`}>
          {layout === 'side' && <span aria-hidden="true" className="pnum md:visible max-md:invisible">{number}</span>}
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
}
