import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(process.cwd(), 'dist-console');
/** The budget for the JavaScript a first visit loads before any page's own chunk. */
const INITIAL_JS_LIMIT = 400 * 1024;

/** The scripts index.html loads at once: the entry and what it preloads (pages come later, each in its chunk). */
function initialScripts(html: string): string[] {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)];
  return srcs.map((m) => m[1]!);
}

describe('the console’s build (npm test builds it first)', () => {
  const html = existsSync(join(DIST, 'index.html')) ? readFileSync(join(DIST, 'index.html'), 'utf8') : '';

  it('loads at most 400 KB of gzipped JavaScript before the first page', () => {
    const scripts = initialScripts(html);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length, 0);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_LIMIT);
  });

  it('loads nothing from outside the server and inlines no script (the page’s policy allows neither)', () => {
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('__CSP_NONCE__');
  });

  it('splits the pages into chunks of their own', () => {
    const assets = readFileSync(join(DIST, 'index.html'), 'utf8');
    const entry = initialScripts(assets).find((s) => /index-/.test(s))!;
    const source = readFileSync(join(DIST, entry), 'utf8');
    // Lazy routes are dynamic imports in the entry.
    expect((source.match(/import\(/g) ?? []).length).toBeGreaterThan(1);
  });
});
