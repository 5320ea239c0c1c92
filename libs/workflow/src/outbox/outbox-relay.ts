import type { Clock } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { DataSource, EntityManager } from 'typeorm';
import { silentLogger, type WorkflowLogger } from '../logger.js';

export interface OutboxMessage {
  id: string;
  aggregateType: string;
  aggregateId: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  attempts: number;
}

/**
 * Handles messages of some topics. Its writes go through `manager`, in the same transaction that
 * records the delivery, so a handled message is never handled again by the same handler.
 */
export interface OutboxHandler {
  /** Stable name: deliveries are recorded under it. Renaming a handler re-delivers old messages. */
  name: string;
  topics: readonly string[] | '*';
  handle(message: OutboxMessage, context: { manager: EntityManager; now: Date }): Promise<void>;
}

export interface RelayPass {
  delivered: number;
  failed: number;
}

export interface OutboxRelayOptions {
  batchSize?: number;
  /** After this many failed attempts a message is set aside (`dead_at`) and logged. */
  maxAttempts?: number;
}

interface OutboxRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
}

/**
 * Delivers outbox messages at least once, and each handler's effect exactly once (ARCHITECTURE.md §5).
 * A message is processed in one transaction holding its row (FOR UPDATE SKIP LOCKED, so relays do
 * not collide); each handler runs in a savepoint together with the row that records its delivery.
 * A failing handler rolls back to its savepoint and the others still run; handlers that succeeded
 * keep their delivery, and the message is retried later (with backoff) for the failed ones only.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly maxAttempts: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: readonly OutboxHandler[],
    private readonly clock: Clock,
    private readonly logger: WorkflowLogger = silentLogger,
    options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.maxAttempts = options.maxAttempts ?? 10;
    const names = new Set<string>();
    for (const h of handlers) {
      if (names.has(h.name)) throw new Error(`Two outbox handlers are named ${h.name}`);
      names.add(h.name);
    }
  }

  async runPending(): Promise<RelayPass> {
    const pass: RelayPass = { delivered: 0, failed: 0 };
    const pending = await sql<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM outbox WHERE delivered_at IS NULL AND dead_at IS NULL AND available_at <= $1 ${this.topicFilter('$2')}
       ORDER BY position LIMIT ${this.batchSize}`,
      this.topicFilterParams([this.clock.now()]),
    );
    for (const { id } of pending) {
      const outcome = await this.dataSource.transaction((tx) => this.deliver(tx, id));
      if (outcome === 'delivered') pass.delivered += 1;
      if (outcome === 'failed') pass.failed += 1;
    }
    return pass;
  }

  /**
   * Only topics some handler here takes: a message nobody here knows stays pending (for the
   * process, perhaps of a newer release, that does) instead of being marked delivered unhandled.
   */
  private topicFilter(param: string): string {
    return this.handlers.some((h) => h.topics === '*') ? '' : `AND topic = ANY(${param})`;
  }

  private topicFilterParams(params: unknown[]): unknown[] {
    if (this.handlers.some((h) => h.topics === '*')) return params;
    return [...params, [...new Set(this.handlers.flatMap((h) => (h.topics === '*' ? [] : h.topics)))]];
  }

  private async deliver(tx: EntityManager, id: string): Promise<'delivered' | 'failed' | 'skipped'> {
    const now = this.clock.now();
    const [row] = await sql<OutboxRow>(
      tx,
      `SELECT id, aggregate_type, aggregate_id, topic, payload, created_at, attempts FROM outbox
       WHERE id = $1 AND delivered_at IS NULL AND dead_at IS NULL AND available_at <= $2 FOR UPDATE SKIP LOCKED`,
      [id, now],
    );
    if (!row) return 'skipped';
    const message: OutboxMessage = {
      id: row.id,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      topic: row.topic,
      payload: row.payload,
      createdAt: new Date(row.created_at),
      attempts: Number(row.attempts),
    };
    const done = new Set(
      (await sql<{ handler: string }>(tx, 'SELECT handler FROM outbox_deliveries WHERE message_id = $1', [id])).map((d) => d.handler),
    );
    const failures: string[] = [];
    for (const handler of this.handlers) {
      if (handler.topics !== '*' && !handler.topics.includes(message.topic)) continue;
      if (done.has(handler.name)) continue;
      await sql(tx, 'SAVEPOINT outbox_handler');
      try {
        await handler.handle(message, { manager: tx, now });
        await sql(tx, 'INSERT INTO outbox_deliveries (message_id, handler, delivered_at) VALUES ($1, $2, $3)', [id, handler.name, now]);
        await sql(tx, 'RELEASE SAVEPOINT outbox_handler');
      } catch (err) {
        // Undo this handler's writes only; the others still get their turn.
        await sql(tx, 'ROLLBACK TO SAVEPOINT outbox_handler');
        failures.push(`${handler.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (failures.length > 0) {
      await this.recordFailure(tx, message, failures, now);
      return 'failed';
    }
    await sql(tx, 'UPDATE outbox SET delivered_at = $2 WHERE id = $1 RETURNING id', [id, now]);
    return 'delivered';
  }

  private async recordFailure(tx: EntityManager, message: OutboxMessage, failures: string[], now: Date): Promise<void> {
    const error = failures.join('; ');
    const attempts = message.attempts + 1;
    const dead = attempts >= this.maxAttempts;
    const retryAt = new Date(now.getTime() + Math.min(3600, 2 ** attempts) * 1000);
    await sql(tx, 'UPDATE outbox SET attempts = $2, last_error = $3, available_at = $4, dead_at = $5 WHERE id = $1 RETURNING id', [
      message.id,
      attempts,
      error,
      retryAt,
      dead ? now : null,
    ]);
    this.logger[dead ? 'error' : 'warn'](
      { messageId: message.id, topic: message.topic, attempts, err: error },
      dead ? 'outbox message set aside after its last attempt' : 'outbox handler failed; will retry',
    );
  }
}
