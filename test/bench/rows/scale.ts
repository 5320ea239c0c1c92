import { factorRow, type RowResult } from '../report.js';
import { ADMIN, startApp, type BenchApp } from '../support/app.js';
import { caseWorld } from '../support/cases.js';
import { freshDatabase, type FreshDatabase } from '../support/database.js';
import type { BenchOptions, DatabaseKind } from '../support/options.js';
import { interleave, progress, timed } from '../support/stats.js';
import { seedCases } from '../scale/seed.js';

const PAGE = '{ totalCount edges { node { id trackingCode state dueOn overdue title } } pageInfo { endCursor hasNextPage } }';
const STATISTICS = `{ total open awaitingAcceptance accepted notAccepted referred merged resolved outstanding resolutionRate
  reviewWindowOpen underReview byChannel { key count } byCategory { key count } byLevel { key count } byState { key count }
  byFinding { key count } onTime { step met late share } }`;

/** What a handler's screens ask for: every queue, the default page, the main filters, the statistics. */
const QUERIES: { name: string; query: string; as?: 'province' }[] = [
  { name: 'queue MINE', query: `{ cases(queue: MINE) ${PAGE} }` },
  { name: 'queue MY_UNIT', query: `{ cases(queue: MY_UNIT) ${PAGE} }` },
  { name: 'queue OVERDUE_IN_MY_JURISDICTION', query: `{ cases(queue: OVERDUE_IN_MY_JURISDICTION) ${PAGE} }` },
  { name: '`cases` default page', query: `{ cases ${PAGE} }` },
  { name: 'filter state: "open."', query: `{ cases(state: "open.") ${PAGE} }` },
  { name: 'filter overdue: true', query: `{ cases(overdue: true) ${PAGE} }` },
  { name: 'filter category: BRIBERY', query: `{ cases(category: BRIBERY) ${PAGE} }` },
  { name: 'filter search: "贿选"', query: `{ cases(search: "贿选") ${PAGE} }` },
  { name: '`caseStatistics` (county)', query: `{ caseStatistics ${STATISTICS} }` },
  { name: '`caseStatistics` (province)', query: `{ caseStatistics ${STATISTICS} }`, as: 'province' },
];

const PROVINCE_PASSWORD = 'bench-province-password';

interface Scaled {
  db: FreshDatabase;
  app: BenchApp;
  handler: string;
  /** A petition handler at the province (the root): statistics over every case. */
  province: string;
}

/** A fresh database and app with the demo, 8 more counties, some accepted cases (templates), then `size` cases. */
async function scaled(kind: DatabaseKind, size: number): Promise<Scaled> {
  const db = await freshDatabase(kind);
  const app = await startApp(db);
  const admin = await app.login(ADMIN.username, ADMIN.password);
  const city = (await app.gql('{ jurisdictions(nameContains: "示范市") { edges { node { id } } } }', {}, admin)).jurisdictions.edges[0].node
    .id;
  const otherCounties: string[] = [];
  for (let i = 1; i <= 8; i += 1) {
    const made = await app.gql(
      'mutation ($input: CreateJurisdictionInput!) { createJurisdiction(input: $input) { id } }',
      {
        input: { parentId: city, level: 'COUNTY', name: `压测县${i}` },
      },
      admin,
    );
    otherCounties.push(made.createJurisdiction.id);
  }
  const root = (await app.gql('{ me { jurisdiction { id } } }', {}, admin)).me.jurisdiction.id;
  await app.gql(
    'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        username: 'bench-province',
        password: PROVINCE_PASSWORD,
        displayName: '省信访',
        role: 'PETITION_HANDLER',
        jurisdictionId: root,
      },
    },
    admin,
  );
  const province = await app.login('bench-province', PROVINCE_PASSWORD);
  const world = await caseWorld(app);
  const registered = await world.register(12, 4);
  for (const c of registered.slice(0, 6)) {
    await app.gql(
      'mutation ($input: AcceptCaseInput!) { acceptCase(input: $input) { id } }',
      { input: { id: c.id, expectedVersion: c.version } },
      world.handler,
    );
  }
  const seconds = await seedCases(app.dataSource, { handlerId: world.handlerId, otherCounties }, 0, size);
  progress(`${kind} scale: seeded ${size.toLocaleString('en')} cases in ${seconds.toFixed(1)} s`);
  return { db, app, handler: world.handler, province };
}

/**
 * Row 4 (`--scale`): every queue, filter and statistic through GraphQL at the large size against the
 * same at the small size — two databases side by side, queried alternately — p50 of each, and their ratio.
 */
export async function scaleRows(kind: DatabaseKind, options: BenchOptions): Promise<RowResult[]> {
  const [small, large] = options.scaleSizes;
  const a = await scaled(kind, small);
  let b: Scaled | undefined;
  try {
    b = await scaled(kind, large);
    const out: RowResult[] = [];
    for (const q of QUERIES) {
      const run = (s: Scaled) => () => timed(() => s.app.gql(q.query, {}, q.as === 'province' ? s.province : s.handler));
      const base = {
        database: kind,
        row: `${q.name} at ${large.toLocaleString('en')} cases`,
        anchorLabel: `the same at ${small.toLocaleString('en')} cases (p50)`,
        unit: 'ms',
      };
      try {
        await run(a)();
        await run(b)();
        const rounds = await interleave(Math.max(options.rounds, 5), run(a), run(b), `${kind} ${q.name}`);
        out.push(factorRow(base, rounds, 1.5, 300));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        progress(`${kind} ${q.name} failed: ${message}`);
        out.push(factorRow({ ...base, note: `failed: ${message}` }, { anchor: [], subject: [] }, 1.5, 300));
      }
    }
    return out;
  } finally {
    for (const s of [b, a]) {
      if (!s) continue;
      await s.app.close();
      await s.db.drop();
    }
  }
}
