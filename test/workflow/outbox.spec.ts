import { randomUUID } from 'node:crypto';
import { sql } from '@scrutineer/db';
import { ManualClock, OutboxRelay, type OutboxHandler, type OutboxMessage } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import { openTestDatabase, type TestDatabase } from '../support/database.js';
import { countRows } from './support/harness.js';

/** A handler whose effect is a row in a table: what "handled twice" would look like is visible. */
function recordingHandler(name: string, topics: readonly string[] | '*', failFirst = 0): OutboxHandler & { calls: number } {
  let failures = failFirst;
  const handler = {
    name,
    topics,
    calls: 0,
    async handle(message: OutboxMessage, { manager }: { manager: import('typeorm').EntityManager }) {
      handler.calls += 1;
      await sql(manager, 'INSERT INTO test_effects (message_id, handler) VALUES ($1, $2)', [message.id, name]);
      if (failures > 0) {
        failures -= 1;
        throw new Error(`${name} is down`);
      }
    },
  };
  return handler;
}

async function enqueue(dataSource: DataSource, topic: string, now: Date): Promise<string> {
  const id = randomUUID();
  await sql(
    dataSource.manager,
    `INSERT INTO outbox (id, aggregate_type, aggregate_id, topic, payload, created_at, available_at) VALUES ($1, 'widget', $2, $3, '{}', $4, $4)`,
    [id, randomUUID(), topic, now],
  );
  return id;
}

describe('outbox relay', () => {
  let db: TestDatabase;
  const clock = new ManualClock('2026-03-01T00:00:00.000Z');

  beforeAll(async () => {
    db = await openTestDatabase();
    await sql(db.dataSource.manager, 'CREATE TABLE test_effects (message_id uuid NOT NULL, handler text NOT NULL)');
  });
  afterAll(() => db.drop());

  const effects = (messageId: string) => countRows(db.dataSource, 'test_effects', 'message_id = $1', [messageId]);

  it('delivers each message to the handlers of its topic once, and records it', async () => {
    const a = recordingHandler('a', ['t.one']);
    const b = recordingHandler('b', '*');
    const relay = new OutboxRelay(db.dataSource, [a, b], clock);
    const id = await enqueue(db.dataSource, 't.one', clock.now());
    const other = await enqueue(db.dataSource, 't.two', clock.now());
    expect(await relay.runPending()).toEqual({ delivered: 2, failed: 0 });
    expect(await relay.runPending()).toEqual({ delivered: 0, failed: 0 });
    expect(await effects(id)).toBe(2);
    expect(await effects(other)).toBe(1);
    expect(await countRows(db.dataSource, 'outbox_deliveries', 'message_id = $1', [id])).toBe(2);
    expect(await countRows(db.dataSource, 'outbox', 'id = $1 AND delivered_at IS NOT NULL', [id])).toBe(1);
  });

  it('retries a failed handler later without handling the message again in the handler that succeeded', async () => {
    const ok = recordingHandler('ok', ['t.retry']);
    const flaky = recordingHandler('flaky', ['t.retry'], 1);
    const relay = new OutboxRelay(db.dataSource, [flaky, ok], clock);
    const id = await enqueue(db.dataSource, 't.retry', clock.now());
    expect(await relay.runPending()).toEqual({ delivered: 0, failed: 1 });
    // The failed handler's own write was rolled back with its savepoint.
    expect(await countRows(db.dataSource, 'test_effects', 'message_id = $1 AND handler = $2', [id, 'flaky'])).toBe(0);
    const [row] = await sql<{ attempts: number; last_error: string }>(
      db.dataSource.manager,
      'SELECT attempts, last_error FROM outbox WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ attempts: 1, last_error: 'flaky: flaky is down' });
    // The other handler ran in the same pass, despite the failure before or after it.
    expect(ok.calls).toBe(1);
    // Backed off: not retried at once.
    expect(await relay.runPending()).toEqual({ delivered: 0, failed: 0 });
    clock.advance(60_000);
    expect(await relay.runPending()).toEqual({ delivered: 1, failed: 0 });
    expect(ok.calls).toBe(1);
    expect(flaky.calls).toBe(2);
    expect(await effects(id)).toBe(2);
  });

  it('after a crash between handling and marking, re-delivers the message but does not handle it twice', async () => {
    const a = recordingHandler('crash-a', ['t.crash']);
    const id = await enqueue(db.dataSource, 't.crash', clock.now());
    // As if a relay had committed the handler's work and died before marking the message delivered.
    await sql(db.dataSource.manager, 'INSERT INTO test_effects (message_id, handler) VALUES ($1, $2)', [id, 'crash-a']);
    await sql(db.dataSource.manager, 'INSERT INTO outbox_deliveries (message_id, handler, delivered_at) VALUES ($1, $2, $3)', [
      id,
      'crash-a',
      clock.now(),
    ]);
    expect(await new OutboxRelay(db.dataSource, [a], clock).runPending()).toEqual({ delivered: 1, failed: 0 });
    expect(a.calls).toBe(0);
    expect(await effects(id)).toBe(1);
  });

  it('with two relays racing, handles every message once per handler', async () => {
    const ids = [];
    for (let i = 0; i < 20; i += 1) ids.push(await enqueue(db.dataSource, 't.race', clock.now()));
    const h1 = recordingHandler('race', ['t.race']);
    const h2 = recordingHandler('race', ['t.race']);
    const relays = [new OutboxRelay(db.dataSource, [h1], clock), new OutboxRelay(await db.another(), [h2], clock)];
    const passes = await Promise.all([relays[0]!.runPending(), relays[1]!.runPending(), relays[0]!.runPending()]);
    expect(passes.reduce((n, p) => n + p.delivered, 0)).toBe(20);
    expect(h1.calls + h2.calls).toBe(20);
    for (const id of ids) expect(await effects(id)).toBe(1);
  });

  it('leaves a message whose topic no handler here takes pending, rather than marking it delivered', async () => {
    const id = await enqueue(db.dataSource, 't.unknown-here', clock.now());
    const relay = new OutboxRelay(db.dataSource, [recordingHandler('other', ['t.other'])], clock);
    await relay.runPending();
    expect(await countRows(db.dataSource, 'outbox', 'id = $1 AND delivered_at IS NULL AND dead_at IS NULL AND attempts = 0', [id])).toBe(1);
    // A process that knows the topic delivers it.
    expect(await new OutboxRelay(db.dataSource, [recordingHandler('knows', ['t.unknown-here'])], clock).runPending()).toMatchObject({
      delivered: 1,
    });
  });

  it('sets a message aside after the last attempt', async () => {
    const broken = recordingHandler('broken', ['t.dead'], 100);
    const relay = new OutboxRelay(db.dataSource, [broken], clock, undefined, { maxAttempts: 2 });
    const id = await enqueue(db.dataSource, 't.dead', clock.now());
    await relay.runPending();
    clock.advance(3_600_000);
    await relay.runPending();
    clock.advance(3_600_000);
    expect(await relay.runPending()).toEqual({ delivered: 0, failed: 0 });
    expect(broken.calls).toBe(2);
    expect(await countRows(db.dataSource, 'outbox', 'id = $1 AND dead_at IS NOT NULL AND delivered_at IS NULL', [id])).toBe(1);
  });
});
