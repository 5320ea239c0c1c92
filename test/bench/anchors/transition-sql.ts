import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { throughput } from '../support/stats.js';

const run = promisify(execFile);

/** The aggregate rows the anchor locks: as many as cases, each with a ~2 KB JSON document like a case snapshot. */
const ROWS = 10_000;

const SETUP = [
  `CREATE TABLE bench_aggregate (id int PRIMARY KEY, version int NOT NULL, state text NOT NULL, snapshot jsonb NOT NULL, updated_at timestamptz NOT NULL)`,
  `INSERT INTO bench_aggregate
     SELECT g, 1, 'open.registered', jsonb_build_object('value', 'open.registered', 'context', jsonb_build_object('pad', repeat(md5(g::text), 60))), now()
       FROM generate_series(1, ${ROWS}) g`,
  `CREATE TABLE bench_audit (id bigserial PRIMARY KEY, aggregate_id int NOT NULL, version int NOT NULL, event jsonb NOT NULL, at timestamptz NOT NULL)`,
  `CREATE INDEX bench_audit_aggregate_idx ON bench_audit (aggregate_id, version)`,
  `ANALYZE`,
];

/** One transition's SQL shape: lock the aggregate, bump its version, append an audit-like row. */
const STATEMENTS = (id: string) => [
  `SELECT version, state, snapshot FROM bench_aggregate WHERE id = ${id} FOR UPDATE`,
  `UPDATE bench_aggregate SET version = version + 1, state = 'open.accepted', updated_at = now() WHERE id = ${id}`,
  `INSERT INTO bench_audit (aggregate_id, version, event, at) VALUES (${id}, 1, '{"type":"ACCEPT"}', now())`,
];

const SCRIPT = ['\\set id random(1, ' + ROWS + ')', 'BEGIN;', ...STATEMENTS(':id').map((s) => `${s};`), 'COMMIT;', ''].join('\n');

export interface TransitionAnchor {
  label: string;
  /** Transactions per second over `seconds`. */
  run(seconds: number): Promise<number>;
  close(): Promise<void>;
}

/** pgbench, 8 clients (2 threads), the script above, on the bench's own server database. */
export async function pgbenchAnchor(url: string): Promise<TransitionAnchor> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const s of SETUP) await client.query(s);
  await client.end();
  const dir = mkdtempSync(join(tmpdir(), 'scr-pgbench-'));
  const script = join(dir, 'transition.sql');
  writeFileSync(script, SCRIPT);
  return {
    label: 'pgbench, 8 clients: BEGIN; SELECT … FOR UPDATE; UPDATE version+1; INSERT audit; COMMIT',
    async run(seconds) {
      const { stdout } = await run('/usr/bin/pgbench', [
        '-n',
        '-c',
        '8',
        '-j',
        '2',
        '-T',
        String(Math.max(1, Math.round(seconds))),
        '-f',
        script,
        url,
      ]);
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout) ?? /tps = ([\d.]+)/.exec(stdout);
      if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
      return Number(tps[1]);
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Embedded: no pgbench. The same statements through PGlite directly (its own data directory on disk,
 * as the app's), 8 loops that queue on PGlite's single connection, one transaction at a time.
 */
export async function pgliteAnchor(): Promise<TransitionAnchor> {
  const dir = mkdtempSync(join(tmpdir(), 'scr-pglite-anchor-'));
  const db = await PGlite.create(join(dir, 'pgdata'));
  for (const s of SETUP) await db.exec(s);
  return {
    label: 'the same SQL through PGlite directly (no pgbench): 8 loops on its one connection',
    run: (seconds) =>
      throughput(8, seconds, async () => {
        const id = String(1 + Math.floor(Math.random() * ROWS));
        await db.transaction(async (tx) => {
          for (const s of STATEMENTS(id)) await tx.query(s);
        });
        return true;
      }),
    async close() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
