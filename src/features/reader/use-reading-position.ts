/**
 * Restores the reader to the paragraph where they stopped and records where they are as they read.
 * Saving is a debounced subscriber that is flushed when the page is hidden — never in the render path.
 */
import { useEffect, useState } from 'react';
import { useProgressStore } from '../../db/react';
import type { Article } from '../../domain/article';
import { advanceProgress, type ReadingProgress } from '../../domain/progress';

const SAVE_DELAY_MS = 400;

/** Returns the 1-based paragraph number the reader was taken back to, or null. */
export function useReadingPosition(article: Article): number | null {
  const store = useProgressStore();
  const [resumedAt, setResumedAt] = useState<number | null>(null);

  useEffect(() => {
    if (!store) return;
    const { read, write } = store;
    let cancelled = false;
    let observer: IntersectionObserver | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: ReadingProgress | undefined;
    let latest: ReadingProgress | undefined;
    const visible = new Set<number>();
    const ids = article.paragraphs.map((p) => p.id);

    const flush = () => {
      clearTimeout(timer);
      if (pending) void write(pending);
      pending = undefined;
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();

    void read(article.id).then((saved) => {
      if (cancelled) return;
      latest = saved;
      // A link to a paragraph (#p3, from the notes) wins over the saved position.
      const linked = ids.indexOf(location.hash.slice(1));
      if (linked >= 0) document.querySelector(`[data-paragraph-id="${ids[linked]}"]`)?.scrollIntoView({ block: 'start' });
      const index = linked >= 0 ? -1 : saved ? ids.indexOf(saved.paragraphId) : -1;
      if (index > 0) {
        document.querySelector(`[data-paragraph-id="${ids[index]}"]`)?.scrollIntoView({ block: 'start' });
        setResumedAt(index + 1);
      }
      observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const i = ids.indexOf((e.target as HTMLElement).dataset.paragraphId ?? '');
            if (e.isIntersecting) visible.add(i);
            else visible.delete(i);
          }
          if (visible.size === 0) return;
          const top = Math.min(...visible);
          const next = advanceProgress(latest, {
            articleId: article.id,
            paragraphId: ids[top]!,
            index: Math.max(...visible),
            paragraphCount: ids.length,
            now: Date.now(),
          });
          if (latest && next.paragraphId === latest.paragraphId && next.furthestIndex === latest.furthestIndex) return;
          latest = pending = next;
          clearTimeout(timer);
          timer = setTimeout(flush, SAVE_DELAY_MS);
        },
        { rootMargin: '-64px 0px -35% 0px' },
      );
      document.querySelectorAll('[data-paragraph-id]').forEach((el) => observer!.observe(el));
    });

    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      cancelled = true;
      observer?.disconnect();
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [article, store]);

  return resumedAt;
}
