import { Mutex } from 'async-mutex';
import { PGliteDriver } from 'typeorm-pglite';

/** typeorm-pglite loads PGlite's CommonJS build: take its option type from there. */
export type EmbeddedOptions = NonNullable<ConstructorParameters<typeof PGliteDriver>[0]>;

type BasePool = InstanceType<ReturnType<() => PGliteDriver['driver']>['Pool']>;
type ConnectCallback = Parameters<BasePool['connect']>[0];

/**
 * typeorm-pglite's driver with one fix: PGlite is a single connection, and typeorm-pglite hands
 * the same connection to every query runner, so two transactions would interleave their statements.
 * Here a query runner holds an exclusive lease on the connection from `connect` until `release`,
 * which gives embedded mode the isolation of a one-connection pool: transactions run one at a time.
 */
export function embeddedDriver(options: EmbeddedOptions): { Pool: new () => BasePool } {
  const base = new PGliteDriver(options).driver;
  const lease = new Mutex();

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
      await super.connect((err, client) => {
        if (err) done();
        callback(err, client, done);
      });
    }
  }

  return { Pool: LeasedPGlitePool };
}
