import { JURISDICTION_LEVELS, parseLocalDate, type LocalDate } from '@scrutineer/domain';
import { z } from 'zod';
import { decodeIdentityKey, IDENTITY_KEY_BYTES, IDENTITY_KEY_ID } from '../crypto/identity-cipher.js';

const bool = z.stringbool({ truthy: ['true', '1', 'yes', 'on'], falsy: ['false', '0', 'no', 'off'] });
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Comma-separated, blanks ignored. */
const items = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const KEY_MESSAGE = `must be base64 of exactly ${IDENTITY_KEY_BYTES} bytes (openssl rand -base64 ${IDENTITY_KEY_BYTES})`;
const KEY_ID_RULE = '1-32 letters, digits, "_" or "-"';
// Messages name the entry, never the key material.
const identityKey = z.string().refine((v) => decodeIdentityKey(v) !== undefined, KEY_MESSAGE);

/** `2026-10-01,2026-10-02`: each a calendar date; sorted, duplicates dropped. */
const dateList = z
  .string()
  .transform((value, ctx): LocalDate[] => {
    const dates = new Set<LocalDate>();
    for (const item of items(value)) {
      try {
        dates.add(parseLocalDate(item));
      } catch {
        ctx.addIssue({ code: 'custom', message: `"${item}" is not a calendar date (YYYY-MM-DD)` });
      }
    }
    return [...dates].sort();
  })
  .default([]);

/** `k0:base64,k00:base64`: keys retired by a rotation, still needed to read what they sealed. */
const oldKeys = z
  .string()
  .transform((value, ctx) =>
    items(value).map((item, i) => {
      const at = item.indexOf(':');
      const [id, key] = at < 0 ? ['', item] : [item.slice(0, at), item.slice(at + 1)];
      if (!IDENTITY_KEY_ID.test(id)) ctx.addIssue({ code: 'custom', message: `entry ${i + 1}: must be id:base64, the id ${KEY_ID_RULE}` });
      else if (!decodeIdentityKey(key)) ctx.addIssue({ code: 'custom', message: `key "${id}" ${KEY_MESSAGE}` });
      return { id, key };
    }),
  )
  .default([]);

/**
 * Every setting, read from the environment once at start-up and validated (README: Configuration).
 * Keep this table and the README's in step.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: int(0, 65535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    // A streaming standby of DATABASE_URL's database: reports read from it (they may lag by seconds).
    DATABASE_READ_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    // At least 2: migrations hold one connection for the advisory lock and run on another.
    DB_POOL_SIZE: int(2, 200).default(10),
    RUN_MIGRATIONS: bool.default(true),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: int(60, 7 * 24 * 3600).default(8 * 3600),
    SESSION_CACHE_SECONDS: int(0, 60).default(3),
    LOGIN_MAX_FAILURES: int(1, 100).default(5),
    LOGIN_LOCK_MINUTES: int(1, 24 * 60).default(15),
    // Sign-in attempts per window, kept in the database: from one client (IPv6: one /64), and for one username.
    LOGIN_RATE_LIMIT: int(1, 100_000).default(20),
    LOGIN_USERNAME_RATE_LIMIT: int(1, 100_000).default(10),
    LOGIN_RATE_WINDOW_SECONDS: int(1, 24 * 3600).default(60),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RUN_WORKER: bool.default(true),
    WORKER_POLL_MS: int(50, 60_000).default(1000),
    AUDIT_ANCHOR_INTERVAL_MS: int(0, 24 * 3600 * 1000).default(10 * 60 * 1000),
    GRAPHQL_SANDBOX: bool.optional(),
    GRAPHQL_INTROSPECTION: bool.default(true),
    GRAPHQL_MAX_DEPTH: int(2, 50).default(10),
    GRAPHQL_MAX_COMPLEXITY: int(10, 100_000).default(2000),
    GRAPHQL_MAX_ALIASES: int(1, 1000).default(30),
    GRAPHQL_MAX_TOKENS: int(100, 1_000_000).default(5000),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
      // A device's batch of 1,000 observations is about 0.4 MB.
      .default('2mb'),
    TRUST_PROXY: z.string().default('false'),
    SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(15_000),
    ADMIN_USERNAME: z.string().optional(),
    ADMIN_PASSWORD: z.string().optional(),
    ADMIN_DISPLAY_NAME: z.string().default('Administrator'),
    ADMIN_JURISDICTION_NAME: z.string().min(1).max(100).default('本省'),
    ADMIN_JURISDICTION_LEVEL: z.enum(JURISDICTION_LEVELS).default('PROVINCE'),
    ADMIN_JURISDICTION_CODE: z.string().optional(),
    IDENTITY_KEY: identityKey.optional(),
    IDENTITY_KEY_ID: z.string().regex(IDENTITY_KEY_ID, `must be ${KEY_ID_RULE}`).default('k1'),
    IDENTITY_OLD_KEYS: oldKeys,
    // The holiday list for working-day clocks: the State Council publishes it each year.
    CASE_HOLIDAYS: dateList,
    CASE_WORKDAYS: dateList,
    // Days back a date may be given without a written reason; earlier ones are flagged "recorded late".
    LATE_ENTRY_DAYS: int(0, 365).default(3),
    PUBLIC_RATE_LIMIT: int(1, 100_000).default(10),
    PUBLIC_RATE_WINDOW_SECONDS: int(1, 24 * 3600).default(60),
    // Proof of work (ALTCHA) before a public filing or upload: the HMAC key signing challenges (default: derived from the JWT secret).
    PROOF_OF_WORK: bool.default(true),
    PROOF_OF_WORK_HMAC_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    PROOF_OF_WORK_MAX_NUMBER: int(10, 10_000_000).default(100_000),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required with DATABASE_URL (embedded mode generates one under DATA_DIR)',
      });
    }
    if (env.DATABASE_URL && !env.IDENTITY_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['IDENTITY_KEY'],
        message:
          'is required with DATABASE_URL: complainants’ identities are encrypted with it (embedded mode generates one under DATA_DIR)',
      });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_READ_URL'],
        message: 'needs DATABASE_URL: a read replica is a standby of a PostgreSQL server, and embedded mode (PGlite) has none',
      });
    }
    if (Boolean(env.ADMIN_USERNAME) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: 'ADMIN_USERNAME and ADMIN_PASSWORD go together' });
    }
    const ids = [env.IDENTITY_KEY_ID, ...env.IDENTITY_OLD_KEYS.map((k) => k.id)];
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (repeated.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['IDENTITY_OLD_KEYS'],
        message: `key ids must differ from each other and from IDENTITY_KEY_ID: ${repeated.join(', ')}`,
      });
    }
  });

export type Env = z.infer<typeof configSchema>;
