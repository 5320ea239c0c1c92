import { sql } from '@scrutineer/db';
import type { DataSource } from 'typeorm';

/** What rate-limiter-flexible's PostgreSQL store calls on a `storeType: 'client'` store. */
export interface RateLimitStoreClient {
  query(q: { text: string; values?: unknown[] }): Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;
}

/**
 * Our DataSource as the store client of RateLimiterPostgres. Its own pg Pool would bypass embedded
 * PGlite's lease on the one connection (typeorm-pglite's pool takes no query objects either), so every
 * statement goes through a TypeORM query runner: a pooled connection on the server, the lease on PGlite.
 * Call limiters outside transactions: on PGlite a statement waits for the lease a transaction holds.
 * `rowCount` counts the rows returned: the store's statements all return theirs, except the limiter's
 * `delete`, which we do not use.
 */
export function rateLimitStore(dataSource: DataSource): RateLimitStoreClient {
  return {
    async query({ text, values }) {
      const rows = await sql(dataSource.manager, text, values ?? []);
      return { rows, rowCount: rows.length };
    },
  };
}
