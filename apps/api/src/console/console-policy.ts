import { randomBytes } from 'node:crypto';

/**
 * The console's Content-Security-Policy: everything from this server only (a closed network reaches no
 * CDN); scripts from files only; styles from files, or injected by Ant Design with this page load's
 * nonce. `data:` images and fonts are those Ant Design embeds in its components.
 */
export function consolePolicy(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The observer app's service worker (/observe/sw.js) and manifest: from this server only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const newNonce = (): string => randomBytes(16).toString('base64');
