import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, lockDataDir, runMigrations } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';

const OWNED = Symbol('OWNED_DATABASE');

export interface OwnedDatabase {
  dataSource: DataSource;
  unlock?: () => Promise<void>;
  /** Migrations applied while opening. */
  applied: string[];
}

/** Open the configured database: lock the data directory (embedded), connect, apply migrations. */
export async function openDatabase(config: AppConfig, logger = new Logger('Database')): Promise<OwnedDatabase> {
  const { runMigrations: migrate, ...options } = config.database;
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
  try {
    const dataSource = await createDataSource(options).initialize();
    const { applied } = migrate ? await runMigrations(dataSource, options.kind) : { applied: [] };
    return { dataSource, unlock, applied };
  } catch (err) {
    await unlock?.();
    throw err;
  }
}

/** An opened database and whether the app closes it on shutdown (tests keep theirs). */
export type AppDatabase = OwnedDatabase | { external: DataSource };

@Injectable()
class DatabaseCloser implements OnApplicationShutdown {
  constructor(@Inject(OWNED) private readonly owned: OwnedDatabase | null) {}

  /** Runs after the HTTP server and the worker have stopped: nothing uses the database any more. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.owned) return;
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
    return {
      module: DatabaseModule,
      providers: [
        { provide: OWNED, useValue: owned },
        { provide: DataSource, useValue: 'external' in database ? database.external : database.dataSource },
        DatabaseCloser,
      ],
      exports: [DataSource],
    };
  }
}
