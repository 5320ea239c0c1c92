import { DataSource, type LoggerOptions } from 'typeorm';
import type { DatabaseOptions } from './database-options.js';
import { embeddedDriver } from './embedded-driver.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * The one DataSource factory. Same entities and migrations for both kinds of database; the schema
 * is only ever changed by migrations (never `synchronize`).
 */
export function createDataSource(options: DatabaseOptions, logging: LoggerOptions = false): DataSource {
  const common = {
    type: 'postgres' as const,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging,
  };
  if (options.kind === 'embedded') {
    return new DataSource({
      ...common,
      driver: embeddedDriver({
        ...(options.dataDir ? { dataDir: options.dataDir } : {}),
        ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      }),
    });
  }
  return new DataSource({
    ...common,
    url: options.url,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'scrutineer',
  });
}

/**
 * A DataSource on a read replica (a streaming standby of the primary): the same entities, no
 * migrations, and every transaction read-only, so that a URL pointing at a primary by mistake still
 * cannot be written through.
 */
export function createReadDataSource(
  url: string,
  options: { poolSize?: number; applicationName?: string } = {},
  logging: LoggerOptions = false,
): DataSource {
  return new DataSource({
    type: 'postgres',
    entities: ENTITIES,
    migrations: [],
    synchronize: false,
    migrationsRun: false,
    // TypeORM would try CREATE EXTENSION for uuid columns: never DDL here (the primary's migrations own the schema).
    installExtensions: false,
    logging,
    url,
    poolSize: options.poolSize ?? 10,
    applicationName: options.applicationName ?? 'scrutineer-reports',
    extra: { options: '-c default_transaction_read_only=on' },
  });
}
