import { Global, Inject, Injectable, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDataSource, lockDataDir, runMigrations } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './config/config.module.js';

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
    unlock = await lockDataDir(config.dataDir, (err) => logger.error(`Data directory lock lost: ${err.message}`));
  }
  try {
    const dataSource = await createDataSource(options).initialize();
    const { applied } = migrate ? await runMigrations(dataSource, options.kind) : { applied: [] };
    if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
    return { dataSource, unlock, applied };
  } catch (err) {
    await unlock?.();
    throw err;
  }
}

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

@Global()
@Module({})
export class DatabaseModule {
  /** With `external`, use that DataSource and leave its lifecycle to the caller (tests). */
  static forRoot(external?: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: OWNED,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => (external ? null : openDatabase(config)),
        },
        { provide: DataSource, inject: [OWNED], useFactory: (owned: OwnedDatabase | null) => external ?? owned!.dataSource },
        DatabaseCloser,
      ],
      exports: [DataSource],
    };
  }
}
