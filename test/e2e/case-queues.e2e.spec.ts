import { CaseEntity } from '@scrutineer/db';
import { ManualClock, WorkflowRegistry, WorkflowWorker } from '@scrutineer/workflow';
import { keysetPage, type KeysetKey } from '../../apps/api/src/graphql/pagination.js';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { CaseClient } from './support/cases.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { createUser, PASSWORD } from './support/world.js';

const D = '2026-11-22';

/**
 * The handler's queues and the list filters (CasesService.list), paged two at a time: each must give
 * exactly the cases its definition names, soonest due first (no due day last, ties by id), whatever
 * indexes serve it. The expected lists come from plain SQL over `cases` and `jurisdictions`, written
 * apart from the service's query. And no list reads a case's snapshot unless a field asks for it.
 */
describe('case queues and filters, across pages', () => {
  let t: TestApp;
  let county: CaseClient;
  let town: CaseClient;
  const ids = {} as Record<string, string>;
  const clock = new ManualClock(`${D}T02:00:00.000Z`);
  const setDay = (day: string) => clock.set(`${day}T02:00:00.000Z`);
  /** Every SQL statement the app sends while `capturing` is on. */
  const statements: string[] = [];
  let capturing = false;

  beforeAll(async () => {
    t = await startTestApp({ overrides: { clock } });
    await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), new Date(`${D}T02:00:00.000Z`));
    const logger = t.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (capturing) statements.push(query);
      return logQuery(query, parameters, runner);
    };
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const place = async (name: string) =>
      (await t.gql<any>('query ($n: String!) { jurisdictions(nameContains: $n) { edges { node { id } } } }', { n: name }, admin)).data!
        .jurisdictions.edges[0].node.id as string;
    ids.county = await place('示范县');
    ids.town = await place('城关镇');
    county = new CaseClient(t, await t.login('demo-petitions', 'scrutineer-demo'));
    ids.countyHandler = (await county.gql('{ me { id } }')).me.id;
    await createUser(t, admin, 'queue-town', 'PETITION_HANDLER', ids.town);
    town = county.as(await t.login('queue-town', PASSWORD));
    ids.townHandler = (await town.gql('{ me { id } }')).me.id;

    // Cases registered on different days (different due days, some the same), some assigned, some
    // handled by the town, some overdue (flagged up to the county above the town).
    const register = (client: CaseClient, title: string, category = 'PROCEDURE') =>
      client.register({
        kind: 'PETITION',
        channel: 'LETTER',
        category,
        title,
        body: `${title}：正文`,
        subject: { jurisdictionId: ids.town },
      });
    for (const [day, n] of [
      ['2026-11-02', 3],
      ['2026-11-09', 2],
      ['2026-11-20', 3],
    ] as const) {
      setDay(day);
      for (let i = 0; i < n; i += 1) {
        const c = await register(i % 2 ? town : county, `队列测试 ${day} ${i}`, i === 1 ? 'BRIBERY' : 'PROCEDURE');
        if (i === 0) await county.step('assignCase', 'AssignCaseInput', c.id, { assigneeId: ids.countyHandler });
      }
    }
    // One of the town's goes up to the county: its path (the trigger's) moves with it.
    const up = await register(town, '队列测试 上报');
    await town.step('transferCase', 'TransferCaseInput', up.id, { jurisdictionId: ids.county, reason: '上报县信访局' });
    ids.movedUp = up.id;
    setDay(D);
    await t.app.get(WorkflowWorker).runOnce();
  });
  afterAll(() => t.close());

  /** Every page of `cases(<args>)`, two at a time, as the console pages: ids in order, and the counts seen. */
  async function pages(client: CaseClient, args: string): Promise<{ ids: string[]; counts: number[] }> {
    const seen: string[] = [];
    const counts: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const { cases } = (await client.gql(
        `query ($after: String) { cases(first: 2, after: $after${args ? `, ${args}` : ''}) {
           totalCount totalCountExact edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      )) as any;
      expect(cases.totalCountExact).toBe(true);
      counts.push(cases.totalCount);
      seen.push(...cases.edges.map((e: any) => e.node.id));
      if (!cases.pageInfo.hasNextPage) return { ids: seen, counts };
      after = cases.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  }

  /** The same list by plain SQL: `where` over c (the case), u (its unit), s (the unit above, if flagged). */
  async function expected(scopeOf: string, where: string, params: unknown[] = []): Promise<string[]> {
    const rows: { id: string }[] = await t.dataSource.query(
      `SELECT c.id FROM cases c
         JOIN jurisdictions u ON u.id = c.jurisdiction_id
         LEFT JOIN jurisdictions s ON s.id = c.supervising_jurisdiction_id
         JOIN jurisdictions me ON me.id = $1
        WHERE ${where}
        ORDER BY c.due_on ASC NULLS LAST, c.id`,
      [scopeOf, ...params],
    );
    return rows.map((r) => r.id);
  }
  const inSubtree = (alias: string) => `left(${alias}.path, length(me.path)) = me.path`;

  async function expectList(client: CaseClient, home: string, args: string, where: string, params: unknown[] = []) {
    const want = await expected(home, where, params);
    const got = await pages(client, args);
    expect(got.ids).toEqual(want);
    expect(new Set(got.counts)).toEqual(new Set([want.length]));
    return want;
  }

  it("keeps the unit's path on each case, also when it moves", async () => {
    const [moved] = await t.dataSource.query(
      'SELECT c.jurisdiction_path = j.path AS same, c.jurisdiction_id FROM cases c JOIN jurisdictions j ON j.id = $2 WHERE c.id = $1',
      [ids.movedUp, ids.county],
    );
    expect(moved).toEqual({ same: true, jurisdiction_id: ids.county });
    const [stale] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM cases c JOIN jurisdictions j ON j.id = c.jurisdiction_id WHERE c.jurisdiction_path IS DISTINCT FROM j.path',
    );
    expect(stale.n).toBe(0);
  });

  it('gives each queue its own cases, soonest due first, across pages', async () => {
    const mine = await expectList(county, ids.county, 'queue: MINE', `${inSubtree('u')} AND c.assignee_id = $2`, [ids.countyHandler]);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const unit = await expectList(county, ids.county, 'queue: MY_UNIT', 'c.jurisdiction_id = me.id');
    const townUnit = await expectList(town, ids.town, 'queue: MY_UNIT', 'c.jurisdiction_id = me.id');
    expect(unit.length).toBeGreaterThan(2);
    expect(townUnit.length).toBeGreaterThan(2);
    expect(unit.filter((id) => townUnit.includes(id))).toEqual([]);
    const overdue = await expectList(
      county,
      ids.county,
      'queue: OVERDUE_IN_MY_JURISDICTION',
      `c.overdue AND (${inSubtree('u')} OR (s.id IS NOT NULL AND ${inSubtree('s')}))`,
    );
    expect(overdue.length).toBeGreaterThan(0);
    // The town's late cases are flagged up to the county: in the county's queue, and in the town's own.
    await expectList(
      town,
      ids.town,
      'queue: OVERDUE_IN_MY_JURISDICTION',
      `c.overdue AND (${inSubtree('u')} OR (s.id IS NOT NULL AND ${inSubtree('s')}))`,
    );
  });

  it('filters within the subtree, in the same order, across pages', async () => {
    await expectList(county, ids.county, '', inSubtree('u'));
    await expectList(town, ids.town, '', inSubtree('u'));
    await expectList(county, ids.county, 'state: "open."', `${inSubtree('u')} AND c.state LIKE 'open.%'`);
    await expectList(county, ids.county, 'overdue: true', `${inSubtree('u')} AND c.overdue`);
    await expectList(county, ids.county, 'overdue: false', `${inSubtree('u')} AND NOT c.overdue`);
    await expectList(county, ids.county, 'category: BRIBERY', `${inSubtree('u')} AND c.category = 'BRIBERY'`);
    await expectList(
      county,
      ids.county,
      'search: "队列测试"',
      `${inSubtree('u')} AND (c.title LIKE '%队列测试%' OR c.body LIKE '%队列测试%')`,
    );
    await expectList(county, ids.county, 'dueBefore: "2026-11-25"', `${inSubtree('u')} AND c.due_on <= '2026-11-25'`);
    await expectList(
      county,
      ids.county,
      `withinJurisdictionId: "${ids.town}"`,
      `${inSubtree('u')} AND u.path LIKE (SELECT path FROM jurisdictions WHERE id = $2) || '%'`,
      [ids.town],
    );
  });

  it('counts up to a cap, and says when it stopped', async () => {
    const all = await expected(ids.county, inSubtree('u'));
    const keys: KeysetKey<CaseEntity>[] = [{ expr: 'c.id', kind: 'uuid', of: (c) => c.id }];
    const list = () => t.dataSource.manager.createQueryBuilder(CaseEntity, 'c').where('c.id = ANY(:ids)', { ids: all });
    const capped = await keysetPage(list(), { first: 2 }, keys, { countCap: 3 });
    expect(capped).toMatchObject({ totalCount: 3, totalCountExact: false });
    expect(capped.edges).toHaveLength(2);
    expect(await keysetPage(list(), { first: 2 }, keys, { countCap: all.length })).toMatchObject({
      totalCount: all.length,
      totalCountExact: true,
    });
  });

  it('refuses a cursor that is not a date and an id', async () => {
    const bad = Buffer.from(JSON.stringify(['2026-02-30', ids.county])).toString('base64url');
    const res = await t.gql<any>(`query ($after: String) { cases(after: $after) { totalCount } }`, { after: bad }, county.token);
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('never reads the snapshot for a list; fields that need it load it once per page', async () => {
    statements.length = 0;
    capturing = true;
    try {
      const plain = await county.gql(
        '{ cases(first: 50) { totalCount edges { node { id trackingCode state dueOn daysLeft overdue title unit { id } } } } }',
      );
      expect(plain.cases.edges.length).toBeGreaterThan(5);
      const listed = statements.filter((s) => /\bcases\b/.test(s));
      expect(listed.length).toBeGreaterThanOrEqual(2);
      expect(statements.filter((s) => /snapshot/i.test(s))).toEqual([]);

      statements.length = 0;
      const rich = await county.gql(
        '{ cases(first: 50) { edges { node { id competentLevel clocks { step dueOn outcome } assignee { id } } } } }',
      );
      expect(statements.filter((s) => /snapshot/i.test(s))).toHaveLength(1);
      for (const { node } of rich.cases.edges.slice(0, 3)) {
        const one = (await county.gql(
          'query ($id: ID!) { case(id: $id) { competentLevel clocks { step dueOn outcome } assignee { id } } }',
          {
            id: node.id,
          },
        )) as any;
        expect(node).toEqual({ id: node.id, ...one.case });
      }
    } finally {
      capturing = false;
    }
  });
});
