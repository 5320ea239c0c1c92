import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseKind } from './options.js';

/** A database made for one bench part: a new database on the server, or a new embedded data directory. */
export interface FreshDatabase {
  kind: DatabaseKind;
  /** Server: the URL of the new database. */
  url?: string;
  /** Embedded: the DATA_DIR the app opens (PGlite keeps its files in DATA_DIR/pgdata). */
  dataDir?: string;
  drop(): Promise<void>;
}

const created: FreshDatabase[] = [];

export async function adminQuery(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function freshDatabase(kind: DatabaseKind): Promise<FreshDatabase> {
  let db: FreshDatabase;
  if (kind === 'server') {
    const base = process.env.DATABASE_URL!;
    const name = `scr_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(base, `CREATE DATABASE ${name}`);
    db = {
      kind,
      url: withDatabase(base, name),
      drop: () => adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
    };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'scr-bench-'));
    db = { kind, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  created.push(db);
  const drop = db.drop;
  db.drop = async () => {
    created.splice(created.indexOf(db), 1);
    await drop();
  };
  return db;
}

/** Drop whatever is left (a part that failed half-way): called at exit. */
export async function dropAll(): Promise<void> {
  for (const db of [...created].reverse()) await db.drop().catch(() => undefined);
}
