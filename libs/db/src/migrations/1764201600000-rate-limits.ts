import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits kept in the database (rate-limiter-flexible's PostgreSQL store and its column names), so
 * that every API process counts against one limit and a restart forgets nothing: public requests per
 * client, wrong PINs per tracking code, sign-ins per client and per username. `key` is the limiter's
 * prefix and its key; `expire` is when the window ends, in epoch milliseconds.
 */
export class RateLimits1764201600000 implements MigrationInterface {
  name = 'RateLimits1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
    // Expired windows are deleted in one sweep every few minutes.
    await q.query('CREATE INDEX rate_limits_expire_idx ON rate_limits (expire)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limits');
  }
}
