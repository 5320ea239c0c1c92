// Plain JavaScript: jest loads global teardown outside its module mapper, so it imports no project code.
import pg from 'pg';

/** Drop every database this run created on the server (test files drop their own; this catches leftovers). */
export default async function globalTeardown() {
  const run = process.env.SCRUTINEER_TEST_RUN;
  if (!process.env.DATABASE_URL || !run) return;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${run}%`]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
}
