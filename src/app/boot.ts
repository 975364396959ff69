/**
 * The page's only script tag. It brings the stylesheet (inlined into prerendered pages at build time)
 * and starts the app only once the prerendered text has been painted and the page (its font included)
 * has loaded, so that reading never waits for the app's code to download, compile or hydrate.
 */
import './styles.css';

let painted = false;
let loaded = document.readyState === 'complete';
let started = false;
const maybeStart = () => {
  if (started || !painted || !loaded) return;
  started = true;
  setTimeout(() => void import('./entry-client'), 0);
};

try {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    painted = true;
    maybeStart();
  }).observe({ type: 'paint', buffered: true });
} catch {
  painted = true; // no paint timing: the load event alone decides
}
// A page that never paints (a background tab) starts on load, or when it becomes visible.
addEventListener('load', () => {
  loaded = true;
  if (document.visibilityState === 'hidden') painted = true;
  maybeStart();
});
document.addEventListener('visibilitychange', () => {
  painted ||= document.visibilityState === 'visible' && loaded;
  maybeStart();
});
maybeStart();
