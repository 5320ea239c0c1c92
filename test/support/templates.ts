import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, createDataSource, LockHeldError, runMigrations, type HeldLock } from '@scrutineer/db';
import pg from 'pg';
import { getPGliteInstance } from 'typeorm-pglite';
import { migrationsFingerprint, withDatabase } from './test-env.js';

/**
 * Migrate once, copy for every test file (immich's trick): a PGlite data-directory tarball, or a
 * template database on the server. Both are keyed by the migrations' fingerprint and built by the
 * first jest worker that needs them, under a lock the other workers wait on.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const dir = join(tmpdir(), 'scrutineer-test-templates');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-${migrationsFingerprint()}.tar`);
  if (!existsSync(file)) {
    const lock = await waitForLock(join(dir, 'build.lock'), 120_000);
    try {
      if (!existsSync(file)) {
        const dataSource = await createDataSource({ kind: 'embedded' }).initialize();
        await runMigrations(dataSource, 'embedded');
        const dump = await (await getPGliteInstance()).dumpDataDir('none');
        await dataSource.destroy();
        writeFileSync(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
        renameSync(`${file}.tmp`, file);
      }
    } finally {
      lock.release();
    }
  }
  return new Blob([readFileSync(file)]);
}

/** The lock at `path`, once the worker building a template has finished with it. */
async function waitForLock(path: string, timeoutMs: number): Promise<HeldLock> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return acquireLock(path);
    } catch (err) {
      if (!(err instanceof LockHeldError) || Date.now() > until) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const TEMPLATE_LOCK = 7_305_202_612;

/** Name of a migrated template database on the server. */
export async function serverTemplate(url: string): Promise<string> {
  const name = `scr_template_${migrationsFingerprint()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const dataSource = await createDataSource({ kind: 'server', url: withDatabase(url, building) }).initialize();
      await runMigrations(dataSource, 'server');
      await dataSource.destroy();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    await admin.end();
  }
}
