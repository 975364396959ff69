/**
 * One article's highlights and paragraph notes: live from IndexedDB (so other tabs' changes appear),
 * re-anchored against the current text, with the writes the reader can make. A highlight being saved
 * is listed at once (before the write commits), so nothing waits for storage.
 */
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useDatabase, useLive } from '../../db/react';
import { placeHighlights, type HighlightRecord, type ParagraphNoteRecord, type PlacedHighlight } from '../../domain/annotation';
import type { Article } from '../../domain/article';

/** Each article's last placement, so that anchoring redoes only the highlights that changed. */
const lastPlacement = new WeakMap<Article, PlacedHighlight[]>();

export function useArticleAnnotations(article: Article) {
  const store = useDatabase();
  const stored = useLive((api, db) => api.readHighlights(db, article.id), [article.id]);
  const notes = useLive((api, db) => api.readParagraphNotes(db, article.id), [article.id]) ?? [];
  const [pending, setPending] = useState<HighlightRecord[]>([]);

  const highlights = useMemo(() => {
    const byId = new Map((stored ?? []).map((h) => [h.id, h]));
    for (const h of pending) if ((byId.get(h.id)?.updatedAt ?? -1) < h.updatedAt) byId.set(h.id, h);
    return [...byId.values()];
  }, [stored, pending]);
  // A pending write is dropped once the database holds it (or something newer).
  useEffect(() => {
    const byId = new Map((stored ?? []).map((h) => [h.id, h.updatedAt]));
    setPending((p) => (p.some((h) => (byId.get(h.id) ?? -1) >= h.updatedAt) ? p.filter((h) => (byId.get(h.id) ?? -1) < h.updatedAt) : p));
  }, [stored]);
  const placed = useMemo(() => {
    const next = placeHighlights(article, highlights, lastPlacement.get(article));
    lastPlacement.set(article, next);
    return next;
  }, [article, highlights]);

  const saveHighlight = useCallback(
    async (record: HighlightRecord) => {
      // The write starts first; re-rendering the list is low priority (the caller has painted already).
      const saved = store?.api.putHighlight(store.db, record);
      startTransition(() => setPending((p) => [...p.filter((h) => h.id !== record.id), record]));
      await saved;
      performance.mark('qiraa:highlight-saved', { detail: record.id });
    },
    [store],
  );
  const removeHighlight = useCallback(
    async (id: string) => {
      setPending((p) => p.filter((h) => h.id !== id));
      await store?.api.deleteHighlight(store.db, id);
    },
    [store],
  );
  const saveNote = useCallback(async (record: ParagraphNoteRecord) => store?.api.putParagraphNote(store.db, record), [store]);
  const removeNote = useCallback(async (id: string) => store?.api.deleteParagraphNote(store.db, id), [store]);

  return { available: store !== null, placed, notes, saveHighlight, removeHighlight, saveNote, removeNote };
}
