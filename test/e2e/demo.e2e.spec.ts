import { WorkflowRegistry } from '@scrutineer/workflow';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('demo data (npm start -- --demo)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('builds a township whose elections stand in many states, through the rules, once', async () => {
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
  });
});
