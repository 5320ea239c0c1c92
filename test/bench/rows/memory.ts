import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { factorRow, type RowResult } from '../report.js';
import { benchEnv } from '../support/app.js';
import { startChild } from '../support/child.js';
import { freshDatabase } from '../support/database.js';
import type { BenchOptions, DatabaseKind } from '../support/options.js';
import { interleave, sleep } from '../support/stats.js';

const MAIN = fileURLToPath(new URL('../../../apps/api/src/main.js', import.meta.url));
const IDLE_MS = 5000;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Start `node dist/apps/api/src/main.js` on a fresh database, wait until ready, idle 5 s, read its RSS (MB). */
async function idleRss(kind: DatabaseKind): Promise<number> {
  const db = await freshDatabase(kind);
  const port = await freePort();
  // As `npm start` runs it (worker on, default logging), but quiet on the bench's terminal.
  const env = { ...process.env, ...benchEnv(db, { PORT: String(port), LOG_LEVEL: 'warn' }) };
  delete env.RUN_WORKER;
  if (kind === 'embedded') delete env.DATABASE_URL;
  const child = startChild(MAIN, [], env as NodeJS.ProcessEnv);
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.process.exitCode !== null) await child.firstLine; // throws with its stderr
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`the API (${kind}) was not ready within 120 s`);
      await sleep(200);
    }
    await sleep(IDLE_MS);
    return rssMb(child.process.pid!);
  } finally {
    await child.stop();
    await db.drop();
  }
}

/** Row 5: the API's resident memory after 5 s idle, embedded against server mode (needs DATABASE_URL). */
export async function memoryRow(options: BenchOptions): Promise<RowResult[]> {
  if (!process.env.DATABASE_URL) throw new Error('the memory row compares with server mode: set DATABASE_URL');
  const rounds = await interleave(
    options.rounds,
    () => idleRss('server'),
    () => idleRss('embedded'),
    'memory',
  );
  return [
    factorRow(
      {
        database: 'embedded',
        row: 'API idle RSS, `node dist/apps/api/src/main.js`, 5 s after ready',
        anchorLabel: 'the same API in server mode',
        unit: 'MB',
      },
      rounds,
      null,
      350,
    ),
  ];
}
