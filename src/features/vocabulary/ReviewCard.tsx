/**
 * One review card. Its front asks in one direction — recognition shows the Arabic word marked in the
 * sentence it was saved from; recall shows the English gloss and that sentence with the word blanked
 * out — and its answer gives the vocalised lemma, gloss, transliteration, a Listen button and the four
 * grades, each labelled with the wait it would give. All saved text is rendered as text.
 */
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ArabicText } from '../../components/ui/ArabicText';
import { speak, useArabicVoice } from '../../components/ui/use-arabic-voice';
import { transliterate } from '../../domain/arabic/transliterate';
import { GRADES, type Grade } from '../../domain/srs';
import type { WordContext, WordRecord } from '../../domain/vocab';
import type { ReviewItem } from './review-due';
import { formatInterval } from './review-time';

const button = 'rounded-md border px-3 py-2 hover:bg-accent-soft';

/** The saved sentence split around the word, or null when its offsets do not fit the sentence. */
function split({ sentence, start, end }: WordContext): [string, string, string] | null {
  if (!(start >= 0 && start < end && end <= sentence.length)) return null;
  return [sentence.slice(0, start), sentence.slice(start, end), sentence.slice(end)];
}

/** The context sentence with the word marked, or (`cloze`) replaced by a blank with the gloss under it. */
function Sentence({ context, cloze, gloss }: { context: WordContext | undefined; cloze: boolean; gloss: string }) {
  const { t, i18n } = useTranslation();
  const parts = context && split(context);
  // Without usable offsets a cloze would give the word away, so it is left out; a marked sentence is
  // shown plain.
  if (!context || (!parts && cloze)) return null;
  return (
    <p lang="ar" dir="rtl" className="text-arabic mt-4">
      {parts ? (
        <>
          <ArabicText text={parts[0]} />
          {cloze ? (
            <>
              <span aria-hidden="true" className="inline-flex flex-col items-center align-top leading-normal">
                <span className="tracking-widest text-accent">_____</span>
                <bdi lang="en" className="font-sans text-xs text-muted">
                  {gloss}
                </bdi>
              </span>
              <span className="sr-only" lang={i18n.language}>
                {t('review.blank', { gloss })}
              </span>
            </>
          ) : (
            <mark className="rounded bg-accent-soft px-0.5 font-bold text-ink">
              <ArabicText text={parts[1]} />
            </mark>
          )}
          <ArabicText text={parts[2]} />
        </>
      ) : (
        <ArabicText text={context.sentence} />
      )}
    </p>
  );
}

function Listen({ text }: { text: string }) {
  const { t } = useTranslation();
  const voice = useArabicVoice();
  if (voice.status !== 'ready') return <p className="mt-3 text-sm text-muted">{t('review.noVoice')}</p>;
  return (
    <button type="button" onClick={() => speak(text, voice.voice)} className={`${button} mt-3 border-line text-sm`}>
      {t('review.listen')}
    </button>
  );
}

function Answer({ word, answerRef }: { word: WordRecord; answerRef: Ref<HTMLElement> }) {
  const { t } = useTranslation();
  const headingId = useId();
  // Names and terms are stored as printed (usually without vowels): a transliteration would guess.
  const latin = word.kind === 'word' ? transliterate(word.lemma) : '';
  return (
    <section ref={answerRef} tabIndex={-1} aria-labelledby={headingId} className="mt-6 border-t border-line pt-4 focus:outline-none">
      <h3 id={headingId} className="sr-only">
        {t('review.answer')}
      </h3>
      <p lang="ar" dir="rtl" className="text-4xl leading-loose">
        <ArabicText text={word.lemma} />
      </p>
      {latin && (
        <p className="text-muted">
          <span className="sr-only">{t('review.transliteration')}: </span>
          <i lang="ar-Latn" dir="ltr">
            {latin}
          </i>
        </p>
      )}
      <p lang="en" dir="auto" className="mt-1 text-xl">
        {word.gloss || t('review.noGloss')}
      </p>
      <Listen text={word.lemma} />
    </section>
  );
}

export interface ReviewCardProps {
  item: ReviewItem;
  /** The wait each grade would give (ms) once the answer is shown; null while it is hidden. */
  intervals: Record<Grade, number> | null;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
  showRef: Ref<HTMLButtonElement>;
  answerRef: Ref<HTMLElement>;
}

/** The current card: its front, and once revealed its answer and grade buttons. */
export function ReviewCard({ item: { card, word }, intervals, onReveal, onGrade, showRef, answerRef }: ReviewCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const gradesId = useId();
  const recall = card.direction === 'recall';
  const context = word.contexts[0];
  // Recognition names the word by marking it in its sentence; without a usable sentence, it shows it alone.
  const wordAlone = !recall && !(context && split(context));
  return (
    <article aria-labelledby={headingId} className="mt-6 rounded-lg border border-line bg-card p-5">
      <p className="text-xs text-muted">{t(`review.directions.${card.direction}`)}</p>
      <h2 id={headingId} className="mt-1 text-lg font-semibold">
        {t(`review.prompts.${card.direction}`)}
      </h2>
      {recall ? (
        <p lang="en" dir="auto" className="mt-3 text-2xl">
          {word.gloss || t('review.noGloss')}
        </p>
      ) : (
        wordAlone && (
          <p lang="ar" dir="rtl" className="mt-3 text-4xl leading-loose">
            <ArabicText text={word.lemma} />
          </p>
        )
      )}
      <Sentence context={context} cloze={recall && !intervals} gloss={word.gloss} />

      {intervals ? (
        <>
          <Answer word={word} answerRef={answerRef} />
          <p id={gradesId} className="mt-6 text-sm font-medium">
            {t('review.gradePrompt')}
          </p>
          <div role="group" aria-labelledby={gradesId} className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            {GRADES.map((grade, i) => (
              <button
                key={grade}
                type="button"
                onClick={() => onGrade(grade)}
                aria-keyshortcuts={String(i + 1)}
                className={`${button} flex items-center justify-between gap-2 text-start ${grade === 'good' ? 'border-accent' : 'border-line'}`}
              >
                <span>{t('review.gradeWithInterval', { grade: t(`review.grades.${grade}`), interval: formatInterval(intervals[grade], i18n.language) })}</span>
                <kbd aria-hidden="true" className="rounded border border-line px-1.5 font-sans text-xs text-muted">
                  {i + 1}
                </kbd>
              </button>
            ))}
          </div>
        </>
      ) : (
        <button ref={showRef} type="button" onClick={onReveal} aria-keyshortcuts="Space Enter" className="mt-6 rounded-md bg-accent px-4 py-2 font-semibold text-on-accent hover:opacity-90">
          {t('review.showAnswer')}
        </button>
      )}
    </article>
  );
}
