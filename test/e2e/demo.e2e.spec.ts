import { WorkflowRegistry } from '@scrutineer/workflow';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';

describe('demo data (npm start -- --demo)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('builds a township whose elections stand in many states, through the rules, once', async () => {
    // README's first examples made a city of the same name by hand: the demo goes under it.
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const me = await t.gql<any>('{ me { jurisdiction { id } } }', {}, admin);
    const made = await t.gql<any>(
      'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
      { input: { parentId: me.data.me.jurisdiction.id, level: 'CITY', name: '示范市' } },
      admin,
    );
    const registry = t.app.get(WorkflowRegistry);
    const first = await loadDemoData(t.dataSource, registry, new Date('2026-11-22T02:00:00Z'));
    expect(first.loaded).toBe(true);
    expect((await loadDemoData(t.dataSource, registry, new Date('2026-11-22T02:00:00Z'))).loaded).toBe(false);

    const token = await t.login('demo-inspector', 'scrutineer-demo');
    const res = await t.gql<any>(
      '{ elections(first: 20) { edges { node { state organization { name type } rounds { outcome } } } } campaigns { edges { node { progress { total completed } } } } }',
      {},
      token,
    );
    const states = Object.fromEntries(res.data.elections.edges.map((e: any) => [e.node.organization.name, e.node.state]));
    expect(states).toEqual({
      东村村民委员会: 'archived',
      东村党支部: 'resultPending',
      西村党支部: 'active.noticed',
      西村村民委员会: 'failed',
      南村村民委员会: 'active.nomination',
      城关社区居民委员会: 'active.voterRegistration',
      北村团支部: 'active.awaitingStartApproval',
      北村村民委员会: 'deferred',
    });
    expect(res.data.campaigns.edges[0].node.progress).toEqual({ total: 8, completed: 1 });
    const failed = res.data.elections.edges.find((e: any) => e.node.organization.name === '西村村民委员会');
    expect(failed.node.rounds.map((r: any) => r.outcome)).toEqual(['INCOMPLETE', 'INCOMPLETE']);

    // Every role has something to look at.
    const handler = await t.login('demo-petitions', 'scrutineer-demo');
    const cases = await t.gql<any>('{ cases(first: 50) { totalCount edges { node { state blocking } } } }', {}, handler);
    expect(cases.data.cases.edges.map((e: any) => e.node.state).sort()).toEqual([
      'notAccepted',
      'open.accepted',
      'open.accepted',
      'open.received',
      'open.registered',
      'open.replied',
    ]);
    const supervisor = await t.login('demo-supervisor', 'scrutineer-demo');
    const ids = await t.gql<any>('{ elections(first: 20) { edges { node { id organization { name } } } } }', {}, supervisor);
    const id = (name: string) => ids.data.elections.edges.find((e: any) => e.node.organization.name === name).node.id;
    const summaries = await t.gql<any>(
      'query ($id: ID!) { siteSummaries(electionId: $id) { site conflicts } }',
      { id: id('东村村民委员会') },
      supervisor,
    );
    expect(summaries.data.siteSummaries).toEqual([{ site: '东村 村委会大礼堂', conflicts: 2 }]);
    const publicity = await t.gql<any>(
      'query ($id: ID!) { siteSummaries(electionId: $id) { site stage conflicts } }',
      { id: id('西村党支部') },
      supervisor,
    );
    expect(publicity.data.siteSummaries).toEqual([{ site: '西村 村务公开栏', stage: 'CANDIDATE_PUBLICITY', conflicts: 1 }]);
    const orders = await t.gql<any>(
      'query ($id: ID!) { rectificationOrders(electionId: $id) { state blocking } }',
      { id: id('西村党支部') },
      supervisor,
    );
    expect(orders.data.rectificationOrders).toEqual([{ state: 'open.issued', blocking: true }]);
    const office = await t.login('demo-office', 'scrutineer-demo');
    const blockers = await t.gql<any>(
      'query ($id: ID!) { election(id: $id) { blockers { kind summary } } }',
      { id: id('西村党支部') },
      office,
    );
    expect(blockers.data.election.blockers).toEqual([
      { kind: 'COMPLAINT_CASE', summary: 'BRIBERY' },
      { kind: 'RECTIFICATION_ORDER', summary: '补充公示起止时间，并设置符合要求的秘密写票处' },
    ]);
    // The public complaint can be followed with the printed code and PIN.
    const status = await t.gql<any>('query ($c: String!, $p: String!) { caseStatus(trackingCode: $c, pin: $p) { status } }', {
      c: first.publicCase!.trackingCode,
      p: first.publicCase!.pin,
    });
    expect(status.errors).toBeUndefined();
    const cities = await t.gql<any>('{ jurisdictions(level: CITY) { edges { node { id name } } } }', {}, admin);
    expect(cities.data.jurisdictions.edges.map((e: any) => e.node)).toEqual([{ id: made.data.createJurisdiction.id, name: '示范市' }]);
  });
});
