import { sql } from '@scrutineer/db';
import request from 'supertest';
import { PASSWORD_WORK_AT_ONCE, passwordWorkLoad } from '../../apps/api/src/auth/passwords.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, type World } from './support/world.js';

const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';

describe('a burst of sign-ins', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    // Ten attempts per client and twelve per username a window; the world signs each account in once, from 127.0.0.1.
    t = await startTestApp({
      env: {
        TRUST_PROXY: 'true',
        LOGIN_RATE_LIMIT: '10',
        LOGIN_USERNAME_RATE_LIMIT: '12',
        LOGIN_RATE_WINDOW_SECONDS: '600',
        LOGIN_MAX_FAILURES: '100',
      },
    });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const post = (client: string, body: object, token?: string) => {
    const req = request(t.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', client);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };
  const codesOf = (body: any): string[] => (body.errors ?? []).map((e: any) => e.extensions.code);

  /** Meanwhile: the liveness probe and a signed-in query keep answering, and argon2 never runs more than its slots. */
  async function meanwhile<T>(startBurst: () => Promise<T>): Promise<{ result: T; answered: number; slowestMs: number; peak: number }> {
    let done = false;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, passwordWorkLoad().running)), 2);
    // The first probe goes out with the burst; more follow while it lasts.
    const probing = (async () => {
      let answered = 0;
      let slowestMs = 0;
      do {
        const started = Date.now();
        const [health, me] = await Promise.all([
          request(t.app.getHttpServer()).get('/health'),
          post('198.18.0.1', { query: '{ me { username } }' }, w.tokens.INSPECTOR),
        ]);
        expect(health.status).toBe(200);
        expect(me.body.data.me.username).toBe('a-inspector');
        slowestMs = Math.max(slowestMs, Date.now() - started);
        answered += 1;
      } while (!done);
      return { answered, slowestMs };
    })();
    const result = await startBurst();
    done = true;
    clearInterval(sampler);
    return { result, ...(await probing), peak };
  }

  it('30 aliased login fields in one request: refused as RATE_LIMITED past the client’s limit, never a 500', async () => {
    const fields = Array.from(
      { length: 30 },
      (_, i) => `l${i}: login(input: { username: "a-inspector", password: "${PASSWORD}" }) { token }`,
    );
    const res = await post('198.18.1.1', { query: `mutation { ${fields.join('\n')} }` });
    expect(res.status).toBe(200);
    // Mutations run one after another; the eleventh is refused and, login being non-null, ends the request.
    expect(codesOf(res.body)).toEqual(['RATE_LIMITED']);
    expect(res.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    const signIns = await sql<{ n: number }>(
      t.dataSource.manager,
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'auth.login' AND actor_ip = '198.18.1.1'`,
      [w.userIds.INSPECTOR],
    );
    expect(signIns[0]!.n).toBe(10);
  });

  it('many parallel sign-ins from one client and at one account: each refused cleanly, others served meanwhile', async () => {
    const fromOne = () =>
      Array.from({ length: 40 }, (_, i) => post('198.18.2.1', { query: LOGIN, variables: { u: `nobody-${i}`, p: 'guess' } }));
    const atOne = () =>
      Array.from({ length: 30 }, (_, i) => post(`198.18.3.${i + 1}`, { query: LOGIN, variables: { u: 'a-supervisor', p: `guess ${i}` } }));
    const { result, answered, slowestMs, peak } = await meanwhile(() => Promise.all([Promise.all(fromOne()), Promise.all(atOne())]));
    const [one, account] = result;
    for (const res of [...one, ...account]) {
      expect(res.status).toBe(200);
      expect(['UNAUTHENTICATED', 'RATE_LIMITED']).toContain(codesOf(res.body)[0]);
    }
    const tally = (list: typeof one) => list.filter((r) => codesOf(r.body)[0] === 'RATE_LIMITED').length;
    expect(tally(one)).toBe(40 - 10);
    // The account was signed in to once already, when the world was built.
    expect(tally(account)).toBe(30 - 11);
    // Only the 21 attempts let through checked a password, at most PASSWORD_WORK_AT_ONCE at a time.
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(PASSWORD_WORK_AT_ONCE);
    expect(answered).toBeGreaterThan(0);
    // Slow only as far as sharing the database with the burst's throttle checks makes it.
    expect(slowestMs).toBeLessThan(5000);
  });
});
