import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, createDataSource, lockDataDir, runMigrations, sql } from '@scrutineer/db';
import { loadConfig, openDatabase } from '@scrutineer/platform';
import pg from 'pg';
import { testDatabaseKind, testRunId, withDatabase } from '../support/test-env.js';

describe('migrations', () => {
  if (testDatabaseKind() === 'server') {
    it('are applied once when two instances boot together (advisory lock)', async () => {
      const url = process.env.DATABASE_URL!;
      const name = `${testRunId()}_m${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const instances = [0, 1, 2].map(() => createDataSource({ kind: 'server', url: withDatabase(url, name) }));
      try {
        await Promise.all(instances.map((ds) => ds.initialize()));
        const reports = await Promise.all(instances.map((ds) => runMigrations(ds, 'server')));
        const applied = reports.map((r) => r.applied.length).sort();
        expect(applied).toEqual([0, 0, MIGRATIONS.length]);
        const rows = await sql<{ name: string }>(instances[0]!.manager, 'SELECT name FROM migrations ORDER BY id');
        expect(rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => new m().name));
      } finally {
        await Promise.all(instances.map((ds) => (ds.isInitialized ? ds.destroy() : undefined)));
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  } else {
    it('are applied once in embedded mode, where a second process cannot open the same data directory', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'scrutineer-mig-'));
      const config = loadConfig({ DATA_DIR: dir });
      try {
        const first = await openDatabase(config);
        expect(first.applied).toEqual(MIGRATIONS.map((m) => new m().name));
        await expect(lockDataDir(dir, () => undefined)).rejects.toThrow(/in use by another Scrutineer process/);
        await first.dataSource.destroy();
        await first.unlock?.();
        const again = await openDatabase(config);
        expect(again.applied).toEqual([]);
        await again.dataSource.destroy();
        await again.unlock?.();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it('leave a schema where the audit trail refuses changes', async () => {
    const ds = await createDataSource({ kind: 'embedded' }).initialize();
    try {
      await runMigrations(ds, 'embedded');
      const triggers = await sql<{ tgname: string }>(
        ds.manager,
        "SELECT tgname FROM pg_trigger WHERE tgname LIKE '%append_only' OR tgname LIKE '%no_truncate' ORDER BY tgname",
      );
      expect(triggers.map((t) => t.tgname)).toEqual([
        'audit_anchor_heads_append_only',
        'audit_anchor_heads_no_truncate',
        'audit_anchors_append_only',
        'audit_anchors_no_truncate',
        'audit_log_append_only',
        'audit_log_no_truncate',
        'late_entries_append_only',
        'late_entries_no_truncate',
      ]);
    } finally {
      await ds.destroy();
    }
  });
});
