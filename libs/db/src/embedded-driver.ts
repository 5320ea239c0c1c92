import { Mutex } from 'async-mutex';
import { createRequire } from 'node:module';
import { getPGliteInstance, PGliteDriver } from 'typeorm-pglite';
import { initEmbeddedDataDir } from './embedded-initdb.js';
import { queryNamed, type NamedQuery } from './embedded-prepared.js';

/** typeorm-pglite loads PGlite's CommonJS build: take its option type from there. */
export type EmbeddedOptions = NonNullable<ConstructorParameters<typeof PGliteDriver>[0]>;

type BasePool = InstanceType<ReturnType<() => PGliteDriver['driver']>['Pool']>;
type ConnectCallback = Parameters<BasePool['connect']>[0];

// The CommonJS build, the one typeorm-pglite runs (importing the ES build would load PGlite twice).
const { PGlite } = createRequire(import.meta.url)('@electric-sql/pglite') as typeof import('@electric-sql/pglite');

/**
 * PostgreSQL settings for the embedded server, after PGlite's own start parameters. Its WASM heap
 * never shrinks and every page the server touches stays resident, so memory settings are sized for
 * one in-process user rather than PostgreSQL's defaults (128 MB of shared buffers alone were a
 * third of the process). The OS page cache still holds the data files; this is only PostgreSQL's
 * own copy. shared_buffers also sizes wal_buffers (1/32 of it).
 */
export const EMBEDDED_SETTINGS: Record<string, string> = {
  shared_buffers: '16MB',
  // CREATE INDEX and VACUUM in a migration: the default 64 MB would grow the heap for good.
  maintenance_work_mem: '16MB',
};

export const embeddedStartParams = (): string[] => [
  ...PGlite.defaultStartParams,
  ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
];

/**
 * typeorm-pglite's driver with two additions. PGlite is a single connection, and typeorm-pglite
 * hands the same connection to every query runner, so two transactions would interleave their
 * statements: here a query runner holds an exclusive lease on the connection from `connect` until
 * `release`, which gives embedded mode the isolation of a one-connection pool (transactions run one
 * at a time). A new data directory is created in a child process first (initEmbeddedDataDir). And
 * the connection takes node-postgres's named statements, `query({ name, text, values })` (queryNamed).
 */
/** Statements with parameters kept prepared, by text; past this, a new text runs as plain text. */
const MAX_AUTO_PREPARED = 256;
const autoNames = new Map<string, string>();

/**
 * Every statement with parameters runs as a named statement, named by its text: TypeORM sends the same
 * few texts over and over, and PGlite parsing and planning each one on every call was most of a cheap
 * statement's time (issue 12). PostgreSQL replans a cached statement when the schema changes.
 */
function autoName(text: string, values: unknown[]): string | undefined {
  let name = autoNames.get(text);
  // A binary parameter (jsonbParam) is passed on as it is by named statements only: always one (a few texts in code).
  const binary = values.some((v) => v instanceof Uint8Array);
  if (!name && (autoNames.size < MAX_AUTO_PREPARED || binary)) autoNames.set(text, (name = `typeorm_${autoNames.size + 1}`));
  return name;
}

export function embeddedDriver(options: EmbeddedOptions): { Pool: new () => BasePool } {
  const startParams = embeddedStartParams();
  const base = new PGliteDriver({ ...options, startParams }).driver;
  const lease = new Mutex();
  const { dataDir, loadDataDir } = options;
  let created: Promise<void> | undefined;
  const create = async (): Promise<void> => {
    if (!dataDir || loadDataDir) return;
    created ??= initEmbeddedDataDir(dataDir, startParams).catch((err: unknown) => {
      created = undefined;
      throw err;
    });
    await created;
  };

  class LeasedPGlitePool extends base.Pool {
    override async connect(callback: ConnectCallback): Promise<void> {
      const release = await lease.acquire();
      let released = false;
      const done = (): void => {
        if (!released) {
          released = true;
          release();
        }
      };
      try {
        await create();
      } catch (err) {
        done();
        callback(err as Error, null as never, done);
        return;
      }
      await super.connect((err, client) => {
        if (err) done();
        callback(err, client, done);
      });
    }

    override query(...args: Parameters<BasePool['query']>): ReturnType<BasePool['query']> {
      const [first, values, callback] = args as unknown[];
      let named: NamedQuery | undefined;
      if (typeof first === 'object' && first !== null && 'name' in first) named = first as NamedQuery;
      else if (typeof first === 'string' && Array.isArray(values) && values.length > 0 && !callback) {
        const name = autoName(first, values);
        if (name) named = { name, text: first, values };
      }
      if (!named) return super.query(...args);
      const query = named;
      return getPGliteInstance().then((pg) => queryNamed(pg, query)) as ReturnType<BasePool['query']>;
    }
  }

  return { Pool: LeasedPGlitePool };
}
