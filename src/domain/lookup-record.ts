/**
 * A word the reader looked up, as recorded in IndexedDB for the "recent lookups" list (and, later,
 * vocabulary study).
 */
export interface LookupRecord {
  id?: number;
  /** The word as printed. */
  form: string;
  /** Its vocalised lemma. */
  lemma: string;
  /** Its meaning in that sentence. */
  gloss: string;
  articleId: string;
  paragraphId: string;
  /** Offset of the word in the canonical paragraph text. */
  start: number;
  /** Milliseconds since the epoch. */
  at: number;
}

/** The most recent lookups, newest first, one per word position (looking a word up twice lists it once). */
export function recentDistinct(records: LookupRecord[], limit: number): LookupRecord[] {
  const seen = new Set<string>();
  const out: LookupRecord[] = [];
  for (const r of [...records].sort((a, b) => b.at - a.at)) {
    const key = `${r.articleId}|${r.paragraphId}|${r.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length === limit) break;
  }
  return out;
}
