/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { validateBundledContent } from './scripts/content-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';

export default defineConfig({
  plugins: [
    validateBundledContent(),
    react(),
    tailwindcss(),
    prerender(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false, // public/manifest.webmanifest is the single source, linked from index.html
      workbox: {
        // Prerendered pages (articles/<id>.html) are matched by Workbox's clean-URL rule; any other
        // navigation (an imported article, say) falls back to the app shell.
        globPatterns: ['**/*.{html,js,css,woff2,json,svg,png,webmanifest}'],
        globIgnores: ['**/*-latin*.woff2', '**/*-math*.woff2', '**/*-symbols*.woff2'],
        navigateFallback: '/index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // The font files are self-hosted under assets/; no request leaves the origin.
    assetsInlineLimit: 0,
    // Lazy chunks load when needed; no preload helper (it would re-request the inlined stylesheet).
    modulePreload: false,
    // One stylesheet, inlined into each prerendered page; chunks never ask for it again.
    cssCodeSplit: false,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
