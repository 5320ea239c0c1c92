import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { serverTemplate } from '../../support/templates.js';
import { testDatabaseKind, testRunId, withDatabase } from '../../support/test-env.js';

export interface ServerEnv {
  env: Record<string, string>;
  /** Embedded mode: the data directory. */
  dataDir?: string;
  /** The administrator the server creates (embedded: `admin`, its password printed at first start). */
  username: string;
  password?: string;
  cleanup: () => Promise<void>;
}

/** A fresh data directory (embedded) or a fresh migrated database (DATABASE_URL) for one test file. */
export async function serverEnv(): Promise<ServerEnv> {
  if (testDatabaseKind() === 'embedded') {
    const dataDir = mkdtempSync(join(tmpdir(), 'scrutineer-proc-'));
    return {
      env: { DATA_DIR: dataDir },
      dataDir,
      username: 'admin',
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const url = process.env.DATABASE_URL!;
  const name = `${testRunId()}_p${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${await serverTemplate(url)}`);
  await admin.end();
  const username = 'ops-admin';
  const password = 'ops-admin-password-1';
  return {
    env: {
      DATABASE_URL: withDatabase(url, name),
      JWT_SECRET: 'process-test-secret-process-test-secret',
      IDENTITY_KEY: Buffer.alloc(32, 9).toString('base64'),
      ADMIN_USERNAME: username,
      ADMIN_PASSWORD: password,
    },
    username,
    password,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
