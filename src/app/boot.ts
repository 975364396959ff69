/**
 * The page's only script tag. It brings the stylesheet (inlined into prerendered pages at build time)
 * and starts the app once the browser has painted the prerendered text, so that reading never waits
 * for the app's code to download, compile or hydrate.
 */
import './styles.css';

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./entry-client');
};

try {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
} catch {
  // No paint timing: fall back to the load event below.
}
// A page that never paints (a background tab) or a browser without paint timing still starts.
addEventListener('load', () => setTimeout(start, 0));
