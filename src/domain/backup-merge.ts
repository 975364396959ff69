/**
 * How a restored backup meets what is already on the device: merged (per record the newer edit wins,
 * nothing is deleted) or replacing it. Pure.
 */
import { KEYS, type BackupData } from './backup';
import type { LookupRecord } from './lookup-record';

/**
 * Current rows with incoming ones merged in by key: an incoming row replaces the current one only when
 * `newer(incoming, current)`; rows new to the device are appended in incoming order. Never removes.
 */
function mergeBy<T>(current: readonly T[], incoming: readonly T[], key: (r: T) => string, newer: (a: T, b: T) => boolean): T[] {
  const out = [...current];
  const at = new Map(out.map((r, i) => [key(r), i]));
  for (const r of incoming) {
    const i = at.get(key(r));
    if (i === undefined) {
      at.set(key(r), out.length);
      out.push(r);
    } else if (newer(r, out[i]!)) out[i] = r;
  }
  return out;
}

const laterUpdate = <T extends { updatedAt: number }>(a: T, b: T) => a.updatedAt > b.updatedAt;

/** A lookup is an event: the same word at the same place and moment is the same lookup, whatever its id. */
const lookupKey = (r: LookupRecord) => JSON.stringify([r.at, r.articleId, r.paragraphId, r.start, r.form, r.lemma, r.gloss]);

/**
 * Restores by merging: per record the newer edit wins and nothing is deleted. Records with `updatedAt`
 * (progress, highlights, notes, words, imported articles) compare it; cards compare `lastReview` (never reviewed is oldest);
 * reviews are an append-only log keyed by id (the later `at` wins, in practice they are equal); lookups
 * are events keyed by what they record, and a lookup new to the device loses its id so IndexedDB assigns
 * a fresh one (ids from another device would collide). Settings carry no time: the device's own values
 * stay and only keys it lacks are taken from the backup. A tie keeps the current record.
 */
export function mergeData(current: BackupData, incoming: BackupData): BackupData {
  return {
    settings: { ...incoming.settings, ...current.settings },
    progress: mergeBy(current.progress, incoming.progress, KEYS.progress, laterUpdate),
    lookups: mergeBy(
      current.lookups,
      incoming.lookups.map(({ id: _id, ...rest }) => rest),
      lookupKey,
      () => false,
    ),
    highlights: mergeBy(current.highlights, incoming.highlights, KEYS.highlights, laterUpdate),
    paragraphNotes: mergeBy(current.paragraphNotes, incoming.paragraphNotes, KEYS.paragraphNotes, laterUpdate),
    words: mergeBy(current.words, incoming.words, KEYS.words, laterUpdate),
    cards: mergeBy(current.cards, incoming.cards, KEYS.cards, (a, b) => (a.lastReview ?? -Infinity) > (b.lastReview ?? -Infinity)),
    reviews: mergeBy(current.reviews, incoming.reviews, KEYS.reviews, (a, b) => a.at > b.at),
    importedArticles: mergeBy(current.importedArticles, incoming.importedArticles, KEYS.importedArticles, laterUpdate),
  };
}

/** Restores by replacing: the device's data becomes exactly the backup's. */
export function replaceData(incoming: BackupData): BackupData {
  return incoming;
}
