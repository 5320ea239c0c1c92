import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The database kind under test: the server when DATABASE_URL is set, else embedded PGlite. */
export const testDatabaseKind = (): 'embedded' | 'server' => (process.env.DATABASE_URL ? 'server' : 'embedded');

/** Set by global-setup.js: prefix of every database this run creates on the server. */
export const testRunId = (): string => process.env.SCRUTINEER_TEST_RUN ?? 'scr_tlocal';

/** The server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Fingerprint of the migrations: a migrated template is reused only while they are unchanged. */
export function migrationsFingerprint(): string {
  const dir = join(process.cwd(), 'libs/db/src/migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}
