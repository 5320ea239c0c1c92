import { jest } from '@jest/globals';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { codeOf, startTestApp, type TestApp } from './support/test-app.js';
import { PASSWORD, buildWorld, createJurisdiction, createUser, type World } from './support/world.js';

describe('jurisdictions and accounts', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, token = w.adminToken) =>
    t.gql<{ createJurisdiction: { id: string; level: string; levelLabel: string; depth: number; parent: { id: string } } }>(
      'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id level levelLabel depth parent { id } } }',
      { input },
      token,
    );
  const update = (input: Record<string, unknown>) =>
    t.gql<{ updateJurisdiction: { name: string; code: string | null; version: number } }>(
      'mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { name code version } }',
      { input },
      w.adminToken,
    );

  describe('jurisdictions', () => {
    it('creates a child below its parent, with its level, depth and parent', async () => {
      const res = await create({ parentId: w.ids.townA, level: 'VILLAGE', name: '北村', code: '110101001001' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.createJurisdiction).toMatchObject({
        level: 'VILLAGE',
        levelLabel: '村(社区)',
        depth: 4,
        parent: { id: w.ids.townA },
      });
    });

    it('refuses a child at the same or a higher level than its parent, citing the rule', async () => {
      const res = await create({ parentId: w.ids.townA, level: 'COUNTY', name: '错县' });
      expect(codeOf(res)).toBe('RULE_VIOLATION');
      expect(res.errors![0]!.message).toMatch(/must be at a lower level/);
      // A level may be skipped: a town directly under a city (不设区的市).
      expect(codeOf(await create({ parentId: w.ids.city, level: 'TOWNSHIP', name: '直管镇' }))).toBeUndefined();
    });

    it('refuses a duplicate sibling name and a duplicate code, and writes nothing', async () => {
      const dup = await create({ parentId: w.ids.townA, level: 'VILLAGE', name: '东村' });
      expect(codeOf(dup)).toBe('BAD_USER_INPUT');
      expect(dup.errors![0]!.extensions.field).toBe('name');
      await create({ parentId: w.ids.townB, level: 'VILLAGE', name: '码村', code: '220202002002' });
      const code = await create({ parentId: w.ids.townA, level: 'VILLAGE', name: '另一村', code: '220202002002' });
      expect(codeOf(code)).toBe('BAD_USER_INPUT');
      expect(code.errors![0]!.extensions.field).toBe('code');
      const list = await t.gql<{ jurisdictions: { totalCount: number } }>(
        'query ($p: ID) { jurisdictions(parentId: $p) { totalCount } }',
        { p: w.ids.townA },
        w.adminToken,
      );
      expect(list.data!.jurisdictions.totalCount).toBe(3);
    });

    it('renames with optimistic concurrency: a stale expectedVersion gets CONFLICT', async () => {
      const id = await createJurisdiction(t, w.adminToken, w.ids.townB, 'VILLAGE', '旧名村');
      const first = await update({ id, name: '新名村', expectedVersion: 1 });
      expect(first.data!.updateJurisdiction).toEqual({ name: '新名村', code: null, version: 2 });
      const stale = await update({ id, name: '又一名村', expectedVersion: 1 });
      expect(codeOf(stale)).toBe('CONFLICT');
      expect(stale.errors![0]!.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      const cleared = await update({ id, code: '' });
      expect(cleared.data!.updateJurisdiction.version).toBe(2);
      const coded = await update({ id, code: '330303003003' });
      expect(coded.data!.updateJurisdiction).toEqual({ name: '新名村', code: '330303003003', version: 3 });
    });

    it('pages through many jurisdictions by keyset cursor without gaps or repeats', async () => {
      const town = await createJurisdiction(t, w.adminToken, w.ids.countyB, 'TOWNSHIP', '多村镇');
      const names = Array.from({ length: 23 }, (_, i) => `村${String(i).padStart(2, '0')}`);
      for (const name of names) await createJurisdiction(t, w.adminToken, town, 'VILLAGE', name);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const res: Awaited<
          ReturnType<
            typeof t.gql<{
              jurisdictions: {
                totalCount: number;
                edges: { node: { name: string } }[];
                pageInfo: { hasNextPage: boolean; endCursor: string };
              };
            }>
          >
        > = await t.gql(
          'query ($p: ID, $after: String) { jurisdictions(parentId: $p, first: 10, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }',
          { p: town, after },
          w.adminToken,
        );
        pages += 1;
        expect(res.data!.jurisdictions.totalCount).toBe(23);
        seen.push(...res.data!.jurisdictions.edges.map((e) => e.node.name));
        if (!res.data!.jurisdictions.pageInfo.hasNextPage) break;
        after = res.data!.jurisdictions.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(names);
    });
  });

  describe('accounts', () => {
    const createUserRaw = (input: Record<string, unknown>, token = w.adminToken) =>
      t.gql<{ createUser: { id: string; username: string; role: string; active: boolean; jurisdiction: { id: string } } }>(
        'mutation ($input: CreateUserInput!) { createUser(input: $input) { id username role active jurisdiction { id } } }',
        { input },
        token,
      );

    it('creates an account in the subtree; usernames are unique regardless of case', async () => {
      const res = await createUserRaw({
        username: 'Observer.Li',
        password: 'long enough pw',
        displayName: '李督导',
        role: 'SUPERVISOR',
        jurisdictionId: w.ids.townA,
      });
      expect(res.data!.createUser).toMatchObject({
        username: 'Observer.Li',
        role: 'SUPERVISOR',
        active: true,
        jurisdiction: { id: w.ids.townA },
      });
      const dup = await createUserRaw({
        username: 'observer.li',
        password: 'long enough pw',
        displayName: 'x',
        role: 'SUPERVISOR',
        jurisdictionId: w.ids.townA,
      });
      expect(codeOf(dup)).toBe('BAD_USER_INPUT');
      expect(dup.errors![0]!.message).toMatch(/already taken/);
    });

    it('explains each invalid field', async () => {
      const res = await createUserRaw({
        username: 'a b',
        password: 'short',
        displayName: '',
        role: 'INSPECTOR',
        jurisdictionId: 'not-a-uuid',
      });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      const fields = (res.errors![0]!.extensions.fields as { field: string }[]).map((f) => f.field).sort();
      expect(fields).toEqual(['displayName', 'jurisdictionId', 'password', 'username']);
      expect(res.errors![0]!.message).toMatch(/at least 10 characters/);
    });

    it('lists accounts in scope with filters, and finds them by search', async () => {
      const res = await t.gql<{ users: { totalCount: number; edges: { node: { username: string } }[] } }>(
        '{ users(role: INSPECTOR) { totalCount edges { node { username } } } }',
        {},
        w.tokens.INSPECTOR,
      );
      expect(res.data!.users.edges.map((e) => e.node.username)).toEqual(['a-inspector']);
      const search = await t.gql<{ users: { totalCount: number } }>('{ users(search: "INSPECT") { totalCount } }', {}, w.adminToken);
      expect(search.data!.users.totalCount).toBe(2);
      const within = await t.gql<{ users: { totalCount: number } }>(
        'query ($j: ID) { users(withinJurisdictionId: $j) { totalCount } }',
        { j: w.ids.countyB },
        w.adminToken,
      );
      expect(within.data!.users.totalCount).toBe(1);
    });

    it('loads the jurisdictions of a page of accounts in one batch (DataLoader), not one query per account', async () => {
      // Count the SQL that reaches the driver, whatever API issued it.
      const query = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const res = await t.gql<{ users: { edges: { node: { jurisdiction: { name: string } } }[] } }>(
          '{ users(first: 50) { edges { node { username jurisdiction { name } } } } }',
          {},
          w.adminToken,
        );
        expect(res.data!.users.edges.length).toBeGreaterThan(5);
        const jurisdictionLookups = query.mock.calls.filter(([sql]) => /FROM "jurisdictions"/.test(String(sql)));
        expect(jurisdictionLookups).toHaveLength(1);
      } finally {
        query.mockRestore();
      }
    });

    it('does not let an admin lock themselves out', async () => {
      const me = await t.gql<{ me: { id: string } }>('{ me { id } }', {}, w.adminToken);
      const res = await t.gql(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
        { input: { id: me.data!.me.id, active: false } },
        w.adminToken,
      );
      expect(codeOf(res)).toBe('RULE_VIOLATION');
    });

    it('resets a password: the old one and the old sessions stop working', async () => {
      const id = await createUser(t, w.adminToken, 'forgetful', 'INSPECTOR', w.ids.countyA);
      const token = await t.login('forgetful', PASSWORD);
      const reset = await t.gql(
        'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }',
        { input: { id, newPassword: 'reset by admin 1' } },
        w.adminToken,
      );
      expect(reset.errors).toBeUndefined();
      expect(codeOf(await t.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
      await expect(t.login('forgetful', PASSWORD)).rejects.toThrow();
      expect(await t.login('forgetful', 'reset by admin 1')).toEqual(expect.any(String));
    });

    it('moves an account to another jurisdiction; the old token describes the old account and stops working', async () => {
      const id = await createUser(t, w.adminToken, 'mover', 'SUPERVISOR', w.ids.countyA);
      const token = await t.login('mover', PASSWORD);
      const moved = await t.gql<{ updateUser: { jurisdiction: { id: string }; version: number } }>(
        'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { version jurisdiction { id } } }',
        { input: { id, jurisdictionId: w.ids.countyB, expectedVersion: 1 } },
        w.adminToken,
      );
      expect(moved.data!.updateUser).toEqual({ version: 2, jurisdiction: { id: w.ids.countyB } });
      expect(codeOf(await t.gql('{ me { id } }', {}, token))).toBe('UNAUTHENTICATED');
    });
  });
});
