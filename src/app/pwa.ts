/**
 * The one owner of service-worker registration. Loaded after the first render so that it never
 * delays reading; it reports updates and never reloads on its own.
 */
import { registerSW } from 'virtual:pwa-register';

export interface PwaEvents {
  onNeedRefresh: () => void;
  onOfflineReady: () => void;
}

/** Registers the service worker; returns a function that activates a waiting update and reloads. */
export function registerServiceWorker(events: PwaEvents): (reload: boolean) => Promise<void> {
  return registerSW({ immediate: true, onNeedRefresh: events.onNeedRefresh, onOfflineReady: events.onOfflineReady });
}
