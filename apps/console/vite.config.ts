import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { observerPwa } from './observe-pwa.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The staff console, built into dist-console/ and served by the API at `/` (same origin, no CDN).
 * libs/domain runs in the browser too: the same rules give instant feedback, the server still decides.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  // The domain's modules by path (`@scrutineer/domain/access/permissions`), so a page takes only the rules it uses.
  resolve: {
    alias: [
      { find: /^@scrutineer\/domain$/, replacement: here('../../libs/domain/src/index.ts') },
      { find: /^@scrutineer\/domain\/(.*)$/, replacement: `${here('../../libs/domain/src/')}$1` },
    ],
  },
  // React's automatic JSX runtime, compiled by Vite's own transformer (no Babel).
  oxc: { jsx: { runtime: 'automatic' } },
  // The observer app's service worker and manifest (observe.html's entry below).
  plugins: [observerPwa(here('../../dist-console'))],
  build: {
    outDir: here('../../dist-console'),
    emptyOutDir: true,
    // Nothing is inlined into index.html: the page's policy allows scripts from this server only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // Which chunks each page loads (test/console/public-entry.spec.ts checks the public pages load none of the console's).
    manifest: true,
    rolldownOptions: {
      input: {
        index: here('index.html'),
        public: here('public.html'),
        observe: here('observe.html'),
      },
      // Ant Design marks its modules "use client" (for React Server Components); a plain browser bundle ignores it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000', '/uploads': 'http://127.0.0.1:3000' } },
});
