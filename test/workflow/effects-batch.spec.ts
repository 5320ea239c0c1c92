import { EFFECT, effectActions, type Envelope } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { ManualClock, WorkflowEngine, WorkflowRegistry, type WorkflowDefinition } from '@scrutineer/workflow';
import { setup } from 'xstate';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { countRows, userActor } from './support/harness.js';
import { createWidgetTable } from './support/widget.js';

const DAY = 86_400_000;
const office = userActor('ELECTION_OFFICE');
const inDays = (now: string, days: number) => new Date(new Date(now).getTime() + days * DAY).toISOString();

/** One step that cancels and schedules the same kind of deadline twice over, besides another kind and an outbox row. */
const mover = setup({ types: {} as { events: Envelope<{ type: 'MOVE' }> }, actions: effectActions }).createMachine({
  id: 'mover',
  initial: 'moving',
  states: {
    moving: {
      on: {
        MOVE: {
          actions: [
            { type: EFFECT.cancelDeadline, params: { kind: 'review' } },
            { type: EFFECT.scheduleDeadline, params: ({ event }) => ({ kind: 'review', dueAt: inDays(event.now, 1) }) },
            { type: EFFECT.scheduleDeadline, params: ({ event }) => ({ kind: 'review', dueAt: inDays(event.now, 2) }) },
            { type: EFFECT.scheduleDeadline, params: ({ event }) => ({ kind: 'reply', dueAt: inDays(event.now, 5) }) },
            { type: EFFECT.outbox, params: { topic: 'mover.moved', payload: {} } },
          ],
        },
      },
    },
  },
});

const moverDefinition: WorkflowDefinition = { type: 'mover', table: 'test_widgets', machine: mover, version: 1 };

describe('the writes of one step, sent together', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    await createWidgetTable(db.dataSource);
    engine = new WorkflowEngine(db.dataSource, new WorkflowRegistry([moverDefinition]), clock);
  });
  afterAll(() => db.drop());

  const deadlines = (id: string) =>
    sql<{ kind: string; due_at: Date; outcome: string | null }>(
      db.dataSource.manager,
      'SELECT kind, due_at, outcome FROM deadlines WHERE aggregate_id = $1 ORDER BY kind, created_at, outcome NULLS LAST',
      [id],
    );

  it('apply in order: a deadline scheduled twice in one step is moved, one cancelled before is cancelled', async () => {
    const { id } = await engine.create('mover', { jurisdictionId: null }, office);
    await engine.send({ type: 'mover', id }, { type: 'MOVE' }, office);
    expect((await deadlines(id)).map((d) => [d.kind, new Date(d.due_at).toISOString(), d.outcome])).toEqual([
      ['reply', '2026-03-06T00:00:00.000Z', null],
      ['review', '2026-03-03T00:00:00.000Z', null],
    ]);

    clock.advance(DAY);
    await engine.send({ type: 'mover', id }, { type: 'MOVE' }, office);
    expect((await deadlines(id)).map((d) => [d.kind, new Date(d.due_at).toISOString(), d.outcome])).toEqual([
      ['reply', '2026-03-07T00:00:00.000Z', null],
      ['review', '2026-03-03T00:00:00.000Z', 'cancelled'],
      ['review', '2026-03-04T00:00:00.000Z', null],
    ]);
    expect(await countRows(db.dataSource, 'outbox', 'aggregate_id = $1', [id])).toBe(2);
    expect((await engine.audit.trail(db.dataSource.manager, id)).map((e) => [e.seq, e.action])).toEqual([
      [1, 'create'],
      [2, 'MOVE'],
      [3, 'MOVE'],
    ]);
    expect(await engine.audit.verify(db.dataSource.manager, id)).toMatchObject({ valid: true });
  });
});
