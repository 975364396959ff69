/**
 * The Content-Security-Policy of the built app, one place for the page's <meta> (written by the
 * prerender plugin, so it works on any static host) and the preview server's header. No inline script
 * and no other origin: the only inline code is the stylesheet, allowed by its hash.
 */
import { createHash } from 'node:crypto';

/** The policy for pages whose only inline <style> has the given text. */
export function contentSecurityPolicy(inlineStyle: string): string {
  const styleHash = createHash('sha256').update(inlineStyle, 'utf8').digest('base64');
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'sha256-${styleHash}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** What only a header can say (a <meta> policy cannot forbid framing). */
export const HEADER_ONLY_POLICY = "frame-ancestors 'none'";
