import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadDataSource } from '@scrutineer/db';
import { testDatabaseKind } from '../support/test-env.js';
import { startReplicaPair, type ReplicaPair } from './support/replica-pair.js';
import { graphql, MAIN, PROCESS_TEST_MS, startServer, status, stopServer, type Running } from './support/server.js';

/**
 * DATABASE_READ_URL: the built server sends its reports (caseStatistics, supervisionCoverage) to a
 * streaming standby, and everything else to the primary. On the server, against a real primary and
 * standby that this test starts; in embedded mode, the setting is refused at start-up.
 */
const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
const FILE = 'mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }';
const STATS = '{ caseStatistics { total } }';
const ADMIN = { u: 'replica-admin', p: 'replica-admin-password-1' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

describe('reports on a read replica (DATABASE_READ_URL)', () => {
  if (testDatabaseKind() === 'embedded') {
    it('is refused at start-up in embedded mode, before anything is created', () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'scrutineer-replica-'));
      try {
        const run = spawnSync(process.execPath, [MAIN], {
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            PORT: '0',
            DATA_DIR: dataDir,
            DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:5432/x',
          },
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(run.status).toBe(1);
        expect(run.stderr).toContain(
          'DATABASE_READ_URL: needs DATABASE_URL: a read replica is a standby of a PostgreSQL server, and embedded mode (PGlite) has none',
        );
        expect(existsSync(join(dataDir, 'pgdata'))).toBe(false);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
    return;
  }

  let pair: ReplicaPair;
  let server: Running | undefined;

  beforeAll(async () => {
    pair = await startReplicaPair();
    await pair.query('primary', 'CREATE DATABASE scrutineer');
    server = await startServer({
      DATABASE_URL: pair.primaryUrl('scrutineer'),
      DATABASE_READ_URL: pair.standbyUrl('scrutineer'),
      JWT_SECRET: 'replica-test-secret-replica-test-secret',
      IDENTITY_KEY: Buffer.alloc(32, 5).toString('base64'),
      ADMIN_USERNAME: ADMIN.u,
      ADMIN_PASSWORD: ADMIN.p,
      RUN_WORKER: 'false',
      // The cases are filed as the public does, without solving proofs of work (public.e2e.spec.ts tests those).
      PROOF_OF_WORK: 'false',
    });
  }, PROCESS_TEST_MS);

  afterAll(async () => {
    if (server) await stopServer(server);
    await pair?.stop();
  }, PROCESS_TEST_MS);

  it(
    'answers caseStatistics from the standby (behind while its replay is paused), and writes to the primary',
    async () => {
      const url = server!.url;
      const admin = (await graphql(url, LOGIN, ADMIN)).body.data.login.token as string;
      const root = (await graphql(url, '{ me { jurisdiction { id } } }', {}, admin)).body.data.me.jurisdiction.id as string;
      const created = await graphql(
        url,
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: { username: 'replica-handler', password: ADMIN.p, displayName: 'Handler', role: 'PETITION_HANDLER', jurisdictionId: root },
        },
        admin,
      );
      expect(created.body.errors).toBeUndefined();
      const handler = (await graphql(url, LOGIN, { u: 'replica-handler', p: ADMIN.p })).body.data.login.token as string;
      const file = async (title: string) => {
        const res = await graphql(url, FILE, {
          input: { kind: 'PETITION', category: 'PROCEDURE', title, body: '副本测试', jurisdictionId: root },
        });
        expect(res.body.errors).toBeUndefined();
      };
      const total = async () => {
        const res = await graphql(url, STATS, {}, handler);
        expect(res.body.errors).toBeUndefined();
        return res.body.data.caseStatistics.total as number;
      };
      const primaryCases = async () =>
        (await pair.query<{ n: number }>('primary', 'SELECT count(*)::int AS n FROM cases', 'scrutineer'))[0]!.n;

      await file('第一件');
      expect(await until('statistics once the standby has replayed the first case', total, (n) => n === 1)).toBe(1);
      // The reports' own connections are on the standby, as the API named them.
      const onStandby = await pair.query<{ n: number }>(
        'standby',
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'scrutineer-reports' AND datname = 'scrutineer'",
      );
      expect(onStandby[0]!.n).toBeGreaterThan(0);

      // Replay paused: the primary takes the second case, the standby (and so the report) does not see it yet.
      await pair.query('standby', 'SELECT pg_wal_replay_pause()');
      await until(
        'replay paused',
        () => pair.query<{ s: string }>('standby', 'SELECT pg_get_wal_replay_pause_state() AS s'),
        (r) => r[0]!.s === 'paused',
      );
      await file('第二件');
      expect(await primaryCases()).toBe(2);
      expect(await total()).toBe(1);
      const health = await fetch(`${url}/health/replica`).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
      expect(health.status).toBe(200);
      expect(health.body.info.replica).toMatchObject({ status: 'up', configured: true });
      expect(health.body.info.replica.lagBytes).toBeGreaterThan(0);
      // Readiness is the primary's: a standby behind (or down) does not take the API out of service.
      expect(await status(`${url}/health/ready`)).toBe(200);

      await pair.query('standby', 'SELECT pg_wal_replay_resume()');
      expect(await until('statistics once replay resumed', total, (n) => n === 2)).toBe(2);
    },
    PROCESS_TEST_MS,
  );

  it('cannot write through the read DataSource, even pointed at the primary by mistake', async () => {
    const misdirected = await createReadDataSource(pair.primaryUrl('scrutineer')).initialize();
    try {
      await expect(misdirected.query("UPDATE cases SET title = 'x'")).rejects.toThrow(/read-only transaction/);
    } finally {
      await misdirected.destroy();
    }
  });

  it(
    'does not start when the replica cannot be reached, and says which setting is wrong',
    async () => {
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        DATABASE_URL: pair.primaryUrl('scrutineer'),
        // A port nothing listens on: the standby's, once stopped, would do too.
        DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:1/scrutineer',
        JWT_SECRET: 'replica-test-secret-replica-test-secret',
        IDENTITY_KEY: Buffer.alloc(32, 5).toString('base64'),
        RUN_WORKER: 'false',
      };
      const run = spawnSync(process.execPath, [MAIN], { env, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('Cannot connect to the read replica (DATABASE_READ_URL)');
    },
    PROCESS_TEST_MS,
  );
});
