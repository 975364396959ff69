/**
 * The lookup popover: a labelled dialog that explains one word — the name or term it belongs to, its
 * printed and vocalised forms with transliteration, its parts, lemma, root, grammar and meanings — and
 * records the lookup. Placed with Floating UI so it never leaves the screen; a bottom sheet on phones.
 */
import { autoUpdate, flip, offset, shift, size, useDismiss, useFloating, useInteractions, useRole } from '@floating-ui/react';
import { createPortal } from 'react-dom';
import { memo, useEffect, useId, useRef, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookupProps } from '../../components/ui/slots';
import { useRecordLookup } from '../../db/react';
import type { AutomaticFields, TokenAnalysis, Unit } from '../../domain/analysis';
import { transliterate } from '../../domain/arabic/transliterate';
import { spacedRoot } from '../../domain/word-info';
import { speak, useArabicVoice } from '../../components/ui/use-arabic-voice';
import { RootFamily } from './RootFamily';
import { SaveWord } from './SaveWord';

let phoneQuery: MediaQueryList | undefined;
const phone = () => (phoneQuery ??= matchMedia('(max-width: 639px)'));
const subscribe = (notify: () => void) => {
  phone().addEventListener('change', notify);
  return () => phone().removeEventListener('change', notify);
};
const usePhone = () => useSyncExternalStore(subscribe, () => phone().matches, () => false);

export default function WordPopover({ articleId, paragraphId, paragraph, token, units, anchor, focusOnOpen, shown, onClose }: LookupProps) {
  const { t } = useTranslation();
  const onPhone = usePhone();
  const titleId = useId();
  const record = useRecordLookup();
  // Focus starts on the title, so the dialog opens scrolled to its top and is announced by name.
  const title = useRef<HTMLHeadingElement>(null);
  const { refs, floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open) => !open && onClose(),
    elements: { reference: anchor },
    placement: 'bottom',
    middleware: [
      offset(6),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({ padding: 8, apply: ({ availableHeight, elements }) => void (elements.floating.style.maxHeight = `${Math.max(160, availableHeight)}px`) }),
    ],
    whileElementsMounted: autoUpdate,
  });
  const { getFloatingProps } = useInteractions([useDismiss(context, { enabled: shown }), useRole(context, { role: 'dialog' })]);

  // From the keyboard, focus moves to the title (so the dialog is announced by name and opens scrolled
  // to its top); when it closes, focus goes back to the word unless the reader has moved it elsewhere.
  useEffect(() => {
    if (!shown) return;
    const dialog = title.current?.closest('[role="dialog"]');
    if (focusOnOpen) title.current?.focus({ preventScroll: true });
    return () => {
      // By the time this runs the dialog may be gone and focus with it (to <body>).
      const active = document.activeElement;
      if (focusOnOpen && (!active || active === document.body || dialog?.contains(active))) anchor.focus({ preventScroll: true });
    };
  }, [anchor, focusOnOpen, shown]);

  useEffect(() => {
    if (!shown) return;
    // Recorded just after the popover has painted: the lookup itself never waits for storage.
    const at = Date.now();
    const timer = setTimeout(() => record({ form: token.form, lemma: token.lemma, gloss: token.gloss, articleId, paragraphId, start: token.start, at }), 0);
    return () => clearTimeout(timer);
  }, [record, token, articleId, paragraphId, shown]);

  // A plain portal into <body>: it renders in the same pass (Floating UI's portal waits a render for
  // its container).
  return createPortal(
    <>
      {onPhone && shown && <div className="fixed inset-0 z-30 bg-black/30" aria-hidden="true" />}
      <div
          // Floating UI's callback ref, not a ref value read during render.
          // eslint-disable-next-line react-hooks/refs
          ref={refs.setFloating}
          aria-labelledby={titleId}
          aria-hidden={shown ? undefined : true}
          inert={!shown}
          style={onPhone ? undefined : floatingStyles}
          className={
            (shown ? '' : 'invisible ') +
            (onPhone
              ? 'fixed inset-x-0 bottom-0 z-40 max-h-[80dvh] overflow-y-auto rounded-t-2xl border-t border-line bg-card p-5 shadow-2xl'
              : 'z-40 w-[min(26rem,calc(100vw-1rem))] overflow-y-auto rounded-xl border border-line bg-card p-4 shadow-xl')
          }
          {...getFloatingProps()}
        >
          <WordDetails token={token} units={units} titleId={titleId} titleRef={title} />
          <div className="mt-4 grid gap-3 border-t border-line pt-3">
            <SaveWord articleId={articleId} paragraph={paragraph} token={token} units={units} shown={shown} />
            {token.root && <RootFamily root={token.root} lemma={token.lemma} />}
          </div>
          <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-line pt-3">
            <ListenButton text={token.voc} />
            <button type="button" onClick={onClose} className="ms-auto rounded-md border border-line px-3 py-1.5 text-sm hover:bg-accent-soft">
              {t('lookup.close')}
            </button>
          </div>
        </div>
    </>,
    document.body,
  );
}

const WordDetails = memo(function WordDetails({ token, units, titleId, titleRef }: { token: TokenAnalysis & AutomaticFields; units: Unit[]; titleId: string; titleRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  const alternatives = token.alternatives ?? [];
  const root = token.root
    ? spacedRoot(token.root)
    : token.origin === 'foreign'
      ? t('lookup.foreignWord')
      : token.origin === 'proper'
        ? t('lookup.properName')
        : t('lookup.noRoot');
  return (
    <div className="grid gap-3 text-sm">
      {token.automatic && (
        <p className="rounded-md border border-dashed border-line px-3 py-1.5 text-muted">{token.known === false ? t('lookup.unknown') : t('lookup.automatic')}</p>
      )}
      {units.map((u) => (
        <div key={`${u.start}-${u.end}`} className="rounded-lg bg-accent-soft p-3">
          <p className="text-xs font-semibold tracking-wide text-muted uppercase">{t(`lookup.unitKinds.${u.kind}`)}</p>
          <p lang="ar" dir="rtl" className="text-xl leading-loose">
            {u.text}
          </p>
          <p lang="en" dir="ltr" className="font-semibold">
            {u.gloss}
          </p>
          {u.note && (
            <p lang="en" dir="ltr" className="mt-1 text-muted">
              {u.note}
            </p>
          )}
        </div>
      ))}
      <div>
        <h2 id={titleId} ref={titleRef} tabIndex={-1} className="flex flex-wrap items-baseline gap-x-3 focus:outline-none">
          <span lang="ar" dir="rtl" className="font-arabic text-3xl leading-[1.9]">
            {token.form}
          </span>
          <span className="sr-only">{t('lookup.title')}</span>
        </h2>
        <p className="flex flex-wrap items-baseline gap-x-3">
          <span lang="ar" dir="rtl" className="text-2xl leading-[1.9]">
            {token.voc}
          </span>
          <span lang="ar-Latn" className="text-base text-muted italic">
            {transliterate(token.voc)}
          </span>
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold text-muted">{t('lookup.parts')}</dt>
        <dd>
          <ol className="flex flex-wrap items-start gap-x-1 gap-y-1" dir="rtl" aria-label={t('lookup.parts')}>
            {token.segments.map((s, i) => (
              <li key={i} className="flex items-start gap-x-1">
                {i > 0 && <span aria-hidden="true" className="pt-1 text-muted">+</span>}
                <span className="flex flex-col items-center rounded-md border border-line px-2 py-0.5">
                  <span lang="ar" className="text-xl leading-relaxed">
                    {s.form}
                  </span>
                  <span lang="en" dir="ltr" className="text-xs text-muted">
                    {s.gloss}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </dd>
        <dt className="font-semibold text-muted">{t('lookup.lemma')}</dt>
        <dd className="flex flex-wrap items-baseline gap-x-2">
          <span lang="ar" dir="rtl" className="text-xl leading-relaxed">
            {token.lemma}
          </span>
          <span lang="ar-Latn" className="text-muted italic">
            {transliterate(token.lemma)}
          </span>
        </dd>
        <dt className="font-semibold text-muted">{t('lookup.root')}</dt>
        <dd lang={token.root ? 'ar' : undefined} className={token.root ? 'text-xl leading-relaxed' : ''}>
          {root}
        </dd>
        <dt className="font-semibold text-muted">{t('lookup.grammar')}</dt>
        <dd>
          <span className="block">{t(`lookup.pos.${token.pos}`)}</span>
          {token.features && (
            <span lang="en" dir="ltr" className="block text-muted">
              {token.features}
            </span>
          )}
        </dd>
        <dt className="font-semibold text-muted">{t('lookup.here')}</dt>
        <dd lang="en" dir="ltr" className="text-base font-semibold">
          {token.gloss}
        </dd>
        {alternatives.length > 0 && (
          <>
            <dt className="font-semibold text-muted">{t('lookup.alternatives')}</dt>
            <dd>
              <ul className="grid gap-1">
                {alternatives.map((a, i) => (
                  <li key={i} className="flex flex-wrap items-baseline gap-x-2">
                    <span lang="ar" dir="rtl" className="text-lg leading-relaxed">
                      {a.lemma}
                    </span>
                    <span className="text-muted">{t(`lookup.pos.${a.pos}`)}</span>
                    <span lang="en" dir="ltr">
                      {a.gloss}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {token.senses.length > 0 && (
          <>
            <dt className="font-semibold text-muted">{t('lookup.otherMeanings')}</dt>
            <dd lang="en" dir="ltr">
              {token.senses.join('; ')}
            </dd>
          </>
        )}
      </dl>
    </div>
  );
});

function ListenButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const voice = useArabicVoice();
  const reasonId = useId();
  if (voice.status === 'ready') {
    return (
      <button type="button" onClick={() => speak(text, voice.voice)} className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-on-accent">
        {t('lookup.listen')}
      </button>
    );
  }
  return (
    <>
      <button type="button" aria-disabled="true" aria-describedby={reasonId} className="cursor-not-allowed rounded-md border border-line px-3 py-1.5 text-sm text-muted">
        {t('lookup.listen')}
      </button>
      <span id={reasonId} className="text-xs text-muted">
        {voice.status === 'unsupported' ? t('lookup.noSpeech') : t('lookup.noArabicVoice')}
      </span>
    </>
  );
}
