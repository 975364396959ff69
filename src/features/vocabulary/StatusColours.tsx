/**
 * Colours every Arabic word of the article by its lemma's status in My words (so inflected and
 * cliticised forms of a saved lemma light up everywhere), or by the status of the saved name or term it
 * belongs to. Sets a `data-status` attribute on whole word elements only — never splits a word — and
 * re-colours when the text's DOM is rebuilt or a status changes (in any tab).
 */
import { useEffect } from 'react';
import type { AnnotationsProps } from '../../components/ui/slots';
import { useLive, useSettings } from '../../db/react';
import type { Analysis } from '../../domain/analysis';
import { STATUS_CHANGE_EVENT, tokenKey, unitKey, type StatusChange, type WordStatus } from '../../domain/vocab';

/** Sets each word's status attribute; returns how many words were coloured. */
export function colourWords(root: HTMLElement, analysis: Analysis, statuses: ReadonlyMap<string, WordStatus> | null): number {
  const start = performance.now();
  let coloured = 0;
  const unitStatus = new Map<string, WordStatus>();
  if (statuses) {
    for (const unit of analysis.units) {
      const status = statuses.get(unitKey(unit.text));
      if (!status) continue;
      for (const t of analysis.tokens) if (t.p === unit.p && t.start >= unit.start && t.end <= unit.end) unitStatus.set(`${t.p}|${t.start}`, status);
    }
  }
  const byPlace = new Map(analysis.tokens.map((t) => [`${t.p}|${t.start}`, t]));
  for (const paragraph of root.querySelectorAll<HTMLElement>('[data-paragraph-id]')) {
    const p = paragraph.dataset.paragraphId;
    for (const word of paragraph.querySelectorAll<HTMLElement>('p[data-side="ar"] .w')) {
      const place = `${p}|${word.dataset.s}`;
      const token = byPlace.get(place);
      const status = statuses && token ? (statuses.get(tokenKey(token)) ?? unitStatus.get(place)) : undefined;
      if (status) {
        coloured++;
        if (word.dataset.status !== status) word.dataset.status = status;
      } else if (word.dataset.status) delete word.dataset.status;
    }
  }
  // User Timing, read by `npm run bench`.
  performance.measure('qiraa:colour-words', { start, detail: { coloured, saved: statuses?.size ?? 0 } });
  return coloured;
}

export function StatusColours({ analysis, root }: AnnotationsProps) {
  const [settings] = useSettings();
  const statuses = useLive(async (api, db) => {
    const start = performance.now();
    const read = await api.readStatuses(db);
    performance.measure('qiraa:read-statuses', { start, detail: { saved: read.size } });
    return read;
  }, []);
  const on = settings.colourByStatus;

  useEffect(() => {
    const el = root.current;
    if (!el || !analysis || !statuses) return;
    // Statuses set on this page show at once; the stored ones, read back, replace them.
    let current = statuses;
    const colour = () => colourWords(el, analysis, on ? current : null);
    colour();
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(colour);
    });
    observer.observe(el, { childList: true, subtree: true });
    const onChange = (e: Event) => {
      const { id, status } = (e as CustomEvent<StatusChange>).detail;
      current = new Map(current).set(id, status);
      colour();
    };
    document.addEventListener(STATUS_CHANGE_EVENT, onChange);
    return () => {
      observer.disconnect();
      document.removeEventListener(STATUS_CHANGE_EVENT, onChange);
      cancelAnimationFrame(frame);
    };
  }, [analysis, root, statuses, on]);
  return null;
}
