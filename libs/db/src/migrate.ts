import type { DataSource } from 'typeorm';

/** Arbitrary, fixed key of the advisory lock that serialises migrations across instances. */
export const MIGRATION_LOCK_KEY = 7_305_202_611;

export interface MigrationReport {
  applied: string[];
}

/**
 * Apply pending migrations, each in its own transaction, under a session advisory lock so that
 * instances booting together apply each migration once: the second waits, then finds nothing to do.
 * Embedded mode needs no lock (the data directory lock already admits one process) and could not
 * take one: its single connection is leased to one query runner at a time.
 */
export async function runMigrations(dataSource: DataSource, kind: 'embedded' | 'server'): Promise<MigrationReport> {
  if (kind === 'embedded') {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((m) => m.name) };
  }
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return { applied: applied.map((m) => m.name) };
  } finally {
    try {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    } finally {
      await lockRunner.release();
    }
  }
}
