import { randomUUID } from 'node:crypto';
import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

export interface OutboxEntry {
  aggregateType: string;
  aggregateId: string;
  topic: string;
  payload: Record<string, unknown>;
  now: Date;
}

/**
 * Put a message on the outbox in the caller's transaction (ARCHITECTURE.md §5): written with the change
 * it reports, delivered at least once by the relay. Workflow transitions do this through their effects;
 * plain records (an observation) call it directly.
 */
export async function enqueueOutbox(manager: EntityManager, entry: OutboxEntry): Promise<void> {
  const { text, params } = outboxInsert(entry);
  await sql(manager, text, params);
}

/** The INSERT that enqueues `entry`, to send alone or with the other writes of a transition. */
export function outboxInsert(entry: OutboxEntry): { text: string; params: unknown[] } {
  return {
    text: `INSERT INTO outbox (id, aggregate_type, aggregate_id, topic, payload, created_at, available_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6)`,
    params: [randomUUID(), entry.aggregateType, entry.aggregateId, entry.topic, JSON.stringify(entry.payload ?? {}), entry.now],
  };
}
