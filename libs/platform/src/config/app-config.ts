import { resolve } from 'node:path';
import type { DatabaseOptions } from '@scrutineer/db';
import type { JurisdictionLevel, LocalDate } from '@scrutineer/domain';
import { configSchema } from './config.schema.js';

/** The validated configuration, shaped for the code that uses it. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: { host: string; port: number; bodyLimit: string; trustProxy: boolean | number | string; shutdownTimeoutMs: number };
  /** `readUrl`: a standby that read-only reports query instead of the primary (server mode only). */
  database: DatabaseOptions & { runMigrations: boolean; readUrl?: string };
  dataDir: string;
  auth: {
    jwtSecret: string | undefined;
    tokenTtlSeconds: number;
    /** How long a process trusts what it last read of a token's account (0: read it on every request). */
    sessionCacheSeconds: number;
    maxFailedLogins: number;
    lockMinutes: number;
    /** Sign-in attempts allowed per window from one client and for one username (in the database, across processes). */
    loginRate: { perClient: number; perUsername: number; windowSeconds: number };
  };
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  worker: { enabled: boolean; pollIntervalMs: number; anchorIntervalMs: number };
  graphql: { sandbox: boolean; introspection: boolean; maxDepth: number; maxComplexity: number; maxAliases: number; maxTokens: number };
  /** The first administrator to ensure at start-up, from ADMIN_USERNAME / ADMIN_PASSWORD. */
  bootstrapAdmin: { username: string; password: string; displayName: string } | undefined;
  /** Where a bootstrapped administrator is placed: a root jurisdiction, found by name or created. */
  rootJurisdiction: { name: string; level: JurisdictionLevel; code: string | null };
  /** Keys (base64, validated) sealing complainants' personal data; resolveIdentityKey turns them into Buffers. */
  identity: { key: string | undefined; keyId: string; oldKeys: { id: string; key: string }[] };
  /** The holiday list for working-day clocks on cases: public holidays, and weekend days worked (调休). */
  cases: { holidays: LocalDate[]; workdays: LocalDate[] };
  /** Dates people give: more than `lateEntryDays` back only with a written reason, flagged "recorded late". */
  dates: { lateEntryDays: number };
  /** Requests per client per window for the public complaint endpoints. */
  publicApi: { rateLimit: number; rateWindowSeconds: number };
  /** ALTCHA proof of work for public filings and uploads: on or off, the signing key (else derived), the work asked (largest counter). */
  proofOfWork: { required: boolean; hmacKey: string | undefined; maxNumber: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Read and validate the environment; every problem is reported at once, by variable name. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const env = parsed.data;
  const dataDir = resolve(env.DATA_DIR);
  const embedded = !env.DATABASE_URL;
  return {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      bodyLimit: env.BODY_LIMIT,
      trustProxy: trustProxy(env.TRUST_PROXY),
      shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    },
    database: embedded
      ? { kind: 'embedded', dataDir: resolve(dataDir, 'pgdata'), runMigrations: env.RUN_MIGRATIONS }
      : {
          kind: 'server',
          url: env.DATABASE_URL!,
          poolSize: env.DB_POOL_SIZE,
          runMigrations: env.RUN_MIGRATIONS,
          ...(env.DATABASE_READ_URL ? { readUrl: env.DATABASE_READ_URL } : {}),
        },
    dataDir,
    auth: {
      jwtSecret: env.JWT_SECRET,
      tokenTtlSeconds: env.JWT_TTL_SECONDS,
      sessionCacheSeconds: env.SESSION_CACHE_SECONDS,
      maxFailedLogins: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      loginRate: {
        perClient: env.LOGIN_RATE_LIMIT,
        perUsername: env.LOGIN_USERNAME_RATE_LIMIT,
        windowSeconds: env.LOGIN_RATE_WINDOW_SECONDS,
      },
    },
    logLevel: env.LOG_LEVEL,
    worker: { enabled: env.RUN_WORKER, pollIntervalMs: env.WORKER_POLL_MS, anchorIntervalMs: env.AUDIT_ANCHOR_INTERVAL_MS },
    graphql: {
      sandbox: env.GRAPHQL_SANDBOX ?? embedded,
      introspection: env.GRAPHQL_INTROSPECTION,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxComplexity: env.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
    },
    bootstrapAdmin:
      env.ADMIN_USERNAME && env.ADMIN_PASSWORD
        ? { username: env.ADMIN_USERNAME, password: env.ADMIN_PASSWORD, displayName: env.ADMIN_DISPLAY_NAME }
        : undefined,
    rootJurisdiction: { name: env.ADMIN_JURISDICTION_NAME, level: env.ADMIN_JURISDICTION_LEVEL, code: env.ADMIN_JURISDICTION_CODE ?? null },
    identity: { key: env.IDENTITY_KEY, keyId: env.IDENTITY_KEY_ID, oldKeys: env.IDENTITY_OLD_KEYS },
    cases: { holidays: env.CASE_HOLIDAYS, workdays: env.CASE_WORKDAYS },
    dates: { lateEntryDays: env.LATE_ENTRY_DAYS },
    publicApi: { rateLimit: env.PUBLIC_RATE_LIMIT, rateWindowSeconds: env.PUBLIC_RATE_WINDOW_SECONDS },
    proofOfWork: { required: env.PROOF_OF_WORK, hmacKey: env.PROOF_OF_WORK_HMAC_KEY, maxNumber: env.PROOF_OF_WORK_MAX_NUMBER },
  };
}

/** Every environment variable the server reads (the README's table lists each). */
export const CONFIG_KEYS = Object.keys(configSchema.shape);

/** For entry points: the configuration, or every problem printed and exit code 1. */
export function loadConfigOrExit(source: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(source);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\nSee README.md, "Configuration".\n`);
    process.exit(1);
  }
}
