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

  if (state === 'idle') return null;
  return (
    <div role="status" className="fixed inset-x-4 bottom-4 z-30 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-lg border border-line bg-card p-3 text-sm shadow-lg">
      <span className="me-auto">{state === 'need-refresh' ? t('update.available') : t('update.offlineReady')}</span>
      {state === 'need-refresh' && (
        <button type="button" className="rounded-md bg-accent px-3 py-1.5 font-semibold text-on-accent" onClick={() => void update.current?.(true)}>
          {t('update.reload')}
        </button>
      )}
      <button type="button" className="rounded-md border border-line px-3 py-1.5" onClick={() => setState('idle')}>
        {state === 'need-refresh' ? t('update.later') : t('update.dismiss')}
      </button>
    </div>
  );
}
