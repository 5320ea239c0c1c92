import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, runMigrations } from '@scrutineer/db';
import pg from 'pg';
import lockfile from 'proper-lockfile';
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
    const release = await lockfile.lock(dir, {
      lockfilePath: join(dir, 'build.lock'),
      retries: { retries: 120, minTimeout: 500, maxTimeout: 1000 },
    });
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
      await release();
    }
  }
  return new Blob([readFileSync(file)]);
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
