import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False in prerendered HTML and while hydrating, true from the render right after: for what the page
 * adds once it is interactive (word elements, the highlights layer), which keeps the HTML small and
 * hydration exact.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
