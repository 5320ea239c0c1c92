import type { EntityManager } from 'typeorm';

/**
 * Run SQL and get its rows, the same on node-postgres and PGlite. (TypeORM's `manager.query`
 * returns `[rows, count]` for UPDATE/DELETE on node-postgres but plain rows on PGlite; the
 * structured result has `records` on both.) Use RETURNING to learn what a write touched.
 */
export async function sql<T = Record<string, unknown>>(manager: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const existing = manager.queryRunner;
  const runner = existing ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(text, params, true);
    return (result.records ?? []) as T[];
  } finally {
    if (!existing) await runner.release();
  }
}

/** Identifiers that come from code (table names of workflow definitions), checked before interpolation. */
export function assertSqlIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}
