import { Workbox } from 'workbox-window';

/**
 * The service worker that keeps the app's shell for offline starts (built by vite-plugin-pwa into
 * /observe/sw.js). A new build's worker takes over at once; the page keeps running its own code until reloaded.
 */
export function registerWorker(): void {
  // Ask the browser not to evict the app's IndexedDB under storage pressure: it holds unsent records.
  void navigator.storage?.persist?.();
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  void new Workbox('/observe/sw.js', { scope: '/observe/' }).register();
}
