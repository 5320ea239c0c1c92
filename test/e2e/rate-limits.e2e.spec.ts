import { sql } from '@scrutineer/db';
import { AuditLog, SystemClock } from '@scrutineer/workflow';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ensureAdmin } from '../../apps/api/src/auth/bootstrap-admin.js';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { ADMIN, testConfig } from './support/test-app.js';

const STATUS = 'query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { status } }';
const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
const FILE = `mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode pin } }`;

/** One API process: its own Nest app (and, on the server, its own connection pool) on the shared database. */
interface Instance {
  app: NestExpressApplication;
  /** A GraphQL request from this client address (the proxy's X-Forwarded-For; TRUST_PROXY is on). */
  gql(client: string, query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }>;
  open311(client: string, code: string, pin: string): Promise<number>;
}

async function instance(dataSource: DataSource, env: Record<string, string>): Promise<Instance> {
  const app = await createApp(testConfig({ TRUST_PROXY: 'true', ...env }), { database: { external: dataSource } });
  await app.init();
  const http = app.getHttpServer();
  return {
    app,
    gql: async (client, query, variables = {}) =>
      (
        await request(http)
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-forwarded-for', client)
          .send({ query, variables })
      ).body,
    open311: async (client, code, pin) =>
      (await request(http).get(`/open311/v2/requests/${code}.json`).set('x-forwarded-for', client).set('x-tracking-pin', pin)).status,
  };
}

const codes = (answers: { errors?: any[] }[]) => answers.map((a) => a.errors?.[0]?.extensions.code ?? 'OK');

/**
 * Limits are rows in the database, not memory: two API processes on one database count against one
 * limit, and a restart forgets nothing. On the server the two instances have their own pools; embedded
 * PGlite admits one process per data directory, so there they share the one DataSource (and still no memory).
 */
describe('rate limits kept in the database', () => {
  let db: TestDatabase;
  let running: Instance[] = [];
  let rootId: string;

  beforeEach(async () => {
    db = await openTestDatabase({ persistent: true });
    await ensureAdmin(db.dataSource, new AuditLog(), new SystemClock(), {
      ...ADMIN,
      displayName: 'Root',
      jurisdiction: testConfig().rootJurisdiction,
    });
    [{ id: rootId }] = (await sql<{ id: string }>(db.dataSource.manager, 'SELECT id FROM jurisdictions WHERE depth = 0')) as [
      { id: string },
    ];
  });
  afterEach(async () => {
    for (const i of running) await i.app.close();
    running = [];
    await db.drop();
  });

  /** Two processes on the database, started with these settings. */
  async function pair(env: Record<string, string>): Promise<[Instance, Instance]> {
    running = [await instance(db.dataSource, env), await instance(await db.another(), env)];
    return running as [Instance, Instance];
  }

  /** Stop every process, reopen the database as a restart would, start one process again. */
  async function restart(env: Record<string, string>): Promise<Instance> {
    for (const i of running) await i.app.close();
    running = [await instance(await db.restart(), env)];
    return running[0]!;
  }

  it('counts a client’s public requests across both processes, and still after a restart', async () => {
    const env = { PUBLIC_RATE_LIMIT: '3', PUBLIC_RATE_WINDOW_SECONDS: '600' };
    const [a, b] = await pair(env);
    const ask = (i: Instance, client: string) => i.gql(client, STATUS, { c: 'XF-2222222222', p: '12345678' });
    const client = '203.0.113.7';
    expect(codes([await ask(a, client), await ask(b, client), await ask(a, client)])).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    const limited = await ask(b, client);
    expect(limited.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(codes([await ask(a, client)])).toEqual(['RATE_LIMITED']);
    // Another client is counted apart; an IPv6 client by its /64, whichever address in it it uses.
    expect(codes([await ask(a, '203.0.113.8')])).toEqual(['NOT_FOUND']);
    const six = [await ask(a, '2001:db8:1:2::1'), await ask(b, '2001:db8:1:2::2'), await ask(a, '2001:db8:1:2:aaaa::3')];
    expect(codes([...six, await ask(b, '2001:db8:1:2:ffff::4'), await ask(b, '2001:db8:1:3::1')])).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'RATE_LIMITED',
      'NOT_FOUND',
    ]);

    const c = await restart(env);
    expect(codes([await ask(c, client)])).toEqual(['RATE_LIMITED']);
    expect(await c.open311(client, 'XF-2222222222', '12345678')).toBe(429);
    expect(codes([await ask(c, '203.0.113.9')])).toEqual(['NOT_FOUND']);
  });

  it('allows 10 wrong PINs per tracking code an hour, from any address and either process, and still after a restart', async () => {
    const env = { PUBLIC_RATE_LIMIT: '1000' };
    const [a, b] = await pair(env);
    const filed = await a.gql('198.51.100.1', FILE, {
      input: { kind: 'REPORT', category: 'CANVASSING', title: '拉票', body: '有人挨家挨户拉票', jurisdictionId: rootId },
    });
    expect(filed.errors).toBeUndefined();
    const { trackingCode, pin } = filed.data.fileComplaint;
    const wrong = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).gql(`198.51.100.${10 + i}`, STATUS, { c: trackingCode, p: '00000000' })),
    );
    expect(new Set(codes(wrong))).toEqual(new Set(['NOT_FOUND']));
    // Now even the right PIN, from a fresh address, is refused for the rest of the hour.
    expect(codes([await b.gql('198.51.100.99', STATUS, { c: trackingCode, p: pin })])).toEqual(['RATE_LIMITED']);

    const c = await restart(env);
    expect(codes([await c.gql('198.51.100.100', STATUS, { c: trackingCode, p: pin })])).toEqual(['RATE_LIMITED']);
    expect(await c.open311('198.51.100.101', trackingCode, pin)).toBe(429);
  });

  it('counts sign-in attempts per client and per username across both processes, and still after a restart', async () => {
    const env = { LOGIN_RATE_LIMIT: '4', LOGIN_USERNAME_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '600' };
    const [a, b] = await pair(env);
    const login = (i: Instance, client: string, username: string, password = 'not the password') =>
      i.gql(client, LOGIN, { u: username, p: password });
    // Per client: four attempts at four unknown names, two through each process; the fifth is refused.
    const client = '192.0.2.1';
    const tries = [await login(a, client, 'x1'), await login(b, client, 'x2'), await login(a, client, 'x3'), await login(b, client, 'x4')];
    expect(codes(tries)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(codes([await login(a, client, 'x5')])).toEqual(['RATE_LIMITED']);
    // Per username: three wrong passwords from three addresses; then even the right one is refused for the window.
    for (const [i, from] of [
      [a, '192.0.2.11'],
      [b, '192.0.2.12'],
      [a, '192.0.2.13'],
    ] as const)
      expect(codes([await login(i, from, ADMIN.username)])).toEqual(['UNAUTHENTICATED']);
    expect(codes([await login(b, '192.0.2.14', ADMIN.username, ADMIN.password)])).toEqual(['RATE_LIMITED']);

    const c = await restart(env);
    expect(codes([await login(c, '192.0.2.15', ADMIN.username, ADMIN.password)])).toEqual(['RATE_LIMITED']);
    expect(codes([await login(c, client, 'x6')])).toEqual(['RATE_LIMITED']);
    // Someone else, elsewhere, signs in as usual.
    expect(codes([await login(c, '192.0.2.20', 'x7')])).toEqual(['UNAUTHENTICATED']);
  });
});
