import { sql } from '@scrutineer/db';
import { DeadlineScheduler, ManualClock, WorkflowEngine, WorkflowRegistry } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { countRows, userActor, widgetEngine } from './support/harness.js';
import { REVIEW_DAYS, widgetDefinition } from './support/widget.js';

const DAY = 86_400_000;
const office = userActor('ELECTION_OFFICE');

const schedulerOn = (dataSource: DataSource, clock: ManualClock) =>
  new DeadlineScheduler(dataSource, new WorkflowEngine(dataSource, new WorkflowRegistry([widgetDefinition]), clock), clock);

async function submittedWidget(engine: WorkflowEngine): Promise<string> {
  const { id } = await engine.create('widget', { jurisdictionId: null, columns: { attachments: 1 } }, office);
  await engine.send({ type: 'widget', id }, { type: 'SUBMIT' }, office);
  return id;
}

describe('durable deadlines', () => {
  describe('with two scheduler instances', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await openTestDatabase();
    });
    afterAll(() => db.drop());

    it('fires each due deadline exactly once, however the two race', async () => {
      const clock = new ManualClock('2026-03-01T00:00:00.000Z');
      const { engine } = await widgetEngine(db.dataSource, clock);
      const ids = [];
      for (let i = 0; i < 12; i += 1) ids.push(await submittedWidget(engine));
      const first = schedulerOn(db.dataSource, clock);
      const second = schedulerOn(await db.another(), clock);

      // Not due yet: nothing fires.
      clock.advance(REVIEW_DAYS * DAY - 1);
      expect(await first.runDue()).toEqual({ delivered: 0, rejected: 0, failed: 0 });

      clock.advance(1);
      const passes = await Promise.all([first.runDue(), second.runDue(), first.runDue(), second.runDue()]);
      expect(passes.reduce((n, p) => n + p.delivered, 0)).toBe(12);
      expect(passes.reduce((n, p) => n + p.rejected + p.failed, 0)).toBe(0);

      for (const id of ids) {
        expect((await engine.load({ type: 'widget', id })).state).toBe('expired');
        const trail = await engine.audit.trail(db.dataSource.manager, id);
        expect(trail.filter((e) => e.action === 'DEADLINE')).toHaveLength(1);
        expect(trail.at(-1)!.actor).toMatchObject({ kind: 'system', label: 'system:scheduler' });
        expect(trail.at(-1)!.data).toMatchObject({ deadline: { kind: 'review', dueAt: '2026-03-04T00:00:00.000Z' } });
      }
      expect(await countRows(db.dataSource, 'deadlines', "outcome = 'delivered' AND fired_at IS NOT NULL")).toBe(12);
      expect(await first.runDue()).toEqual({ delivered: 0, rejected: 0, failed: 0 });
    });

    it('never fires a deadline whose state was left in time (it is cancelled on exit)', async () => {
      const clock = new ManualClock('2026-04-01T00:00:00.000Z');
      const { engine } = await widgetEngine(db.dataSource, clock);
      const id = await submittedWidget(engine);
      await engine.send({ type: 'widget', id }, { type: 'APPROVE' }, office);
      clock.advance(10 * DAY);
      await schedulerOn(db.dataSource, clock).runDue();
      expect((await engine.load({ type: 'widget', id })).state).toBe('approved');
      expect(await countRows(db.dataSource, 'deadlines', "aggregate_id = $1 AND outcome = 'cancelled' AND fired_at IS NULL", [id])).toBe(1);
    });

    it('records a deadline its workflow refuses as rejected, without retrying it', async () => {
      const clock = new ManualClock('2026-05-01T00:00:00.000Z');
      const { engine } = await widgetEngine(db.dataSource, clock);
      const { id } = await engine.create('widget', { jurisdictionId: null }, office);
      // A stray deadline for a state that does not take it.
      await sql(
        db.dataSource.manager,
        `INSERT INTO deadlines (id, aggregate_type, aggregate_id, kind, due_at, event, created_at)
         VALUES (gen_random_uuid(), 'widget', $1, 'stray', $2, '{"type":"DEADLINE","kind":"stray"}', $2)`,
        [id, clock.now()],
      );
      expect(await schedulerOn(db.dataSource, clock).runDue()).toEqual({ delivered: 0, rejected: 1, failed: 0 });
      const [row] = await sql<{ outcome: string; last_error: string }>(
        db.dataSource.manager,
        "SELECT outcome, last_error FROM deadlines WHERE aggregate_id = $1 AND kind = 'stray'",
        [id],
      );
      expect(row!.outcome).toBe('rejected');
      expect(row!.last_error).toContain('DEADLINE is not possible now');
      expect((await engine.load({ type: 'widget', id })).version).toBe(1);
      expect(await schedulerOn(db.dataSource, clock).runDue()).toEqual({ delivered: 0, rejected: 0, failed: 0 });
    });
  });

  it('leaves deadlines of workflows this process does not know pending', async () => {
    const db = await openTestDatabase();
    try {
      const clock = new ManualClock('2026-07-01T00:00:00.000Z');
      await sql(
        db.dataSource.manager,
        `INSERT INTO deadlines (id, aggregate_type, aggregate_id, kind, due_at, event, created_at)
         VALUES (gen_random_uuid(), 'newer_workflow', gen_random_uuid(), 'k', $1, '{"type":"DEADLINE"}', $1)`,
        [clock.now()],
      );
      await widgetEngine(db.dataSource, clock);
      expect(await schedulerOn(db.dataSource, clock).runDue()).toEqual({ delivered: 0, rejected: 0, failed: 0 });
      expect(
        await countRows(
          db.dataSource,
          'deadlines',
          "aggregate_type = 'newer_workflow' AND fired_at IS NULL AND cancelled_at IS NULL AND attempts = 0",
        ),
      ).toBe(1);
    } finally {
      await db.drop();
    }
  });

  describe('across a restart', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await openTestDatabase({ persistent: true });
    });
    afterAll(() => db.drop());

    it('fires a deadline that fell due while the process was down', async () => {
      const clock = new ManualClock('2026-06-01T00:00:00.000Z');
      const { engine } = await widgetEngine(db.dataSource, clock);
      const id = await submittedWidget(engine);

      // The process stops; time passes beyond the deadline; a new process starts on the same data.
      const reopened = await db.restart();
      clock.advance((REVIEW_DAYS + 2) * DAY);
      const afterRestart = schedulerOn(reopened, clock);
      expect(await afterRestart.runDue()).toEqual({ delivered: 1, rejected: 0, failed: 0 });
      const engineAfter = new WorkflowEngine(reopened, new WorkflowRegistry([widgetDefinition]), clock);
      expect((await engineAfter.load({ type: 'widget', id })).state).toBe('expired');
      const [deadline] = await sql<{ fired_at: Date; due_at: Date }>(
        reopened.manager,
        'SELECT fired_at, due_at FROM deadlines WHERE aggregate_id = $1',
        [id],
      );
      expect(new Date(deadline!.fired_at).getTime() - new Date(deadline!.due_at).getTime()).toBe(2 * DAY);
    });
  });
});
