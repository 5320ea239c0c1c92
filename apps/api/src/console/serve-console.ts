import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { CONSOLE_DIR, consolePage, isApiPath, isPublicPath } from './console-files.js';
import { consolePolicy, newNonce } from './console-policy.js';
import { serveObserver } from './serve-observer.js';

/**
 * The staff console at `/`, same origin as the API: its hashed assets (cached for good), and its page
 * for every other path a browser asks for (client-side routes such as /cases/…), under a strict policy.
 * API paths (API_PREFIXES) never reach it.
 */
export function serveConsole(app: NestExpressApplication): void {
  const page = consolePage();
  const publicPage = consolePage('public.html');
  const assets = express.static(`${CONSOLE_DIR}assets`, {
    immutable: true,
    maxAge: '365d',
    index: false,
    fallthrough: false,
    setHeaders: (res) => res.setHeader('x-content-type-options', 'nosniff'),
  });
  app.use('/assets', (req: Request, res: Response, next: NextFunction) => assets(req, res, next));
  serveObserver(app);
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A browser navigating asks for text/html by name; an API client (or no Accept at all) gets the API's JSON 404.
    // Cheapest test first: every API call (a POST to /graphql) passes through here.
    const wantsPage =
      (req.method === 'GET' || req.method === 'HEAD') &&
      /\btext\/html\b/.test(req.headers.accept ?? '') &&
      !isApiPath(req.path) &&
      req.accepts(['html', 'json']) === 'html';
    if (!wantsPage) return next();
    const nonce = newNonce();
    res
      .set({
        'content-security-policy': consolePolicy(nonce),
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin',
        // The page names the current build's assets: always ask again.
        'cache-control': 'no-cache',
      })
      .type('html')
      .send((isPublicPath(req.path) ? publicPage : page).render(nonce));
  });
}
