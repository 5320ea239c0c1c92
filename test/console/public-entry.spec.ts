import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = process.cwd();
const DIST = join(ROOT, 'dist-console');
const CONSOLE = join(ROOT, 'apps', 'console');
/** Where the public pages may take code from: their own folder, what both entries share, and the domain's rules. */
const ALLOWED = [join(CONSOLE, 'src', 'public'), join(CONSOLE, 'src', 'shared'), join(ROOT, 'libs', 'domain', 'src')];

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Relative imports of a source file, resolved to files (`./x` → x.ts, x.tsx, x/index.ts). */
function localImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => {
      const base = resolve(dirname(file), s);
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
        (p) => existsSync(p) && statSync(p).isFile(),
      );
      if (!found) throw new Error(`${relative(ROOT, file)} imports ${s}, which does not resolve`);
      return found;
    });
}

/**
 * The public pages (`/public`) load nothing of the staff console: no console module in their source's
 * import graph, and none of the console's chunks (its entry, its areas) among what their page loads.
 * Vendor chunks both share (React, Ant Design) are fine.
 */
describe('the public pages’ entry (npm test builds it first)', () => {
  it('imports only its own modules, the shared ones and the domain’s rules', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      if (!/\.(ts|tsx)$/.test(file)) return;
      for (const next of localImports(file)) walk(next);
    };
    walk(join(CONSOLE, 'src', 'public', 'main.tsx'));
    const outside = [...seen].filter((file) => !ALLOWED.some((dir) => file.startsWith(`${dir}/`)));
    expect(outside.map((f) => relative(ROOT, f))).toEqual([]);
    expect(seen.size).toBeGreaterThan(5);
  });

  it('loads none of the console’s chunks', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
    const reachable = (start: string, found = new Set<string>()): Set<string> => {
      if (found.has(start)) return found;
      found.add(start);
      for (const next of [...(manifest[start]!.imports ?? []), ...(manifest[start]!.dynamicImports ?? [])]) reachable(next, found);
      return found;
    };
    const publicChunks = reachable('public.html');
    // Every chunk built from a source of its own (an entry, a lazy page) is the public pages' own.
    const named = [...publicChunks].map((key) => manifest[key]!).filter((c) => c.src);
    expect(named.map((c) => c.src)).toEqual(['public.html']);
    const consoleOwn = [...reachable('index.html')].filter((key) => manifest[key]!.src);
    expect(consoleOwn.filter((key) => publicChunks.has(key))).toEqual([]);
    // And the shared chunks hold none of the console's texts or operations.
    const loaded = [...publicChunks].map((key) => readFileSync(join(DIST, manifest[key]!.file), 'utf8')).join('\n');
    for (const marker of ['审计追溯', 'HomeCaseWork', 'demo-petitions', '登记来信来访']) expect(loaded).not.toContain(marker);
    // The page names exactly these files, all from this server.
    const html = readFileSync(join(DIST, 'public.html'), 'utf8');
    const files = new Set([...publicChunks].map((key) => `/${manifest[key]!.file}`));
    const pageFiles = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(pageFiles.every((f) => files.has(f))).toBe(true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(readdirSync(join(DIST, 'assets')).length).toBeGreaterThan(0);
  });
});
