import { loadConfig, type AppConfig } from '@scrutineer/platform';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog, SystemClock } from '@scrutineer/workflow';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { AppOverrides } from '../../../apps/api/src/app.module.js';
import { ensureAdmin } from '../../../apps/api/src/auth/bootstrap-admin.js';
import { createApp } from '../../../apps/api/src/bootstrap.js';
import { openTestDatabase, type TestDatabase } from '../../support/database.js';

export const ADMIN = { username: 'root-admin', password: 'root-admin-password' };

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions: { code: string } & Record<string, any>; path?: string[] }[] | undefined;
  body: any;
}

/** The server under test: real Nest app, real database, real HTTP through supertest. */
export interface TestApp {
  app: NestExpressApplication;
  db: TestDatabase;
  dataSource: DataSource;
  config: AppConfig;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>>;
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    RUN_WORKER: 'false',
    // Tests share one client address; the public endpoints' and sign-in limits have their own tests.
    PUBLIC_RATE_LIMIT: '1000',
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_USERNAME_RATE_LIMIT: '1000',
    // Public filings' proof of work has its own tests (public.e2e.spec.ts), which turn it on.
    PROOF_OF_WORK: 'false',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'scrutineer-app-')),
    ...env,
  });
}

export async function startTestApp(
  options: { env?: Record<string, string>; overrides?: Omit<AppOverrides, 'database'> } = {},
): Promise<TestApp> {
  const db = await openTestDatabase();
  const config = testConfig(options.env);
  const app = await createApp(config, { ...options.overrides, database: { external: db.dataSource } });
  await app.init();
  await ensureAdmin(db.dataSource, new AuditLog(), new SystemClock(), {
    ...ADMIN,
    displayName: 'Root admin',
    jurisdiction: config.rootJurisdiction,
  });
  const http = app.getHttpServer();

  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> => {
    const req = request(http).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, body: res.body };
  };
  const login = async (username: string, password: string): Promise<string> => {
    const res = await gql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
      input: { username, password },
    });
    if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };
  return {
    app,
    db,
    dataSource: db.dataSource,
    config,
    gql,
    login,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** The first error's code, or undefined. */
export const codeOf = (res: GqlResult): string | undefined => res.errors?.[0]?.extensions.code;
