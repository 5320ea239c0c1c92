import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { adminQuery } from './database.js';

const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GB`;

/** Where and when the figures were taken: they are ratios, but the reader should know the machine. */
export async function machine(): Promise<string> {
  const cpu = cpus();
  let server = 'no DATABASE_URL';
  if (process.env.DATABASE_URL) {
    server = String((await adminQuery(process.env.DATABASE_URL, 'SHOW server_version')).rows[0].server_version);
  }
  const pglite = await PGlite.create();
  const embedded = String((await pglite.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version);
  await pglite.close();
  let commit = '?';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return [
    `date: ${new Date().toISOString()}  ·  commit ${commit}`,
    `machine: ${cpu.length} cores (${cpu[0]?.model ?? '?'}), ${gb(totalmem())} RAM (${gb(freemem())} free), load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
    `node ${process.version}  ·  PostgreSQL server ${server}  ·  PGlite (PostgreSQL ${embedded})`,
  ].join('\n');
}
