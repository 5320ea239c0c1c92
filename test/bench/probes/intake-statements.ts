import '../support/production-mode.js';
import { startApp } from '../support/app.js';
import { freshDatabase } from '../support/database.js';
import { batch, plainInsert, SUBMIT } from '../rows/intake.js';

/**
 * A probe, not a bench row: the SQL statements one 1,000-item submitObservations sends, and the anchor's
 * (timed at TypeORM's query runner, from the call to its answer), and their mean latency over 10 batches after 3 to warm up.
 * `npx nest build bench && DATABASE_URL=… node dist/test/bench/probes/intake-statements.js` (without
 * DATABASE_URL: embedded)
 */
async function main() {
  const db = await freshDatabase(process.env.DATABASE_URL ? 'server' : 'embedded');
  const app = await startApp(db);
  let log: { text: string; ms: number }[] | null = null;
  // Timed at TypeORM's query runner (both databases): from the call to its answer.
  const runner = app.dataSource.createQueryRunner();
  const proto = Object.getPrototypeOf(runner) as { query: (...a: unknown[]) => Promise<unknown> };
  await runner.release();
  const orig = proto.query;
  proto.query = async function (this: unknown, ...args: unknown[]) {
    const text = args[0];
    if (!log || typeof text !== 'string') return orig.apply(this, args);
    const entry = { text: text.replace(/\s+/g, ' ').slice(0, 90), ms: NaN };
    log.push(entry);
    const t0 = performance.now();
    try {
      return await orig.apply(this, args);
    } finally {
      entry.ms = performance.now() - t0;
    }
  };
  try {
    const office = await app.login('demo-office');
    const leader = await app.login('demo-supervisor');
    const elections = await app.gql('{ elections(first: 50) { edges { node { id organization { name } } } } }', {}, office);
    const electionId = elections.elections.edges.find((e: any) => e.node.organization.name === '东村党支部')?.node.id as string;
    const observedAt = new Date(Date.now() - 10 * 60_000).toISOString();
    const first = batch(electionId, observedAt);
    await app.gql(SUBMIT, { input: { observations: first } }, leader);
    const anchor = await plainInsert(
      app.dataSource,
      first.map((o) => o.id),
    );
    const submit = () => app.gql(SUBMIT, { input: { observations: batch(electionId, observedAt) } }, leader);
    for (let i = 0; i < 3; i += 1) await submit();
    for (const [name, run] of [
      ['ours', submit],
      ['anchor', anchor],
    ] as const) {
      await measure(name, run);
    }
  } finally {
    await app.close();
    await db.drop();
  }

  async function measure(name: string, run: () => Promise<unknown>) {
    const sums = new Map<string, number>();
    const n = 10;
    let wall = 0;
    for (let i = 0; i < n; i += 1) {
      log = [];
      const t0 = performance.now();
      await run();
      wall += performance.now() - t0;
      for (const e of log) sums.set(e.text, (sums.get(e.text) ?? 0) + e.ms);
      if (i === 0) console.log(`${name}: statements for one batch: ${log.length}`);
    }
    log = null;
    let total = 0;
    for (const [text, ms] of sums) {
      total += ms / n;
      console.log(`  ${(ms / n).toFixed(2)} ms  ${text}`);
    }
    console.log(`${name}: statements ${total.toFixed(1)} ms of a ${(wall / n).toFixed(1)} ms batch`);
  }
}
void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
