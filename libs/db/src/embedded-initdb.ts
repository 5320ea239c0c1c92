import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Run in a child: create the cluster in argv[2] with PGlite (argv[1]) and close it. */
const INITDB_SCRIPT = `
const { PGlite } = require(process.argv[1]);
PGlite.create({ dataDir: process.argv[2], startParams: JSON.parse(process.argv[3]) })
  .then((db) => db.close())
  .catch((err) => { process.stderr.write(String(err && err.stack || err)); process.exit(1); });
`;

/**
 * Create a new PGlite cluster in `dataDir` in a short-lived child process, if it has none yet.
 *
 * PGlite runs initdb in a second, temporary PGlite instance plus initdb's own WASM module, and the
 * instance that then opens the cluster keeps those alive (the closures of its start-up share one
 * scope with them): about 450 MB that a first start would hold for the life of the process.
 * Created in a child, the cluster is then opened as on any later start. `startParams` are the ones
 * the parent will open it with.
 */
export async function initEmbeddedDataDir(dataDir: string, startParams: string[]): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const child = spawn(
    process.execPath,
    ['-e', INITDB_SCRIPT, require.resolve('@electric-sql/pglite'), dataDir, JSON.stringify(startParams)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`Could not create the embedded database in ${dataDir} (exit ${code}): ${stderr.trim()}`);
}
