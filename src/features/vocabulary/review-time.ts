/**
 * Spans of time as the review page says them, in the interface language: the wait a grade would give
 * ("10 min", "4 days") and when the next card falls due ("in 3 hours", "tomorrow"). Intl does the
 * wording and the plurals; numbers stay in Latin digits in Arabic, as elsewhere in the app.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'minute' | 'hour' | 'day' | 'month' | 'year';

const locale = (lang: string) => (lang === 'ar' ? 'ar-u-nu-latn' : 'en');

/** The unit and amount that best say a span: whole minutes, hours, days or months, years to a tenth. */
export function span(ms: number): { value: number; unit: Unit } {
  if (ms < HOUR - MINUTE / 2) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: 'minute' };
  if (ms < DAY - HOUR / 2) return { value: Math.round(ms / HOUR), unit: 'hour' };
  if (ms < 30 * DAY) return { value: Math.round(ms / DAY), unit: 'day' };
  if (ms < 365 * DAY) return { value: Math.round(ms / (30 * DAY)), unit: 'month' };
  return { value: Math.round((ms / (365 * DAY)) * 10) / 10, unit: 'year' };
}

/** A wait, short ("10 min", "4 days"); in Arabic in full words, which read better than "10 د". */
export function formatInterval(ms: number, lang: string): string {
  const { value, unit } = span(ms);
  return new Intl.NumberFormat(locale(lang), { style: 'unit', unit, unitDisplay: lang === 'ar' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}

/** When something `ms` from now happens ("in 3 hours", "tomorrow"). */
export function formatDueIn(ms: number, lang: string): string {
  const { value, unit } = span(ms);
  return new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' }).format(value, unit);
}
