import { JwtService } from '@nestjs/jwt';
import { sql } from '@scrutineer/db';
import request from 'supertest';
import { createApp } from '../../apps/api/src/bootstrap.js';
import { codeOf, startTestApp, testConfig, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, createUser, type World } from './support/world.js';

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { token expiresAt user { username role jurisdiction { name } } } }';
const ME = '{ me { id username role } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const login = (username: string, password: string) =>
    t.gql<{ login: { token: string; expiresAt: string; user: { username: string } } }>(LOGIN, { input: { username, password } });
  const trail = async (subjectId: string) =>
    (
      await sql<{ action: string; actor_label: string; actor_ip: string | null; data: Record<string, unknown> }>(
        t.dataSource.manager,
        'SELECT action, actor_label, actor_ip, data FROM audit_log WHERE subject_id = $1 ORDER BY seq',
        [subjectId],
      )
    ).map((r) => ({ ...r }));

  it('signs in with the right password, case-insensitively by username, and returns a working token', async () => {
    const res = await login('A-INSPECTOR', PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data!.login.user).toEqual({ username: 'a-inspector', role: 'INSPECTOR', jurisdiction: { name: '甲县' } });
    expect(new Date(res.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now() + 7 * 3600_000);
    const me = await t.gql<{ me: { username: string } }>(ME, {}, res.data!.login.token);
    expect(me.data!.me.username).toBe('a-inspector');
    const entries = await trail(w.userIds.INSPECTOR);
    expect(entries.at(-1)).toMatchObject({ action: 'auth.login', actor_label: 'a-inspector' });
    expect(entries.at(-1)!.actor_ip).toMatch(/127\.0\.0\.1/);
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both', async () => {
    const wrong = await login('a-supervisor', 'not the password');
    const unknown = await login('no-such-user', 'not the password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect((await trail(w.userIds.SUPERVISOR)).at(-1)).toMatchObject({
      action: 'auth.login_failed',
      actor_label: 'login:a-supervisor',
      data: { reason: 'wrong_password' },
    });
    const unknownTrail = await trail('00000000-0000-0000-0000-000000000000');
    expect(unknownTrail.at(-1)).toMatchObject({ action: 'auth.login_failed', data: { username: 'no-such-user', reason: 'unknown_user' } });
  });

  it('locks an account after repeated failures, without saying so to the caller, and an admin can lift the lock', async () => {
    const id = await createUser(t, w.adminToken, 'lock-me', 'SUPERVISOR', w.ids.countyA);
    for (let i = 0; i < 3; i += 1) expect(codeOf(await login('lock-me', 'wrong password'))).toBe('UNAUTHENTICATED');
    const locked = await login('lock-me', PASSWORD);
    expect(codeOf(locked)).toBe('UNAUTHENTICATED');
    expect(locked.errors![0]!.message).toBe((await login('no-such-user', 'x')).errors![0]!.message);
    const reasons = (await trail(id)).filter((e) => e.action === 'auth.login_failed').map((e) => e.data.reason);
    expect(reasons).toEqual(['wrong_password', 'wrong_password', 'wrong_password', 'locked']);
    expect((await trail(id)).at(-2)!.data.lockedUntil).toEqual(expect.any(String));
    const unlock = await t.gql<{ updateUser: { lockedUntil: string | null } }>(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { lockedUntil } }',
      { input: { id, active: true } },
      w.adminToken,
    );
    expect(unlock.data!.updateUser.lockedUntil).toBeNull();
    expect((await login('lock-me', PASSWORD)).data!.login.token).toEqual(expect.any(String));
  });

  it('checks at most LOGIN_MAX_FAILURES passwords however many guesses arrive at once', async () => {
    const id = await createUser(t, w.adminToken, 'burst', 'SUPERVISOR', w.ids.countyA);
    const guesses = await Promise.all([
      ...Array.from({ length: 12 }, (_, i) => login('burst', `guess number ${i}`)),
      login('burst', PASSWORD),
    ]);
    expect(guesses.filter((g) => codeOf(g) === undefined).length).toBeLessThanOrEqual(1);
    const reasons = (await trail(id)).filter((e) => e.action === 'auth.login_failed').map((e) => e.data.reason);
    expect(reasons.filter((r) => r === 'wrong_password').length).toBeLessThanOrEqual(3);
    expect(reasons.filter((r) => r === 'locked').length).toBeGreaterThanOrEqual(9);
  });

  it('rejects missing, malformed, forged and expired tokens as UNAUTHENTICATED', async () => {
    const good = w.tokens.INSPECTOR;
    const jwt = new JwtService({ secret: t.config.auth.jwtSecret! });
    const expired = jwt.sign(
      { sub: w.userIds.INSPECTOR, tv: 1, exp: Math.floor(Date.now() / 1000) - 60 },
      { issuer: 'scrutineer', audience: 'scrutineer-api' },
    );
    const otherSecret = new JwtService({ secret: 'x'.repeat(40) }).sign(
      { sub: w.userIds.INSPECTOR, tv: 1 },
      { issuer: 'scrutineer', audience: 'scrutineer-api' },
    );
    expect(codeOf(await t.gql(ME))).toBe('UNAUTHENTICATED');
    for (const header of [
      'Bearer nonsense',
      `Bearer ${good.slice(0, -4)}AAAA`,
      `Bearer ${expired}`,
      `Bearer ${otherSecret}`,
      'Basic abc',
    ]) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('authorization', header)
        .send({ query: ME });
      expect({ header, code: res.body.errors?.[0]?.extensions.code }).toEqual({ header, code: 'UNAUTHENTICATED' });
    }
    expect(codeOf(await t.gql(ME, {}, good))).toBeUndefined();
    // A stale token does not stand in the way of signing in again.
    const relogin = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${expired}`)
      .send({ query: LOGIN, variables: { input: { username: 'a-inspector', password: PASSWORD } } });
    expect(relogin.body.data.login.token).toEqual(expect.any(String));
  });

  it('ends the sessions of a deactivated account at once', async () => {
    const id = await createUser(t, w.adminToken, 'leaving', 'PETITION_HANDLER', w.ids.countyA);
    const token = await t.login('leaving', PASSWORD);
    expect(codeOf(await t.gql(ME, {}, token))).toBeUndefined();
    await t.gql('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }', { input: { id, active: false } }, w.adminToken);
    expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
    const again = await login('leaving', PASSWORD);
    expect(again.errors![0]!.message).toMatch(/deactivated/);
  });

  it('ends a session in another API process within SESSION_CACHE_SECONDS, without a read per request', async () => {
    // Two more API processes on the same database: one trusts what it read of an account for 1 s, one for 60 s.
    const start = async (seconds: string) => {
      const app = await createApp(testConfig({ SESSION_CACHE_SECONDS: seconds }), { database: { external: t.dataSource } });
      await app.init();
      return app;
    };
    const [quick, slow] = [await start('1'), await start('60')];
    try {
      const id = await createUser(t, w.adminToken, 'elsewhere', 'PETITION_HANDLER', w.ids.countyA);
      const token = await t.login('elsewhere', PASSWORD);
      const meOn = async (app: typeof quick) => {
        const res = await request(app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${token}`)
          .send({ query: ME });
        return res.body.errors?.[0]?.extensions.code as string | undefined;
      };
      expect(await meOn(quick)).toBeUndefined();
      expect(await meOn(slow)).toBeUndefined();
      await t.gql(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input: { id, active: false } },
        w.adminToken,
      );
      // The process that made the change forgets at once; the others trust their copy until it expires.
      expect(codeOf(await t.gql(ME, {}, token))).toBe('UNAUTHENTICATED');
      expect(await meOn(slow)).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await meOn(quick)).toBe('UNAUTHENTICATED');
    } finally {
      await quick.close();
      await slow.close();
    }
  });

  it('changes the own password: the old password and old tokens stop working, the new token works', async () => {
    await createUser(t, w.adminToken, 'changer', 'ELECTION_COMMITTEE', w.ids.villageA1);
    const old = await t.login('changer', PASSWORD);
    const wrong = await t.gql(
      'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { token } }',
      { input: { currentPassword: 'not it at all', newPassword: 'a brand new secret' } },
      old,
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    const changed = await t.gql<{ changeMyPassword: { token: string } }>(
      'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { token } }',
      { input: { currentPassword: PASSWORD, newPassword: 'a brand new secret' } },
      old,
    );
    expect(codeOf(await t.gql(ME, {}, old))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(ME, {}, changed.data!.changeMyPassword.token))).toBeUndefined();
    expect(codeOf(await login('changer', PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login('changer', 'a brand new secret'))).toBeUndefined();
  });
});
