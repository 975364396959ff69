/**
 * The one owner of service-worker registration. Loaded after the first render so that it never
 * delays reading; it reports updates and never reloads on its own.
 */
import { registerSW } from 'virtual:pwa-register';

export interface PwaEvents {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}

/**
 * Links the web app manifest. It is added once the page is interactive rather than in the HTML: the
 * browser fetches a linked manifest (and its icons) at start-up, which competes with the article's font.
 */
function linkManifest() {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = '/manifest.webmanifest';
  document.head.append(link);
}

/** Registers the service worker; returns a function that activates a waiting update and reloads. */
export function registerServiceWorker(events: PwaEvents): (reload: boolean) => Promise<void> {
  linkManifest();
  return registerSW({ immediate: true, onNeedRefresh: events.onNeedRefresh, onOfflineReady: events.onOfflineReady });
}
