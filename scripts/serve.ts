/**
 * Serves the production build (dist/) the way a static host would: clean URLs for prerendered pages
 * (/articles/x → articles/x.html), the app shell for other routes, gzip for text, long-lived caching
 * for hashed assets and none for HTML and the service worker.
 * Usage: tsx scripts/serve.ts [--port 4173] [--root dist]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { HEADER_ONLY_POLICY } from './csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/u, '');
  const candidates = [clean, `${clean}.html`, path.join(clean, 'index.html')];
  for (const c of candidates) {
    const file = path.join(root, c);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  // Routes that were not prerendered (an imported article, say) get the app shell.
  return path.extname(clean) === '' ? path.join(root, 'index.html') : undefined;
}

/** Starts a static server for `root` on `port` (0 = any free port). */
export function startServer(root = 'dist', port = 4173): Promise<Server> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = resolveFile(base, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = path.extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'content-security-policy': HEADER_ONLY_POLICY,
    };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/u.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  const port = process.argv.includes('--port') ? Number(arg('--port')) : Number(process.env.PORT ?? 4173);
  const root = process.argv.includes('--root') ? arg('--root')! : 'dist';
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`No build in ${root}/: run npm run build first.`);
    process.exit(1);
  }
  const server = await startServer(root, port);
  const address = server.address();
  console.log(`Qiraa is being served at http://localhost:${typeof address === 'object' && address ? address.port : port}/`);
}
