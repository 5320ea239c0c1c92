import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, createReadDataSource, lockDataDir, runMigrations } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';

const OWNED = Symbol('OWNED_DATABASE');

/**
 * The DataSource that read-only reports query: a read replica when DATABASE_READ_URL is set (it may
 * be a few seconds behind the primary), else the primary DataSource itself. Nothing that writes, and
 * nothing that must see a write just made, uses it.
 */
export const READ_DATA_SOURCE = Symbol('READ_DATA_SOURCE');

export interface OwnedDatabase {
  dataSource: DataSource;
  /** The read replica's DataSource, when one is configured. */
  readDataSource?: DataSource;
  unlock?: () => Promise<void>;
  /** Migrations applied while opening. */
  applied: string[];
}

/**
 * Open the configured database: lock the data directory (embedded), connect, apply migrations; with
 * `replica`, also connect to DATABASE_READ_URL when set (the API serves reports from it; the worker
 * and the command-line tools have no use for it).
 */
export async function openDatabase(
  config: AppConfig,
  { replica = false, logger = new Logger('Database') }: { replica?: boolean; logger?: Logger } = {},
): Promise<OwnedDatabase> {
  const { runMigrations: migrate, readUrl, ...options } = config.database;
  let unlock: (() => Promise<void>) | undefined;
  if (options.kind === 'embedded' && options.dataDir) {
    unlock = await lockDataDir(
      config.dataDir,
      (err) => {
        // Another process may now open the directory: stop writing at once rather than corrupt it.
        logger.error(`Data directory lock lost (${err.message}); exiting to protect the data`);
        process.exit(1);
      },
      (previous) => logger.warn(`Took over the data directory lock of process ${previous.pid}, which is no longer running`),
    );
  }
  let dataSource: DataSource | undefined;
  try {
    dataSource = await createDataSource(options).initialize();
    const { applied } = migrate ? await runMigrations(dataSource, options.kind) : { applied: [] };
    const readDataSource =
      replica && readUrl ? await openReplica(readUrl, options.kind === 'server' ? options.poolSize : undefined) : undefined;
    return { dataSource, readDataSource, unlock, applied };
  } catch (err) {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await unlock?.();
    throw err;
  }
}

async function openReplica(url: string, poolSize: number | undefined): Promise<DataSource> {
  try {
    return await createReadDataSource(url, { poolSize }).initialize();
  } catch (err) {
    throw new Error(`Cannot connect to the read replica (DATABASE_READ_URL): ${(err as Error).message}`, { cause: err });
  }
}

/** An opened database and whether the app closes it on shutdown (tests keep theirs). */
export type AppDatabase = OwnedDatabase | { external: DataSource; externalRead?: DataSource };

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(OWNED) private readonly owned: OwnedDatabase | null) {}

  /** Runs after the HTTP server and the worker have stopped: nothing uses the database any more. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.owned) return;
    if (this.owned.readDataSource?.isInitialized) await this.owned.readDataSource.destroy();
    if (this.owned.dataSource.isInitialized) await this.owned.dataSource.destroy();
    await this.owned.unlock?.();
  }
}

/**
 * Provides the DataSource. Entry points open the database first (`openDatabase`), so that a locked
 * data directory or an unreachable server is reported plainly before the app is assembled.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(database: AppDatabase): DynamicModule {
    const owned = 'external' in database ? null : database;
    const primary = 'external' in database ? database.external : database.dataSource;
    const reads = ('external' in database ? database.externalRead : database.readDataSource) ?? primary;
    return {
      module: DatabaseModule,
      providers: [
        { provide: OWNED, useValue: owned },
        { provide: DataSource, useValue: primary },
        { provide: READ_DATA_SOURCE, useValue: reads },
        DatabaseCloser,
      ],
      exports: [DataSource, READ_DATA_SOURCE],
    };
  }
}
