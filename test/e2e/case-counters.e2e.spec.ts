import { MIGRATIONS, compactCaseCounters, sql } from '@scrutineer/db';
import { CASE_CATEGORIES, CASE_CHANNELS } from '@scrutineer/domain';
import { ManualClock, WorkflowRegistry, WorkflowWorker } from '@scrutineer/workflow';
import { loadDemoData } from '../../apps/api/src/demo/demo-data.js';
import { recountCaseStatistics } from './support/case-stats-reference.js';
import { CaseClient } from './support/cases.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';
import { createUser, PASSWORD } from './support/world.js';

const D = '2026-11-22';
const STATISTICS = `total open awaitingAcceptance accepted notAccepted referred merged resolved outstanding resolutionRate
  reviewWindowOpen underReview byChannel { key count } byCategory { key count } byLevel { key count } byState { key count }
  byFinding { key count } onTime { step met late share }`;

/** Ranges in whole months, with partial months at either edge, inside one month, open on either side, empty. */
const RANGES: [string | undefined, string | undefined][] = [
  [undefined, undefined],
  ['2026-10-01', '2026-11-30'],
  ['2026-10-15', '2026-12-10'],
  ['2026-09-30', '2027-01-01'],
  ['2026-11-05', '2026-11-20'],
  ['2026-11-22', '2026-11-22'],
  ['2026-12-01', undefined],
  [undefined, '2026-10-31'],
  ['2026-11-17', undefined],
  [undefined, '2026-11-03'],
  ['2026-12-01', '2026-11-01'],
];

/** A small seeded generator (mulberry32): the same walk on every run and on both databases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('case statistics from counters', () => {
  let t: TestApp;
  let handler: CaseClient;
  let head: CaseClient;
  let province: string;
  const units = {} as Record<'root' | 'county' | 'town' | 'east' | 'west', { id: string; path: string }>;
  const clock = new ManualClock(`${D}T02:00:00.000Z`);
  let today = D;
  const setDay = (day: string) => {
    today = day;
    clock.set(`${day}T02:00:00.000Z`);
  };
  const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp({ overrides: { clock } });
    await loadDemoData(t.dataSource, t.app.get(WorkflowRegistry), new Date(`${D}T02:00:00.000Z`));
    const admin = await t.login(ADMIN.username, ADMIN.password);
    const unit = async (name: string) => {
      const [row] = await sql<{ id: string; path: string }>(t.dataSource.manager, 'SELECT id, path FROM jurisdictions WHERE name = $1', [
        name,
      ]);
      return row!;
    };
    units.county = await unit('示范县');
    units.town = await unit('城关镇');
    units.east = await unit('东村');
    units.west = await unit('南村');
    const root = (await t.gql<any>('{ me { jurisdiction { id } } }', {}, admin)).data.me.jurisdiction.id;
    units.root = (
      await sql<{ id: string; path: string }>(t.dataSource.manager, 'SELECT id, path FROM jurisdictions WHERE id = $1', [root])
    )[0]!;
    handler = new CaseClient(t, await t.login('demo-petitions', 'scrutineer-demo'));
    await createUser(t, admin, 'counters-head', 'PETITION_HANDLER', units.county.id);
    head = handler.as(await t.login('counters-head', PASSWORD));
    await createUser(t, admin, 'counters-province', 'PETITION_HANDLER', root);
    province = await t.login('counters-province', PASSWORD);
  });
  afterAll(() => t.close());

  /** Every scope and range: the counters (through GraphQL) against the scan of `cases`. */
  async function expectCountersMatchScan(): Promise<number> {
    let compared = 0;
    for (const scope of ['root', 'county', 'town', 'east', 'west'] as const) {
      for (const [from, to] of RANGES) {
        const res = await t.gql<any>(
          `query ($j: ID, $from: String, $to: String) { caseStatistics(jurisdictionId: $j, receivedFrom: $from, receivedTo: $to) { ${STATISTICS} } }`,
          { j: units[scope].id, from, to },
          province,
        );
        expect(res.errors).toBeUndefined();
        const expected = await recountCaseStatistics(t.dataSource.manager, units[scope].path, from, to);
        expect({ scope, from, to, stats: res.data.caseStatistics }).toEqual({ scope, from, to, stats: expected });
        compared += 1;
      }
    }
    return compared;
  }

  it('equal the scan of the cases after a long random walk of registrations and steps, compacted or not', async () => {
    const next = random(12);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const ids: string[] = [];
    const taken: Record<string, number> = {};
    const count = (what: string) => (taken[what] = (taken[what] ?? 0) + 1);

    const register = async () => {
      const back = Math.floor(next() * 70);
      const subject = pick([units.town, units.east, units.west, units.county]);
      const input: Record<string, unknown> = {
        kind: pick(['PETITION', 'REPORT']),
        channel: pick(CASE_CHANNELS.filter((c) => c !== 'ONLINE')),
        category: pick(CASE_CATEGORIES.filter((c) => c !== 'VOTER_REGISTRATION' && c !== 'ELIGIBILITY')),
        title: `随机 ${ids.length}`,
        body: `随机案件 ${ids.length}`,
        subject: { jurisdictionId: subject.id },
        ...(back > 0 ? { receivedOn: addDays(today, -back), lateReason: '补登' } : {}),
        ...(next() < 0.3 ? { unitJurisdictionId: units.town.id } : {}),
      };
      const res = await t.gql<any>(
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { case { id } } }',
        { input },
        handler.token,
      );
      if (res.data?.registerCase) {
        ids.push(res.data.registerCase.case.id);
        count('register');
      }
    };
    const file = async () => {
      const res = await t.gql<any>('mutation ($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingCode } }', {
        input: {
          kind: 'PETITION',
          category: 'PROCEDURE',
          title: `公众 ${ids.length}`,
          body: '网上反映',
          jurisdictionId: pick([units.town, units.east]).id,
        },
      });
      const code = res.data?.fileComplaint?.trackingCode;
      if (!code) return;
      const [row] = await sql<{ id: string }>(t.dataSource.manager, 'SELECT id FROM cases WHERE tracking_code = $1', [code]);
      ids.push(row!.id);
      count('file');
    };
    const finding = () => pick(['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED']);
    const steps: Record<string, (id: string) => [string, string, Record<string, unknown>, CaseClient?]> = {
      REGISTER: () => ['registerReceivedCase', 'CaseStepInput', {}],
      ACCEPT: () => ['acceptCase', 'AcceptCaseInput', {}],
      NOT_ACCEPT: () => ['rejectCase', 'CaseReasonInput', { reason: '不属于受理范围' }],
      REFER: () => ['referCase', 'ReferCaseInput', { referredTo: '县纪委', reason: '属纪检管辖' }],
      MERGE: (id) => ['mergeCase', 'MergeCaseInput', { intoCaseId: pick(ids.filter((x) => x !== id)), reason: '同一事项' }],
      ASSIGN: () => ['assignCase', 'AssignCaseInput', { assigneeId: handlerId }],
      TRANSFER: () => ['transferCase', 'TransferCaseInput', { jurisdictionId: pick([units.county, units.town]).id, reason: '交办' }],
      EXTEND: () => ['extendCase', 'ExtendCaseInput', { days: 10, reason: '情况复杂' }, head],
      DECIDE: () => ['decideCase', 'DecideCaseInput', { finding: finding(), remedies: [], summary: '查明' }],
      REPLY: () => ['replyToCase', 'ReplyCaseInput', { repliedOn: today, text: '书面答复' }],
      REQUEST_REVIEW: () => ['requestCaseReview', 'RequestCaseReviewInput', { receivedOn: today, reason: '不服' }],
      DECIDE_REVIEW: () => [
        'decideCaseReview',
        'DecideCaseReviewInput',
        { finding: finding(), remedies: [], summary: '复查', reply: '复查意见' },
      ],
      REQUEST_RE_REVIEW: () => ['requestCaseReReview', 'RequestCaseReviewInput', { receivedOn: today, reason: '仍不服' }],
      DECIDE_RE_REVIEW: () => [
        'decideCaseReReview',
        'DecideCaseReviewInput',
        { finding: finding(), remedies: [], summary: '复核', reply: '复核意见' },
      ],
    };
    const handlerId = (await handler.gql('{ me { id } }')).me.id;
    // Ending a case early (not accepted, referred, merged) is rarer than taking it a step further.
    const weight: Record<string, number> = { NOT_ACCEPT: 0.15, REFER: 0.15, MERGE: 0.15, TRANSFER: 0.3, EXTEND: 0.3, ASSIGN: 0.2 };
    const done = new Set<string>();
    const act = async () => {
      const open = ids.filter((x) => !done.has(x));
      if (open.length === 0) return;
      const id = pick(open);
      const c = (await handler.gql('query ($id: ID!) { case(id: $id) { version availableActions { event allowed } } }', { id })).case;
      const allowed: string[] = c.availableActions.filter((a: any) => a.allowed && steps[a.event]).map((a: any) => a.event);
      if (allowed.length === 0) return void done.add(id);
      let at = next() * allowed.reduce((sum, e) => sum + (weight[e] ?? 1), 0);
      const event = allowed.find((e) => (at -= weight[e] ?? 1) < 0) ?? allowed[0]!;
      const [mutation, type, extra, who] = steps[event]!(id);
      const res = await t.gql(
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`,
        {
          input: { id, expectedVersion: c.version, ...extra },
        },
        (who ?? handler).token,
      );
      if (!res.errors) count(event);
    };

    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const r = next();
      if (ids.length < 8 || r < 0.2) await register();
      else if (r < 0.25) await file();
      else if (r < 0.33) {
        setDay(addDays(today, 1 + Math.floor(next() * 12)));
        // Fires deadlines (overdue, lapsed windows) and folds the counters.
        await t.app.get(WorkflowWorker).runOnce();
      } else if (r < 0.36) await compactCaseCounters(t.dataSource.manager);
      else await act();
      if (i === 149) compared += await expectCountersMatchScan();
    }
    const deltas = async () => (await sql<{ n: number }>(t.dataSource.manager, 'SELECT count(*)::int AS n FROM case_counter_deltas'))[0]!.n;
    await file();
    expect(await deltas()).toBeGreaterThan(0); // read beside the folded counts
    compared += await expectCountersMatchScan();
    await t.app.get(WorkflowWorker).runOnce(); // the worker's pass folds them
    expect(await deltas()).toBe(0);
    compared += await expectCountersMatchScan();
    expect(compared).toBe(3 * 5 * RANGES.length);
    // … and left cases in every kind of count: on time and late, resolved and outstanding, under review.
    const all = await recountCaseStatistics(t.dataSource.manager, units.root.path);
    expect(all.onTime.some((k) => k.met > 0) && all.onTime.some((k) => k.late > 0)).toBe(true);
    for (const n of [all.awaitingAcceptance, all.notAccepted, all.referred, all.merged, all.resolved, all.outstanding, all.underReview]) {
      expect(n).toBeGreaterThan(0);
    }
    expect(Object.keys(taken)).toEqual(
      expect.arrayContaining([
        'register',
        'file',
        'REGISTER',
        'ACCEPT',
        'NOT_ACCEPT',
        'REFER',
        'MERGE',
        'TRANSFER',
        'DECIDE',
        'REPLY',
        'REQUEST_REVIEW',
        'DECIDE_REVIEW',
      ]),
    );
  }, 180_000); // a few hundred GraphQL steps and comparisons: slower than most on a loaded machine

  it('keep every delta when several compactions and registrations run at once', async () => {
    const before = await recountCaseStatistics(t.dataSource.manager, units.root.path);
    const registrations = Array.from({ length: 6 }, (_, i) =>
      handler.register({
        kind: 'PETITION',
        channel: 'LETTER',
        category: 'PROCEDURE',
        title: `并发 ${i}`,
        body: '并发登记',
        subject: { jurisdictionId: units.town.id },
      }),
    );
    const compactions = Array.from({ length: 4 }, () => compactCaseCounters(t.dataSource.manager));
    await Promise.all([...registrations, ...compactions]);
    await Promise.all([compactCaseCounters(t.dataSource.manager), compactCaseCounters(t.dataSource.manager)]);
    const after = await recountCaseStatistics(t.dataSource.manager, units.root.path);
    expect(after.total).toBe(before.total + 6);
    await expectCountersMatchScan();
  });

  it('are backfilled by the migration from the cases already there, and rebuilt by its function, to the same figures', async () => {
    const counts = () =>
      sql(t.dataSource.manager, `SELECT jurisdiction_id, month, key, n FROM case_counts_monthly WHERE n <> 0 ORDER BY 1, 2, 3`);
    await compactCaseCounters(t.dataSource.manager);
    const kept = await counts();
    expect(kept.length).toBeGreaterThan(20);
    const migration = MIGRATIONS.map((m) => new m()).find((m) => m.name === 'CaseCounters1764331200000')!;
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await counts()).toEqual(kept);
    await expectCountersMatchScan();
    await sql(t.dataSource.manager, 'SELECT scrutineer_rebuild_case_counters()');
    expect(await counts()).toEqual(kept);
  });
});
