/**
 * Vite plugin: after the client bundle is generated, renders every route with the SSR build
 * (dist-ssr/entry-server.js, built first) into the final HTML, so that the service worker's precache
 * manifest — generated after this — lists the prerendered pages with their real revisions.
 * The stylesheet is inlined and the Arabic font preloaded, so the text paints after one round trip.
 * Output: index.html (library) and articles/<id>.html, served at clean URLs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OutputAsset } from 'rolldown';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp';

interface ServerEntry {
  render: (path: string) => Promise<string>;
  prerenderRoutes: () => { path: string; title: string }[];
}

const SSR_ENTRY = path.resolve(import.meta.dirname, '../dist-ssr/entry-server.js');

export function prerender(): Plugin {
  let ssr = false;
  return {
    name: 'qiraa-prerender',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    async generateBundle(_options, bundle) {
      if (ssr) return;
      if (!existsSync(SSR_ENTRY)) this.error('dist-ssr/entry-server.js is missing: run the SSR build first (npm run build).');
      const template = bundle['index.html'] as OutputAsset | undefined;
      if (!template) this.error('index.html is missing from the bundle');
      const font = Object.keys(bundle).find((f) => /noto-naskh-arabic-arabic-400-normal-[\w-]+\.woff2$/u.test(f));
      const preload = font ? `<link rel="preload" href="/${font}" as="font" type="font/woff2" crossorigin>` : '';
      const entry = (await import(`${pathToFileURL(SSR_ENTRY).href}?t=${Date.now()}`)) as ServerEntry;
      // The stylesheet is small: inlining it saves a render-blocking round trip before the text paints.
      let style = '';
      const shell = String(template.source)
        .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/u, (_tag, file: string) => {
          const css = bundle[file] as OutputAsset | undefined;
          if (!css) this.error(`stylesheet ${file} is missing from the bundle`);
          style = String(css.source);
          return `<style>${style}</style>`;
        })
        .replace('</head>', `${preload}</head>`);
      if (/<script(?![^>]*\bsrc=)[^>]*>/u.test(shell)) this.error('index.html has an inline script, which the Content-Security-Policy forbids');
      // Right after the charset, so the policy covers everything that follows.
      const secured = shell.replace(/<meta charset="UTF-8" \/>/u, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style)}">`);
      if (secured === shell) this.error('index.html lost its <meta charset="UTF-8" />: the Content-Security-Policy has nowhere to go');
      for (const route of entry.prerenderRoutes()) {
        const html = secured
          .replace(/<title>.*<\/title>/u, `<title>${escapeHtml(route.title)}</title>`)
          .replace('<div id="root"><!--app--></div>', `<div id="root" data-route="${route.path}">${await entry.render(route.path)}</div>`);
        if (route.path === '/') template.source = html;
        else this.emitFile({ type: 'asset', fileName: `${route.path.slice(1)}.html`, source: html });
      }
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
