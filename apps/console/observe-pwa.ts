import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The observer app's service worker (Workbox, generated at build time) and its web app manifest. The worker
 * lands in dist-console/observe/sw.js, which the API serves as /observe/sw.js (scope /observe/). It precaches
 * the observer's shell only: observe.html (as /observe/) and the scripts and styles it loads, not the whole
 * console. The observer's data is not cached here: the app keeps it in IndexedDB (src/observe/db.ts).
 */

/** Files of the build the observer page needs: what observe.html names, and every chunk they import, in turn. */
function observerShell(outDir: string): Set<string> {
  const html = readFileSync(join(outDir, 'observe.html'), 'utf8');
  const wanted = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.pop()!;
    if (wanted.has(file)) continue;
    wanted.add(file);
    if (!file.endsWith('.js')) continue;
    // Chunks name each other relatively (`./chunk-abc.js`), static imports and dynamic ones alike.
    const source = readFileSync(join(outDir, file), 'utf8');
    for (const m of source.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)) queue.push(`assets/${m[1]}`);
  }
  return wanted;
}

const MANIFEST = {
  name: '换届选举督导 Scrutineer 观察员',
  short_name: '督导观察',
  description: '现场督导记录（离线可用） · On-site election observations, offline first',
  lang: 'zh-CN',
  start_url: '/observe/',
  scope: '/observe/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#b71c1c',
  icons: [
    { src: '/observe/icon-192.png', sizes: '192x192', type: 'image/png' },
    { src: '/observe/icon-512.png', sizes: '512x512', type: 'image/png' },
    { src: '/observe/icon.svg', sizes: 'any', type: 'image/svg+xml' },
  ],
};

/** The manifest and icons at fixed names under observe/ (the manifest names them; hashed names would not do). */
function observerManifest(): Plugin {
  const here = (path: string) => new URL(path, import.meta.url);
  return {
    name: 'scrutineer:observer-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'observe/manifest.webmanifest', source: JSON.stringify(MANIFEST, null, 2) });
      this.emitFile({ type: 'asset', fileName: 'observe/icon.svg', source: readFileSync(here('./src/favicon.svg')) });
      for (const size of [192, 512])
        this.emitFile({
          type: 'asset',
          fileName: `observe/icon-${size}.png`,
          source: readFileSync(here(`./src/observe/icons/icon-${size}.png`)),
        });
    },
  };
}

export function observerPwa(outDir: string): PluginOption[] {
  return [
    observerManifest(),
    VitePWA({
      strategies: 'generateSW',
      filename: 'observe/sw.js',
      scope: '/observe/',
      // The app registers the worker itself (src/observe/register-worker.ts) and links its own manifest.
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [
          (entries) => {
            const shell = observerShell(outDir);
            const observerFiles = entries.filter((e) => e.url === 'observe.html' || shell.has(e.url) || e.url.startsWith('observe/'));
            // Absolute URLs: the worker lives at /observe/sw.js, the assets at /assets/.
            const manifest = observerFiles
              .filter((e) => e.url !== 'observe/sw.js')
              .map((e) => ({ ...e, url: e.url === 'observe.html' ? '/observe/' : `/${e.url}` }));
            return { manifest, warnings: [] };
          },
        ],
        // Hashed names need no revision: their name changes with their content.
        dontCacheBustURLsMatching: /^\/?assets\//,
        // Every page of the app is the app's one page: offline too.
        navigateFallback: '/observe/',
        navigateFallbackAllowlist: [/^\/observe(\/|$)/],
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        sourcemap: false,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ];
}
