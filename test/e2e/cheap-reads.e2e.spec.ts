import { WorkflowRegistry } from '@scrutineer/workflow';
import { CASE_FIELD_COLUMNS } from '../../apps/api/src/cases/case-columns.js';
import type { Actor } from '../../apps/api/src/auth/actor.js';
import { CasesService } from '../../apps/api/src/cases/cases.service.js';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { CaseClient } from './support/cases.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { createJurisdiction, createUser, PASSWORD } from './support/world.js';

/** What to ask of the listed fields that are objects. */
const SUBFIELDS: Record<string, string> = {
  unit: '{ id name }',
  supervisingUnit: '{ id name }',
  election: '{ id }',
  links: '{ kind direction note case { id } }',
  deadlines: '{ kind dueAt outcome }',
  history: '{ totalCount edges { node { action fromState } } }',
  attachments: '{ id name mediaType size sha256 }',
};

/**
 * `case(id)` reads only the columns its selection needs (CASE_FIELD_COLUMNS) and the whole row otherwise:
 * every listed field must answer the same either way, and scoping must hold on both reads.
 */
describe('cheap reads: one case for a selection, and me', () => {
  let t: TestApp;
  let handler: CaseClient;
  let caseId: string;
  const listed = Object.keys(CASE_FIELD_COLUMNS)
    .map((f) => `${f} ${SUBFIELDS[f] ?? ''}`)
    .join(' ');

  beforeAll(async () => {
    t = await startTestApp();
    const now = new Date();
    await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), now);
    handler = new CaseClient(t, await t.login('demo-petitions', 'scrutineer-demo'));
    const office = await t.login('demo-office', 'scrutineer-demo');
    const elections = await t.gql<any>('{ elections(first: 1) { edges { node { id } } } }', {}, office);
    const electionId = elections.data.elections.edges[0].node.id as string;
    const c = await handler.register({
      kind: 'PETITION',
      channel: 'LETTER',
      category: 'PROCEDURE',
      title: '选举程序问题',
      body: '选委会未按时公布选民名单',
      subject: { electionId },
    });
    caseId = c.id;
  });
  afterAll(() => t.close());

  const read = (selection: string, token = handler.token) =>
    t.gql<any>(`query ($id: ID!) { case(id: $id) { ${selection} } }`, { id: caseId }, token);

  it('answers every column-only field as the whole-row read does', async () => {
    const light = await read(listed);
    expect(light.errors).toBeUndefined();
    // `profile` comes from the snapshot: the same selection with it reads the whole row.
    const full = await read(`${listed} profile`);
    expect(full.errors).toBeUndefined();
    const { profile, ...rest } = full.data.case;
    expect(profile).toEqual(expect.any(String));
    expect(light.data.case).toEqual(rest);
    expect(light.data.case).toMatchObject({ id: caseId, state: 'open.registered', election: { id: expect.any(String) } });
    expect(light.data.case.history.totalCount).toBeGreaterThan(0);
  });

  it('reads the whole row for a snapshot field asked through a fragment or an inline fragment', async () => {
    const viaFragment = await t.gql<any>(
      'query ($id: ID!) { case(id: $id) { state ...Clocks } } fragment Clocks on Case { clocks { step outcome } assignee { id } }',
      { id: caseId },
      handler.token,
    );
    expect(viaFragment.errors).toBeUndefined();
    expect(viaFragment.data.case.clocks).toEqual([{ step: 'ACCEPTANCE', outcome: 'RUNNING' }]);
    const inline = await read('state ... on Case { competentLevel notes { event } }');
    expect(inline.errors).toBeUndefined();
    expect(inline.data.case.competentLevel).toEqual(expect.any(String));
  });

  it('answers NOT_FOUND outside the caller’s subtree, and for no such case, on either read', async () => {
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const provinces = await t.gql<any>('{ jurisdictions(first: 1) { edges { node { id } } } }', {}, admin);
    const elsewhere = await createJurisdiction(t, admin, provinces.data.jurisdictions.edges[0].node.id, 'COUNTY', '别县');
    await createUser(t, admin, 'elsewhere-petitions', 'PETITION_HANDLER', elsewhere);
    const outsider = await t.login('elsewhere-petitions', PASSWORD);
    for (const selection of ['state', 'state profile']) {
      expect((await read(selection, outsider)).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      const missing = await t.gql<any>(
        `query ($id: ID!) { case(id: $id) { ${selection} } }`,
        { id: '00000000-0000-4000-8000-000000000000' },
        handler.token,
      );
      expect(missing.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('answers reads made together (one statement) each within its own caller’s subtree', async () => {
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const provinces = await t.gql<any>('{ jurisdictions(first: 1) { edges { node { id } } } }', {}, admin);
    const county = await createJurisdiction(t, admin, provinces.data.jurisdictions.edges[0].node.id, 'COUNTY', '另县');
    await createUser(t, admin, 'together-petitions', 'PETITION_HANDLER', county);
    const other = new CaseClient(t, await t.login('together-petitions', PASSWORD));
    const theirs = (
      await other.register({
        kind: 'PETITION',
        channel: 'VISIT',
        category: 'PROCEDURE',
        title: '另县的信访',
        body: '选民名单张贴过晚',
        subject: { jurisdictionId: county },
      })
    ).id as string;
    const actor = async (username: string): Promise<Actor> => {
      const [u] = await t.dataSource.query(
        'SELECT u.id, u.role, u.jurisdiction_id, j.path FROM users u JOIN jurisdictions j ON j.id = u.jurisdiction_id WHERE u.username = $1',
        [username],
      );
      return { userId: u.id, username, role: u.role, jurisdictionId: u.jurisdiction_id, scopePath: u.path, ip: null };
    };
    const [here, there] = [await actor('demo-petitions'), await actor('together-petitions')];
    const cases = t.app.get(CasesService);
    const missing = '00000000-0000-4000-8000-000000000000';
    // Made in one turn of the event loop, outside a transaction: they go to the database as one statement
    // per column choice (ReadBatch), each with lookups in both scopes.
    const reads = await Promise.allSettled(
      [
        [here, caseId, 'state'],
        [there, caseId, 'state'],
        [here, theirs, 'state'],
        [there, theirs, 'state'],
        [here, missing, 'state'],
        [here, caseId, 'profile'],
        [there, caseId, 'profile'],
        [there, theirs, 'profile'],
      ].map(([who, id, field]) => cases.getForFields(who as Actor, id as string, new Set([field as string]))),
    );
    const answers = reads.map((r) => (r.status === 'fulfilled' ? `${r.value.id} ${r.value.state}` : (r.reason as { code: string }).code));
    expect(answers).toEqual([
      `${caseId} open.registered`,
      'NOT_FOUND',
      'NOT_FOUND',
      `${theirs} open.registered`,
      'NOT_FOUND',
      `${caseId} open.registered`,
      'NOT_FOUND',
      `${theirs} open.registered`,
    ]);
  });

  it('answers `me` from the session for its own fields, and after a role change only through a new session', async () => {
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const home = (await t.gql<any>('{ me { jurisdiction { id } } }', {}, handler.token)).data.me.jurisdiction.id as string;
    const userId = await createUser(t, admin, 'me-reader', 'INSPECTOR', home);
    const token = await t.login('me-reader', PASSWORD);
    const own = await t.gql<any>('{ me { id username role } }', {}, token);
    const full = await t.gql<any>('{ me { id username role displayName } }', {}, token);
    expect(own.errors).toBeUndefined();
    expect(own.data.me).toEqual({ id: userId, username: 'me-reader', role: 'INSPECTOR' });
    expect(full.data.me).toEqual({ ...own.data.me, displayName: 'me-reader' });
    const changed = await t.gql<any>(
      'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { role } }',
      { input: { id: userId, role: 'ELECTION_OFFICE' } },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    // A role change ends the account's sessions: the old token is refused at once, a new one sees the new role.
    expect((await t.gql<any>('{ me { role } }', {}, token)).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const again = await t.login('me-reader', PASSWORD);
    expect((await t.gql<any>('{ me { role } }', {}, again)).data.me.role).toBe('ELECTION_OFFICE');
  });
});
