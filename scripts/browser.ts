/**
 * Finds a Chromium to drive: $CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * download. Shared by the Playwright config, the benchmarks and the developer tools.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a sandboxed, offline-friendly headless Chromium (no calls home). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable to use, or undefined to let Playwright use its own browser. */
export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p && existsSync(p)));
  if (found) return found;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // fall through to the hint
  }
  console.error(
    'No Chromium found. Install one (Debian: apt-get install -y chromium), set CHROME_PATH to a Chrome/Chromium ' +
      'binary, or run `npx playwright install chromium` where downloads are allowed.',
  );
  return undefined;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}
