import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { CONSOLE_DIR, consolePage } from './console-files.js';
import { consolePolicy, newNonce } from './console-policy.js';

export const OBSERVER_PATH = '/observe';

/**
 * The observer app at /observe (an installable, offline-first page of the console's build): its service
 * worker, manifest and icons (dist-console/observe/), and its page for every other path below /observe.
 * The page is answered whatever the Accept header says: the service worker fetches it to keep it offline.
 */
export function serveObserver(app: NestExpressApplication): void {
  const page = consolePage('observe.html');
  const files = express.static(`${CONSOLE_DIR}observe`, {
    index: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('x-content-type-options', 'nosniff');
      // The worker and the manifest keep their names across builds: the browser must ask each time.
      res.setHeader('cache-control', 'no-cache');
      if (path.endsWith('.webmanifest')) res.setHeader('content-type', 'application/manifest+json');
    },
  });
  app.use(OBSERVER_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // The worker's scope is /observe/: the app's address ends in a slash.
    if (req.originalUrl.split('?')[0] === OBSERVER_PATH) return res.redirect(301, `${OBSERVER_PATH}/`);
    files(req, res, () => {
      const nonce = newNonce();
      res
        .set({
          'content-security-policy': consolePolicy(nonce),
          'x-content-type-options': 'nosniff',
          'referrer-policy': 'same-origin',
          'cache-control': 'no-cache',
        })
        .type('html')
        .send(page.render(nonce));
    });
  });
}
