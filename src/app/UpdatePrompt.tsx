/**
 * Offers to reload when a new version has been installed, and says once when the app works offline.
 * The reload happens only when the reader asks for it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'offline-ready' | 'need-refresh'>('idle');
  const update = useRef<(reload: boolean) => Promise<void>>(undefined);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    void import('./pwa').then(({ registerServiceWorker }) => {
      update.current = registerServiceWorker({
        onNeedRefresh: () => setState('need-refresh'),
        onOfflineReady: () => setState('offline-ready'),
      });
    });
  }, []);

  useEffect(() => {
    // "Works offline" is news once; it clears itself. An update waits for the reader's answer.
    if (state !== 'offline-ready') return;
    const timer = setTimeout(() => setState('idle'), 6000);
    return () => clearTimeout(timer);
  }, [state]);

  if (state === 'idle') return null;
  if (state === 'offline-ready') {
    // A passing notice: it lets clicks through to the page and never moves the text.
    return (
      <p role="status" className="pointer-events-none fixed start-4 bottom-4 z-30 rounded-full border border-line bg-card px-4 py-2 text-sm shadow-lg">
        {t('update.offlineReady')}
      </p>
    );
  }
  return (
    <div role="status" className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-line bg-card p-3 text-sm shadow-lg">
      <span className="me-auto">{t('update.available')}</span>
      <button type="button" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent" onClick={() => void update.current?.(true)}>
        {t('update.reload')}
      </button>
      <button type="button" className="rounded-md border border-line px-3 py-1.5" onClick={() => setState('idle')}>
        {t('update.later')}
      </button>
    </div>
  );
}
