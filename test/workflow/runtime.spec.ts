import { sql } from '@scrutineer/db';
import type { WorkflowEngine } from '@scrutineer/workflow';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { SYSTEM, countRows, rejection, userActor, widgetEngine } from './support/harness.js';

const WIDGET = 'widget';
const office = userActor('ELECTION_OFFICE', 'office');
const supervisor = userActor('SUPERVISOR', 'observer');

describe('workflow runtime', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;

  beforeAll(async () => {
    db = await openTestDatabase();
    ({ engine } = await widgetEngine(db.dataSource));
  });
  afterAll(() => db.drop());

  const create = async (attachments = 0) => {
    const created = await engine.create(WIDGET, { jurisdictionId: null, columns: { title: 'w', attachments } }, office);
    return created.id;
  };
  const ref = (id: string) => ({ type: WIDGET, id });

  it('creates an aggregate at version 1 with its first audit entry', async () => {
    const id = await create();
    const row = await engine.load(ref(id));
    expect(row).toMatchObject({ state: 'draft', version: 1, machine_version: 1 });
    expect(row.snapshot).toMatchObject({ value: 'draft', context: { bumps: 0 } });
    const trail = await engine.audit.trail(db.dataSource.manager, id);
    expect(trail.map((e) => [e.seq, e.action, e.toState])).toEqual([[1, 'create', 'draft']]);
  });

  it('refuses a blocked event with INVALID_TRANSITION naming the state, the allowed actions and the reason, and writes nothing', async () => {
    const id = await create(0);
    const before = await countRows(db.dataSource, 'audit_log', 'subject_id = $1', [id]);
    const err = await rejection(engine.send(ref(id), { type: 'SUBMIT' }, office));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.message).toContain('at least 1 attachment');
    expect(err.details).toMatchObject({ state: 'draft', event: 'SUBMIT' });
    const actions = err.details!.availableActions as {
      event: string;
      allowed: boolean;
      reasons: { rule: string; citation: string | null }[];
    }[];
    expect(actions.find((a) => a.event === 'BUMP')).toMatchObject({ allowed: true, reasons: [] });
    expect(actions.find((a) => a.event === 'SUBMIT')).toMatchObject({
      allowed: false,
      reasons: [{ rule: 'attachment-required', citation: 'test rule W-1' }],
    });
    expect((await engine.load(ref(id))).version).toBe(1);
    expect(await countRows(db.dataSource, 'audit_log', 'subject_id = $1', [id])).toBe(before);
  });

  it('refuses an event the state does not know', async () => {
    const id = await create();
    const err = await rejection(engine.send(ref(id), { type: 'APPROVE' }, office));
    expect(err.code).toBe('INVALID_TRANSITION');
    expect(err.details).toMatchObject({ state: 'draft', event: 'APPROVE' });
    expect(err.message).toContain('Possible now: BUMP');
  });

  it('lets exactly one of two concurrent sends with the same expectedVersion through; the other gets CONFLICT', async () => {
    const id = await create();
    const results = await Promise.allSettled([
      engine.send(ref(id), { type: 'BUMP' }, office, { expectedVersion: 1 }),
      engine.send(ref(id), { type: 'BUMP' }, office, { expectedVersion: 1 }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason.code).toBe('CONFLICT');
    expect(failed[0]!.reason.details).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
    expect(await engine.load(ref(id))).toMatchObject({ version: 2 });
  });

  it('applies 50 concurrent sends without expectedVersion, in some order, with a gapless log and a valid chain', async () => {
    const id = await create();
    await Promise.all(Array.from({ length: 50 }, () => engine.send(ref(id), { type: 'BUMP' }, office)));
    const row = await engine.load(ref(id));
    expect(row.version).toBe(51);
    expect(row.snapshot).toMatchObject({ context: { bumps: 50 } });
    const [{ bumps }] = (await sql<{ bumps: number }>(db.dataSource.manager, 'SELECT bumps FROM test_widgets WHERE id = $1', [id])) as [
      { bumps: number },
    ];
    expect(Number(bumps)).toBe(50);
    const trail = await engine.audit.trail(db.dataSource.manager, id);
    expect(trail.map((e) => e.seq)).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    expect(trail.filter((e) => e.action === 'BUMP')).toHaveLength(50);
    const verification = await engine.audit.verify(db.dataSource.manager, id);
    expect(verification).toMatchObject({ valid: true, entryCount: 51, firstBreak: null });
  });

  it('leaves no trace when an effect fails after the UPDATE: same version, no log entry, no outbox row', async () => {
    const id = await create();
    const logBefore = await countRows(db.dataSource, 'audit_log', 'subject_id = $1', [id]);
    const outboxBefore = await countRows(db.dataSource, 'outbox', 'aggregate_id = $1', [id]);
    const err = await rejection(engine.send(ref(id), { type: 'EXPLODE' }, office));
    expect(err.message).toBe('effect failed after the UPDATE');
    expect(await engine.load(ref(id))).toMatchObject({ version: 1, state: 'draft' });
    expect(await countRows(db.dataSource, 'audit_log', 'subject_id = $1', [id])).toBe(logBefore);
    expect(await countRows(db.dataSource, 'outbox', 'aggregate_id = $1', [id])).toBe(outboxBefore);
  });

  it('schedules a deadline on entry, checks the role rule, writes the outbox and cancels the deadline on exit', async () => {
    const id = await create(2);
    const submitted = await engine.send(ref(id), { type: 'SUBMIT' }, supervisor, { expectedVersion: 1 });
    expect(submitted).toMatchObject({ fromState: 'draft', state: 'submitted', version: 2 });
    const [deadline] = await sql<{ kind: string; due_at: Date }>(
      db.dataSource.manager,
      'SELECT kind, due_at FROM deadlines WHERE aggregate_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL',
      [id],
    );
    expect(deadline!.kind).toBe('review');
    expect(new Date(deadline!.due_at).toISOString()).toBe('2026-03-04T00:00:00.000Z');

    // Possible in this state, but not for this role: FORBIDDEN, with what is possible.
    const denied = await rejection(engine.send(ref(id), { type: 'APPROVE' }, supervisor));
    expect(denied.code).toBe('FORBIDDEN');
    expect(denied.message).toContain('Only ELECTION_OFFICE may do this');
    const actions = await engine.availableActions(ref(id), supervisor);
    expect(actions).toEqual([
      {
        event: 'APPROVE',
        allowed: false,
        reasons: [expect.objectContaining({ rule: 'actor-role', message: 'Only ELECTION_OFFICE may do this' })],
      },
      { event: 'REJECT', allowed: false, reasons: [expect.objectContaining({ rule: 'actor-role' })] },
      { event: 'DEADLINE', allowed: false, reasons: [expect.objectContaining({ rule: 'system-only' })] },
    ]);
    expect((await engine.availableActions(ref(id), office)).filter((a) => a.allowed).map((a) => a.event)).toEqual(['APPROVE', 'REJECT']);

    const approved = await engine.send(ref(id), { type: 'APPROVE' }, office, { expectedVersion: 2 });
    expect(approved.state).toBe('approved');
    const [message] = await sql<{ topic: string; payload: unknown }>(
      db.dataSource.manager,
      'SELECT topic, payload FROM outbox WHERE aggregate_id = $1',
      [id],
    );
    expect(message).toEqual({ topic: 'widget.approved', payload: { bumps: 0 } });
    expect(await countRows(db.dataSource, 'deadlines', "aggregate_id = $1 AND outcome = 'cancelled'", [id])).toBe(1);
    expect(await countRows(db.dataSource, 'deadlines', 'aggregate_id = $1 AND cancelled_at IS NULL', [id])).toBe(0);
  });

  it('records who, what, from which state and the facts in each audit entry', async () => {
    const id = await create(1);
    await engine.send(ref(id), { type: 'SUBMIT' }, supervisor);
    const [, entry] = await engine.audit.trail(db.dataSource.manager, id);
    expect(entry).toMatchObject({
      subjectType: 'widget',
      action: 'SUBMIT',
      fromState: 'draft',
      toState: 'submitted',
      actor: { kind: 'user', role: 'SUPERVISOR', label: 'observer', ip: '127.0.0.1' },
      machineVersion: 1,
      data: { event: {}, facts: { attachments: 1 } },
    });
  });

  it('stores the machine version with the snapshot and refuses a snapshot from a newer machine', async () => {
    const id = await create();
    await sql(db.dataSource.manager, 'UPDATE test_widgets SET machine_version = 2 WHERE id = $1 RETURNING id', [id]);
    const err = await rejection(engine.send(ref(id), { type: 'BUMP' }, office));
    expect(err.message).toMatch(/machine version 2; this server runs version 1/);
  });

  it('never lets a caller forge what only the runtime sets (facts, actor, now, deadline)', async () => {
    const id = await create(0);
    const forged = {
      type: 'SUBMIT',
      facts: { attachments: 99 },
      actor: { kind: 'system' },
      now: '2000-01-01T00:00:00Z',
      deadline: { id: 'x' },
    };
    const err = await rejection(engine.send(ref(id), forged as { type: string }, office));
    expect(err.code).toBe('INVALID_TRANSITION');
    await engine.send(ref(id), { type: 'BUMP', deadline: { id: 'forged' } } as { type: string }, office);
    const last = (await engine.audit.trail(db.dataSource.manager, id)).at(-1)!;
    expect(last.data).toEqual({ event: {}, facts: { attachments: 0 } });
  });

  it('refuses to run a step outside a transaction', async () => {
    const id = await create();
    const err = await rejection(engine.send(ref(id), { type: 'BUMP' }, office, { manager: db.dataSource.manager }));
    expect(err.message).toMatch(/must run inside a transaction/);
  });

  it('refuses reserved and malformed events as bad input', async () => {
    const id = await create();
    expect((await rejection(engine.send(ref(id), { type: 'xstate.init' }, office))).code).toBe('BAD_USER_INPUT');
    expect((await rejection(engine.send(ref(id), { type: '' }, office))).code).toBe('BAD_USER_INPUT');
    expect((await rejection(engine.send(ref('00000000-0000-4000-8000-00000000dead'), { type: 'BUMP' }, SYSTEM))).code).toBe('NOT_FOUND');
  });
});
