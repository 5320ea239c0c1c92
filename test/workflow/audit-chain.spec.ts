import { sql } from '@scrutineer/db';
import { randomUUID } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';
import { AUDIT_COLUMNS, AuditLog, ManualClock, WorkflowEngine } from '@scrutineer/workflow';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { rejection, userActor, widgetEngine } from './support/harness.js';

const office = userActor('ELECTION_OFFICE');

describe('audit trail', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;

  beforeAll(async () => {
    db = await openTestDatabase();
    ({ engine } = await widgetEngine(db.dataSource));
  });
  afterAll(() => db.drop());

  async function widgetWithHistory(bumps: number): Promise<string> {
    const { id } = await engine.create('widget', { jurisdictionId: null }, office);
    for (let i = 0; i < bumps; i += 1) await engine.send({ type: 'widget', id }, { type: 'BUMP' }, office);
    return id;
  }

  /** Tamper as a database superuser would: with the append-only trigger switched off. */
  async function tamper(statement: string, params: unknown[]): Promise<void> {
    await db.dataSource.transaction(async (tx) => {
      await sql(tx, 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await sql(tx, statement, params);
      await sql(tx, 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
  }

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const id = await widgetWithHistory(1);
    for (const statement of [
      `UPDATE audit_log SET action = 'FORGED' WHERE subject_id = '${id}'`,
      `DELETE FROM audit_log WHERE subject_id = '${id}'`,
      'TRUNCATE audit_log',
    ]) {
      const err = await rejection(sql(db.dataSource.manager, statement));
      expect(err.message).toMatch(/audit_log is append-only/);
    }
    expect((await engine.audit.trail(db.dataSource.manager, id)).length).toBe(2);
  });

  it('names the first altered entry when verifying', async () => {
    const id = await widgetWithHistory(4);
    expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true, entryCount: 5 });
    const third = (await engine.audit.trail(db.dataSource.manager, id))[2]!;
    await tamper(`UPDATE audit_log SET actor_label = 'someone else' WHERE id = $1`, [third.id]);
    const verification = await engine.audit.verify(db.dataSource.manager, id);
    expect(verification).toMatchObject({ valid: false, firstBreak: { reason: 'HASH_MISMATCH', seq: 3, entryId: third.id } });
  });

  it('finds a removed entry in the middle as a gap', async () => {
    const id = await widgetWithHistory(3);
    const second = (await engine.audit.trail(db.dataSource.manager, id))[1]!;
    await tamper('DELETE FROM audit_log WHERE id = $1', [second.id]);
    expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({
      valid: false,
      firstBreak: { reason: 'SEQUENCE_GAP', seq: 3, expectedSeq: 2 },
    });
  });

  it('appends many first entries in a few statements, chained like single appends, and refuses a forked chain', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const existing = await widgetWithHistory(1);
    const at = new Date('2026-03-01T12:00:00Z');
    const entry = (subjectId: string, action: string) => ({ subjectType: 'observation', subjectId, action, actor: office, at });
    const written = await db.dataSource.transaction((tx) =>
      engine.audit.appendMany(tx, [entry(a, 'first'), entry(b, 'first'), entry(a, 'second'), entry(existing, 'later')]),
    );
    expect(written.map((e) => [e.subjectId, e.seq])).toEqual([
      [a, 1],
      [b, 1],
      [a, 2],
      [existing, 3],
    ]);
    for (const id of [a, b, existing]) expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true });
    // A writer that raced onto a chain it took for new cannot fork it: UNIQUE (subject_id, seq) refuses the second seq 1.
    const copy = AUDIT_COLUMNS.replace(/^id,/, 'gen_random_uuid(),');
    const err = await rejection(
      db.dataSource.transaction((tx) =>
        sql(tx, `INSERT INTO audit_log (${AUDIT_COLUMNS}) SELECT ${copy} FROM audit_log WHERE subject_id = $1`, [b]),
      ),
    );
    expect(err.message).toMatch(/audit_log_subject_id_seq_key|duplicate key/);
  });

  it('stores a batch of first entries exactly as they were hashed, whatever their text, numbers and nulls', async () => {
    const at = new Date('2026-03-01T12:00:00.123Z');
    const inputs = Array.from({ length: 300 }, (_, i) => ({
      subjectType: 'observation',
      subjectId: randomUUID(),
      action: 'observation.submit',
      fromState: i % 2 ? 'A' : null,
      toState: i % 3 ? null : 'B',
      data: { i, text: `秩序良好 😀 "quoted" \\ back\nline ${i}`, n: [0.1 + 0.2, -0, 1e21, null], nested: { z: true, a: { list: [] } } },
      actor: i % 2 ? office : { kind: 'system' as const, id: null, role: null, label: 'worker', ip: null },
      jurisdictionId: i % 4 ? null : randomUUID(),
      machineVersion: i % 5 ? null : i,
      at,
    }));
    const written = await db.dataSource.transaction((tx) => engine.audit.appendMany(tx, inputs));
    for (const record of [written[0]!, written[1]!, written[150]!, written[299]!]) {
      expect(await engine.audit.trail(db.dataSource.manager, record.subjectId)).toEqual([record]);
      expect(await engine.audit.verify(db.dataSource.manager, record.subjectId)).toMatchObject({ valid: true, entryCount: 1 });
    }
  });

  it('catches a truncated tail and a rewritten chain through the anchors', async () => {
    const truncated = await widgetWithHistory(3);
    const rewritten = await widgetWithHistory(2);
    const anchor = await db.dataSource.transaction((tx) => engine.audit.anchor(tx, new Date('2026-03-02T00:00:00Z')));
    expect(anchor!.headCount).toBeGreaterThanOrEqual(2);
    expect(await db.dataSource.transaction((tx) => engine.audit.anchor(tx, new Date('2026-03-02T00:01:00Z')))).toBeNull();
    expect(await engine.audit.verify(db.dataSource.manager, truncated)).toMatchObject({ valid: true, anchoredSeq: 4 });

    // Deleting the newest entry leaves a chain that is consistent on its own: only the anchor knows.
    await tamper('DELETE FROM audit_log WHERE subject_id = $1 AND seq = 4', [truncated]);
    expect(await engine.audit.verify(db.dataSource.manager, truncated)).toMatchObject({
      valid: false,
      firstBreak: { reason: 'ANCHORED_ENTRY_MISSING', seq: 4, anchorId: anchor!.id },
    });

    // Rewrite the last entry and recompute its hash: the chain holds, the anchor does not.
    const last = (await engine.audit.trail(db.dataSource.manager, rewritten)).at(-1)!;
    const { chainHash, hashedBody } = await import('@scrutineer/workflow');
    const forged = { ...last, actor: { ...last.actor, label: 'forger' } };
    await tamper('UPDATE audit_log SET actor_label = $2, hash = $3 WHERE id = $1', [
      last.id,
      'forger',
      chainHash(last.prevHash, hashedBody(forged)),
    ]);
    expect(await engine.audit.verify(db.dataSource.manager, rewritten)).toMatchObject({
      valid: false,
      firstBreak: { reason: 'ANCHOR_MISMATCH', seq: last.seq, entryId: last.id },
    });
  });

  describe('under concurrency', () => {
    const onServer = process.env.DATABASE_URL ? it : it.skip;
    /** An entry outside the engine on the widget's chain, as a reveal of a case's identity writes one. */
    const look = (id: string, i: number) =>
      db.dataSource.transaction((tx) =>
        engine.audit.append(tx, {
          subjectType: 'widget',
          subjectId: id,
          action: 'widget.looked_at',
          data: { i },
          actor: office,
          at: new Date(),
        }),
      );

    it('stays one gapless, valid chain when steps and appends outside the engine reach one aggregate at once', async () => {
      const id = await widgetWithHistory(0);
      const n = 12;
      await Promise.all(
        Array.from({ length: n }, (_, i) => [engine.send({ type: 'widget', id }, { type: 'BUMP' }, office), look(id, i)]).flat(),
      );
      const trail = await engine.audit.trail(db.dataSource.manager, id);
      expect(trail.map((e) => e.seq)).toEqual(Array.from({ length: 2 * n + 1 }, (_, i) => i + 1));
      expect(trail.filter((e) => e.action === 'BUMP')).toHaveLength(n);
      expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true, entryCount: 2 * n + 1 });
      expect((await engine.load({ type: 'widget', id })).version).toBe(n + 1);
    });

    onServer('an append outside the engine waits for the step that holds the aggregate, and links to its entry', async () => {
      const id = await widgetWithHistory(0);
      const runner = (await db.another()).createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const step = await engine.send({ type: 'widget', id }, { type: 'BUMP' }, office, { manager: runner.manager });
        let done = false;
        const appended = look(id, 0).then((entry) => ((done = true), entry));
        await setTimeout(300);
        expect(done).toBe(false);
        await runner.commitTransaction();
        expect(await appended).toMatchObject({ seq: 3, prevHash: step.entry.hash });
      } finally {
        await runner.release();
      }
      expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true, entryCount: 3 });
    });

    onServer('a step that waited for an append outside the engine links its entry to that one', async () => {
      const id = await widgetWithHistory(0);
      const runner = (await db.another()).createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        const looked = await engine.audit.append(runner.manager, {
          subjectType: 'widget',
          subjectId: id,
          action: 'widget.looked_at',
          actor: office,
          at: new Date(),
        });
        let done = false;
        const stepped = engine.send({ type: 'widget', id }, { type: 'BUMP' }, office).then((r) => ((done = true), r));
        await setTimeout(300);
        expect(done).toBe(false);
        await runner.commitTransaction();
        // Its locking read began before the append committed: the head it saw then is stale, the entry is not.
        expect((await stepped).entry).toMatchObject({ seq: 3, prevHash: looked.hash });
      } finally {
        await runner.release();
      }
      expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true, entryCount: 3 });
    });

    it('refuses to step with an audit log that would not lock the aggregate for appends outside the engine', async () => {
      const id = await widgetWithHistory(0);
      const bare = new WorkflowEngine(db.dataSource, engine.registry, new ManualClock('2026-03-01T00:00:00.000Z'), new AuditLog());
      const err = await rejection(bare.send({ type: 'widget', id }, { type: 'BUMP' }, office));
      expect(err.message).toMatch(/does not lock widget chains by their test_widgets rows/);
    });
  });

  describe('anchors', () => {
    const anchorAt = (ds: import('typeorm').DataSource, at: string, minIntervalMs = 0) =>
      ds.transaction((tx) => engine.audit.anchor(tx, new Date(at), minIntervalMs));

    it('chain one to the next, and verify', async () => {
      await widgetWithHistory(1);
      await anchorAt(db.dataSource, '2026-04-01T00:00:00Z');
      await widgetWithHistory(1);
      await anchorAt(db.dataSource, '2026-04-01T01:00:00Z');
      expect(await engine.audit.verifyAnchors(db.dataSource.manager)).toMatchObject({ valid: true, firstBreak: null });
    });

    it('are taken no more often than the interval, counted from the last anchor in the database', async () => {
      await widgetWithHistory(1);
      const first = await anchorAt(db.dataSource, '2026-04-02T00:00:00Z', 600_000);
      expect(first).not.toBeNull();
      await widgetWithHistory(1);
      expect(await anchorAt(db.dataSource, '2026-04-02T00:05:00Z', 600_000)).toBeNull();
      expect(await anchorAt(db.dataSource, '2026-04-02T00:10:00Z', 600_000)).not.toBeNull();
    });

    it('never fork when two workers anchor at once', async () => {
      await widgetWithHistory(2);
      const other = await db.another();
      const results = await Promise.all([anchorAt(db.dataSource, '2026-04-03T00:00:00Z'), anchorAt(other, '2026-04-03T00:00:00Z')]);
      expect(results.filter((r) => r !== null)).toHaveLength(1);
      const forks = await sql<{ n: number }>(
        db.dataSource.manager,
        'SELECT count(*)::int AS n FROM audit_anchors GROUP BY prev_digest HAVING count(*) > 1',
      );
      expect(forks).toEqual([]);
      expect(await engine.audit.verifyAnchors(db.dataSource.manager)).toMatchObject({ valid: true });
    });

    it('name the first anchor whose heads were removed or whose digest was changed', async () => {
      await widgetWithHistory(1);
      const anchor = (await anchorAt(db.dataSource, '2026-04-04T00:00:00Z'))!;
      await db.dataSource.transaction(async (tx) => {
        await sql(tx, 'ALTER TABLE audit_anchor_heads DISABLE TRIGGER audit_anchor_heads_append_only');
        await sql(tx, 'DELETE FROM audit_anchor_heads WHERE anchor_id = $1', [anchor.id]);
        await sql(tx, 'ALTER TABLE audit_anchor_heads ENABLE TRIGGER audit_anchor_heads_append_only');
      });
      expect(await engine.audit.verifyAnchors(db.dataSource.manager)).toMatchObject({
        valid: false,
        firstBreak: { anchorId: anchor.id, reason: 'HEADS_MISSING' },
      });
    });
  });
});
