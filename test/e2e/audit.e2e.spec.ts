import { sql } from '@scrutineer/db';
import { AuditLog } from '@scrutineer/workflow';
import { codeOf, startTestApp, type TestApp } from './support/test-app.js';
import { buildWorld, createJurisdiction, createUser, type World } from './support/world.js';

const TRAIL = `query ($id: ID!, $after: String) {
  auditTrail(subjectId: $id, first: 2, after: $after) {
    totalCount
    edges { node { seq action fromState toState data actor { kind label role ip } at hash prevHash } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VERIFY = 'query ($id: ID!) { verifyAuditChain(subjectId: $id) { valid entryCount anchoredSeq firstBreak { reason seq entryId } } }';

describe('audit API', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
  });
  afterAll(() => t.close());

  it("records every platform mutation with who, role, when, what and from which IP, and pages through a subject's trail", async () => {
    const id = await createJurisdiction(t, w.adminToken, w.ids.townA, 'VILLAGE', '审计村');
    await t.gql(
      'mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { id } }',
      { input: { id, name: '审计新村' } },
      w.adminToken,
    );
    await t.gql(
      'mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { id } }',
      { input: { id, code: '440404004004' } },
      w.adminToken,
    );

    const first = await t.gql<any>(TRAIL, { id }, w.tokens.INSPECTOR);
    expect(first.errors).toBeUndefined();
    expect(first.data.auditTrail.totalCount).toBe(3);
    const second = await t.gql<any>(TRAIL, { id, after: first.data.auditTrail.pageInfo.endCursor }, w.tokens.INSPECTOR);
    const entries = [...first.data.auditTrail.edges, ...second.data.auditTrail.edges].map((e: any) => e.node);
    expect(entries.map((e: any) => [e.seq, e.action])).toEqual([
      [1, 'jurisdiction.create'],
      [2, 'jurisdiction.update'],
      [3, 'jurisdiction.update'],
    ]);
    expect(entries[0].actor).toMatchObject({ kind: 'USER', label: 'root-admin', role: 'ADMIN' });
    expect(entries[0].actor.ip).toMatch(/127\.0\.0\.1/);
    expect(entries[1].data).toEqual({ changes: { name: { from: '审计村', to: '审计新村' } } });
    expect(entries[1].prevHash).toBe(entries[0].hash);
    expect(new Date(entries[2].at).getTime()).toBeGreaterThanOrEqual(new Date(entries[0].at).getTime());
  });

  it('verifies a chain, and after an entry is altered behind the trigger’s back names that entry', async () => {
    const id = await createJurisdiction(t, w.adminToken, w.ids.townA, 'VILLAGE', '链村');
    for (const name of ['链一村', '链二村', '链三村']) {
      await t.gql(
        'mutation ($input: UpdateJurisdictionInput!) { updateJurisdiction(input: $input) { id } }',
        { input: { id, name } },
        w.adminToken,
      );
    }
    const ok = await t.gql<any>(VERIFY, { id }, w.tokens.INSPECTOR);
    expect(ok.data.verifyAuditChain).toEqual({ valid: true, entryCount: 4, anchoredSeq: null, firstBreak: null });

    const direct = await sql(t.dataSource.manager, `UPDATE audit_log SET data = '{}' WHERE subject_id = $1 AND seq = 3 RETURNING id`, [
      id,
    ]).catch((e: Error) => e);
    expect(direct).toBeInstanceOf(Error);
    expect((direct as Error).message).toMatch(/append-only/);

    const [{ id: entryId }] = (await t.dataSource.transaction(async (tx) => {
      await sql(tx, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      const rows = await sql<{ id: string }>(
        tx,
        `UPDATE audit_log SET data = '{"changes":{}}' WHERE subject_id = $1 AND seq = 3 RETURNING id`,
        [id],
      );
      await sql(tx, 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      return rows;
    })) as [{ id: string }];
    const broken = await t.gql<any>(VERIFY, { id }, w.adminToken);
    expect(broken.data.verifyAuditChain).toEqual({
      valid: false,
      entryCount: 3,
      anchoredSeq: null,
      firstBreak: { reason: 'HASH_MISMATCH', seq: 3, entryId },
    });
  });

  it('audits every account mutation and sign-in with the actor, role and IP', async () => {
    const id = await createUser(t, w.adminToken, 'audited', 'SUPERVISOR', w.ids.countyA);
    await t.gql(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }',
      { input: { id, displayName: '审计对象' } },
      w.adminToken,
    );
    await t.gql(
      'mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { id } }',
      { input: { id, newPassword: 'reset password 1' } },
      w.adminToken,
    );
    const token = await t.login('audited', 'reset password 1');
    await t.gql(
      'mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { token } }',
      { input: { currentPassword: 'reset password 1', newPassword: 'changed password 2' } },
      token,
    );
    const res = await t.gql<any>(
      'query ($id: ID!) { auditTrail(subjectId: $id) { edges { node { action actor { label role ip } } } } }',
      { id },
      w.tokens.INSPECTOR,
    );
    const entries = res.data.auditTrail.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => [e.action, e.actor.label, e.actor.role])).toEqual([
      ['user.create', 'root-admin', 'ADMIN'],
      ['user.update', 'root-admin', 'ADMIN'],
      ['user.password_reset', 'root-admin', 'ADMIN'],
      ['auth.login', 'audited', 'SUPERVISOR'],
      ['user.password_change', 'audited', 'SUPERVISOR'],
    ]);
    for (const entry of entries) expect(entry.actor.ip).toMatch(/127\.0\.0\.1/);
    expect(JSON.stringify(entries)).not.toContain('password 1');
  });

  it('still finds a subject whose whole trail was deleted, through the anchors, and says what is missing', async () => {
    const id = await createJurisdiction(t, w.adminToken, w.ids.townB, 'VILLAGE', '消失村');
    const audit = t.app.get(AuditLog);
    await t.dataSource.transaction((tx) => audit.anchor(tx, new Date()));
    const anchors = await t.gql<any>('{ verifyAuditAnchors { valid anchorCount firstBreak { reason } } }', {}, w.tokens.INSPECTOR);
    expect(anchors.data.verifyAuditAnchors).toMatchObject({ valid: true, firstBreak: null });
    expect(anchors.data.verifyAuditAnchors.anchorCount).toBeGreaterThanOrEqual(1);

    await t.dataSource.transaction(async (tx) => {
      await sql(tx, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await sql(tx, 'DELETE FROM audit_log WHERE subject_id = $1', [id]);
      await sql(tx, 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
    const res = await t.gql<any>(VERIFY, { id }, w.adminToken);
    expect(res.data.verifyAuditChain).toMatchObject({
      valid: false,
      entryCount: 0,
      firstBreak: { reason: 'ANCHORED_ENTRY_MISSING', seq: 1, entryId: null },
    });
    // Its jurisdiction went with the entries: below the root it is not visible.
    expect(codeOf(await t.gql(VERIFY, { id }, w.tokens.INSPECTOR))).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a subject without a trail', async () => {
    expect(codeOf(await t.gql(VERIFY, { id: '00000000-0000-4000-8000-00000000beef' }, w.adminToken))).toBe('NOT_FOUND');
  });
});
