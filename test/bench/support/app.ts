import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, openDatabase, type AppConfig } from '@scrutineer/platform';
import { WorkflowRegistry } from '@scrutineer/workflow';
import { DataSource } from 'typeorm';
import { createApp } from '../../../apps/api/src/bootstrap.js';
import { loadDemoData } from '../../../apps/api/src/demo/demo-data.js';
import type { FreshDatabase } from './database.js';
import { graphql, poster, type Gql, type GqlBody } from './http.js';

export const ADMIN = { username: 'bench-admin', password: 'bench-admin-password' };
export const DEMO_PASSWORD = 'scrutineer-demo';

/** The real API, booted in this process as main.ts boots it, listening on a free local port. */
export interface BenchApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** http://127.0.0.1:port/graphql */
  url: string;
  gql: Gql;
  /** A request whose body was serialised beforehand (the bench times the server, not the client's JSON.stringify). */
  post: GqlBody;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The environment of a production start on this database. Logging stays at `info` (one line per
 * request is part of the request path) but goes nowhere; the worker is off (the scale seed's
 * overdue deadlines would otherwise fire under the measurement); limits meant for the public are
 * raised (the bench is one client address).
 */
export function benchEnv(db: FreshDatabase, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    RUN_WORKER: 'false',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    PUBLIC_RATE_LIMIT: '100000',
    LOGIN_RATE_LIMIT: '100000',
    LOGIN_USERNAME_RATE_LIMIT: '100000',
    GRAPHQL_SANDBOX: 'false',
    // A before/after comparison of the session cache: SESSION_CACHE_SECONDS=0 npm run bench -- --only read
    ...(process.env.SESSION_CACHE_SECONDS ? { SESSION_CACHE_SECONDS: process.env.SESSION_CACHE_SECONDS } : {}),
    ...(db.kind === 'server'
      ? {
          DATABASE_URL: db.url!,
          JWT_SECRET: randomBytes(32).toString('base64url'),
          IDENTITY_KEY: randomBytes(32).toString('base64'),
        }
      : { DATA_DIR: db.dataDir! }),
    ...extra,
  };
}

export async function startApp(db: FreshDatabase, options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<BenchApp> {
  const config = loadConfig(benchEnv(db, options.env));
  const database = await openDatabase(config);
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  const app = await createApp(config, { database, logStream: discard });
  await app.init();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}/graphql`;
  const dataSource = app.get(DataSource);
  if (options.demo ?? true) await loadDemoData(dataSource, app.get(WorkflowRegistry), new Date());
  const gql = graphql(url);
  return {
    app,
    dataSource,
    config,
    url,
    gql,
    post: poster(url),
    async login(username, password = DEMO_PASSWORD) {
      const data = await gql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username, password },
      });
      return data.login.token;
    },
    close: () => app.close(),
  };
}
