import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: the nearest folder above this file with a package.json (from src/ or from dist/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build` puts the console (dist-console/, beside dist/). */
export const CONSOLE_DIR = join(projectRoot(), 'dist-console', '/');

/** Paths the API itself answers: never the console's. */
export const API_PREFIXES = ['/graphql', '/graphiql', '/health', '/open311', '/uploads', '/metrics'];

export const isApiPath = (path: string): boolean => API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Scrutineer</title></head>
<body><p>控制台尚未构建：请运行 <code>npm run build</code>。The console is not built: run <code>npm run build</code>.</p>
<p>GraphQL: <a href="/graphql">/graphql</a></p></body></html>`;

/** The public pages' paths (`/public` and below): their own page, apps/console/public.html. */
export const isPublicPath = (path: string): boolean => path === '/public' || path.startsWith('/public/');

/** The console's page (or another entry of its build: public.html, observe.html), read once; its nonce placeholder is filled on every load. */
export function consolePage(page = 'index.html'): { render(nonce: string): string; built: boolean } {
  const file = `${CONSOLE_DIR}${page}`;
  if (!existsSync(file)) return { render: () => NOT_BUILT, built: false };
  const html = readFileSync(file, 'utf8');
  return { render: (nonce) => html.replaceAll('__CSP_NONCE__', nonce), built: true };
}
