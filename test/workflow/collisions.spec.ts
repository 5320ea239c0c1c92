import { sql } from '@scrutineer/db';
import {
  AnchorLockTimeout,
  DeadlineScheduler,
  ManualClock,
  OutboxRelay,
  WorkflowEngine,
  WorkflowRegistry,
  WorkflowWorker,
  type WorkflowDefinition,
} from '@scrutineer/workflow';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { rejection, userActor } from './support/harness.js';
import { createWidgetTable, widgetDefinition } from './support/widget.js';

const office = userActor('ELECTION_OFFICE', 'office');

/** Attempts per aggregate, counted by the definitions' loadFacts (each transaction runs it once). */
const attempts = new Map<string, number>();
const count = (id: string) => {
  const n = (attempts.get(id) ?? 0) + 1;
  attempts.set(id, n);
  return n;
};

/** SQL that fails as PostgreSQL does when a transaction collides under SERIALIZABLE. */
const SERIALIZATION_FAILURE = `DO $$ BEGIN RAISE EXCEPTION 'simulated collision' USING ERRCODE = 'serialization_failure'; END $$`;

describe('collisions inside a workflow step', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  /** Two sends waiting here have each locked their own row: then each locks the other's. */
  let bothLocked: () => void = () => undefined;
  let arrivals = 0;
  let barrier = Promise.resolve();

  const definitions: WorkflowDefinition[] = [
    {
      // Collides on its first attempt (or on every attempt when the widget's title says so).
      ...(widgetDefinition as unknown as WorkflowDefinition),
      type: 'flaky',
      async loadFacts({ manager, row }) {
        const n = count(row.id);
        const [w] = await sql<{ title: string }>(manager, 'SELECT title FROM test_widgets WHERE id = $1', [row.id]);
        if (n === 1 || w!.title === 'always') await sql(manager, SERIALIZATION_FAILURE);
        return { attachments: 0 };
      },
    },
    {
      // Locks its partner (named in title) after its own row: two of them crossing deadlock on the first attempt.
      ...(widgetDefinition as unknown as WorkflowDefinition),
      type: 'crossing',
      async loadFacts({ manager, row }) {
        if (count(row.id) === 1) {
          arrivals += 1;
          if (arrivals === 2) bothLocked();
          await barrier;
        }
        const [w] = await sql<{ title: string }>(manager, 'SELECT title FROM test_widgets WHERE id = $1', [row.id]);
        await sql(manager, 'SELECT id FROM test_widgets WHERE id = $1 FOR UPDATE', [w!.title]);
        return { attachments: 0 };
      },
    },
  ];

  beforeAll(async () => {
    db = await openTestDatabase();
    await createWidgetTable(db.dataSource);
    engine = new WorkflowEngine(db.dataSource, new WorkflowRegistry(definitions), new ManualClock('2026-03-01T00:00:00.000Z'));
  });
  afterAll(() => db.drop());

  const widget = async (type: string, title = '') => (await engine.create(type, { jurisdictionId: null, columns: { title } }, office)).id;

  it('runs the whole step again once after a serialization failure, and it lands', async () => {
    const id = await widget('flaky');
    const done = await engine.send({ type: 'flaky', id }, { type: 'BUMP' }, office, { expectedVersion: 1 });
    expect(done).toMatchObject({ version: 2, context: { bumps: 1 } });
    expect(attempts.get(id)).toBe(2);
    const trail = await engine.audit.trail(db.dataSource.manager, id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'BUMP']);
  });

  it('answers CONFLICT when the retry collides too, and writes nothing', async () => {
    const id = await widget('flaky', 'always');
    const err = await rejection(engine.send({ type: 'flaky', id }, { type: 'BUMP' }, office));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/serialization failure .* Reload and try again/);
    expect(attempts.get(id)).toBe(2);
    expect((await engine.load({ type: 'flaky', id })).version).toBe(1);
    expect((await engine.audit.trail(db.dataSource.manager, id)).map((e) => e.action)).toEqual(['create']);
  });

  // PGlite has one connection, leased to one transaction at a time: a second transaction never holds a
  // lock while the first waits for it, so neither a deadlock nor a lock wait can happen there.
  const onServer = process.env.DATABASE_URL ? it : it.skip;

  onServer('retries the deadlock victim once: both crossing steps land', async () => {
    const a = await widget('crossing');
    const b = await widget('crossing', a);
    await sql(db.dataSource.manager, 'UPDATE test_widgets SET title = $2 WHERE id = $1 RETURNING id', [a, b]);
    barrier = new Promise((resolve) => (bothLocked = resolve));
    const results = await Promise.all([
      engine.send({ type: 'crossing', id: a }, { type: 'BUMP' }, office),
      engine.send({ type: 'crossing', id: b }, { type: 'BUMP' }, office),
    ]);
    expect(results.map((r) => r.version)).toEqual([2, 2]);
    // One of the two was chosen as the deadlock victim and ran again.
    expect((attempts.get(a) ?? 0) + (attempts.get(b) ?? 0)).toBe(3);
  });

  onServer('gives up anchoring after the lock timeout while a long append holds the table, and anchors next time', async () => {
    const other = await db.another();
    const runner = other.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // An append in flight holds ROW EXCLUSIVE on audit_log until it commits.
      await engine.audit.append(runner.manager, {
        subjectType: 'widget',
        subjectId: await widget('flaky'),
        action: 'SLOW',
        actor: office,
        at: new Date(),
      });
      const started = Date.now();
      const err = await rejection(db.dataSource.transaction((tx) => engine.audit.anchor(tx, new Date(), 0, 300)));
      expect(err).toBeInstanceOf(AnchorLockTimeout);
      expect(Date.now() - started).toBeLessThan(3000);
      // Other writers were not held up behind it: a step lands while the slow append is still open.
      await engine.send({ type: 'flaky', id: await widget('flaky', 'once') }, { type: 'BUMP' }, office);

      // The worker's pass logs the timeout and goes on.
      const warnings: string[] = [];
      const log = { info: () => undefined, warn: (_: object, msg?: string) => void warnings.push(msg ?? ''), error: () => undefined };
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const worker = new WorkflowWorker(
        db.dataSource,
        new DeadlineScheduler(db.dataSource, engine, clock),
        new OutboxRelay(db.dataSource, [], clock),
        engine.audit,
        clock,
        { pollIntervalMs: 1000, anchorIntervalMs: 1 },
        log,
      );
      await worker.runOnce();
      expect(warnings.join()).toMatch(/gave up waiting for its table locks/);
    } finally {
      await runner.commitTransaction();
      await runner.release();
    }
    expect(await db.dataSource.transaction((tx) => engine.audit.anchor(tx, new Date(), 0, 300))).not.toBeNull();
  });
});
