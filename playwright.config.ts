import { defineConfig } from '@playwright/test';
import { CHROME_ARGS, chromePath } from './scripts/browser';

const PORT = 4173;

/** End-to-end tests run in a real Chromium against the production build (npm run build first). */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'allow',
    launchOptions: { executablePath: chromePath(), args: CHROME_ARGS },
  },
  webServer: {
    command: `tsx scripts/serve.ts --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
