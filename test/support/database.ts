import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, type DatabaseOptions } from '@scrutineer/db';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { serverTemplate, pgliteTemplate } from './templates.js';
import { testDatabaseKind, testRunId, withDatabase } from './test-env.js';

/**
 * A fresh, migrated database for one test file: PGlite (in memory, or in a temporary directory when
 * the test restarts it) or a new database on the PostgreSQL server copied from the run's template.
 */
export interface TestDatabase {
  kind: 'embedded' | 'server';
  /** Options that open this same database again (a restart). */
  options: DatabaseOptions;
  dataSource: DataSource;
  /** Close and open again on the same data, as a process restart would. */
  restart(): Promise<DataSource>;
  /**
   * Another DataSource on the same database, as a second process would have. On the server, its own
   * pool; embedded PGlite admits one process, so there it is the same DataSource.
   */
  another(): Promise<DataSource>;
  drop(): Promise<void>;
}

export async function openTestDatabase(opts: { persistent?: boolean } = {}): Promise<TestDatabase> {
  return testDatabaseKind() === 'embedded' ? openEmbedded(opts.persistent ?? false) : openServer();
}

async function openEmbedded(persistent: boolean): Promise<TestDatabase> {
  const template = await pgliteTemplate();
  const dataDir = persistent ? join(mkdtempSync(join(tmpdir(), 'scrutineer-db-')), 'pgdata') : undefined;
  const first: DatabaseOptions = { kind: 'embedded', dataDir, loadDataDir: template };
  const again: DatabaseOptions = dataDir ? { kind: 'embedded', dataDir } : first;
  let dataSource = await createDataSource(first).initialize();
  return {
    kind: 'embedded',
    options: again,
    get dataSource() {
      return dataSource;
    },
    async restart() {
      if (!dataDir) throw new Error('restart() needs openTestDatabase({ persistent: true })');
      await dataSource.destroy();
      dataSource = await createDataSource(again).initialize();
      return dataSource;
    },
    async another() {
      return dataSource;
    },
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (dataDir) rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

async function openServer(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL!;
  const template = await serverTemplate(url);
  const name = `${testRunId()}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const options: DatabaseOptions = { kind: 'server', url: withDatabase(url, name), poolSize: 20 };
  let dataSource = await createDataSource(options).initialize();
  const others: DataSource[] = [];
  return {
    kind: 'server',
    options,
    get dataSource() {
      return dataSource;
    },
    async restart() {
      await dataSource.destroy();
      dataSource = await createDataSource(options).initialize();
      return dataSource;
    },
    async another() {
      const other = await createDataSource(options).initialize();
      others.push(other);
      return other;
    },
    async drop() {
      for (const ds of [dataSource, ...others]) if (ds.isInitialized) await ds.destroy();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
