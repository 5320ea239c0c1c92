import { randomUUID } from 'node:crypto';
import {
  EFFECT,
  type CancelDeadlineEffect,
  type LateEntryEffect,
  type OutboxEffect,
  type ScheduleDeadlineEffect,
  type WorkflowActor,
} from '@scrutineer/domain';
import type { EntityManager } from 'typeorm';
import { outboxInsert } from '../outbox/enqueue.js';
import type { AggregateRow, WorkflowDefinition } from './definition.js';
import { lateEntryInsert } from './late-entries.js';
import { WriteBatch } from './write-batch.js';

interface ExecutableAction {
  type: string;
  params?: unknown;
}

function isoInstant(value: unknown, what: string): Date {
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: not an ISO instant: ${String(value)}`);
  return date;
}

/**
 * Write the effects a transition produced, in the transition's own transaction: outbox rows,
 * deadline rows, late entries (beside the transition's audit entry), and custom in-transaction effects. Built-in XState actions are already reflected
 * in the snapshot; actions the runtime does not know are ignored. The plain writes join `batch` (with the
 * audit entry already in it): all of them are sent by the time this returns, custom effects after what
 * came before them.
 */
export async function applyEffects(
  manager: EntityManager,
  definition: WorkflowDefinition,
  row: AggregateRow,
  actions: readonly ExecutableAction[],
  actor: WorkflowActor,
  now: Date,
  auditEntryId: string | null = null,
  batch: WriteBatch = new WriteBatch(manager),
): Promise<void> {
  // One pending deadline per aggregate and kind: two writes to the same kind go in separate statements.
  const deadline = (kind: string) => `deadline:${kind}`;
  for (const action of actions) {
    switch (action.type) {
      case EFFECT.outbox: {
        const { topic, payload } = action.params as OutboxEffect;
        await batch.add(outboxInsert({ aggregateType: definition.type, aggregateId: row.id, topic, payload, now }));
        break;
      }
      case EFFECT.scheduleDeadline: {
        const effect = action.params as ScheduleDeadlineEffect;
        const dueAt = isoInstant(effect.dueAt, `deadline ${effect.kind}`);
        const event = effect.event ?? { type: 'DEADLINE', kind: effect.kind };
        // One pending deadline per aggregate and kind: scheduling again moves it.
        await batch.add(
          {
            text: `INSERT INTO deadlines (id, aggregate_type, aggregate_id, kind, due_at, event, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (aggregate_id, kind) WHERE fired_at IS NULL AND cancelled_at IS NULL
           DO UPDATE SET due_at = EXCLUDED.due_at, event = EXCLUDED.event, attempts = 0, last_error = NULL, next_attempt_at = NULL`,
            params: [randomUUID(), definition.type, row.id, effect.kind, dueAt, JSON.stringify(event), now],
          },
          deadline(effect.kind),
        );
        break;
      }
      case EFFECT.cancelDeadline: {
        const { kind } = action.params as CancelDeadlineEffect;
        await batch.add(
          {
            text: `UPDATE deadlines SET cancelled_at = $3, outcome = 'cancelled'
           WHERE aggregate_id = $1 AND kind = $2 AND fired_at IS NULL AND cancelled_at IS NULL`,
            params: [row.id, kind, now],
          },
          deadline(kind),
        );
        break;
      }
      case EFFECT.lateEntry: {
        await batch.add(
          lateEntryInsert({
            subjectType: definition.type,
            subjectId: row.id,
            jurisdictionId: row.jurisdiction_id,
            entry: action.params as LateEntryEffect,
            actor,
            auditEntryId,
          }),
        );
        break;
      }
      default: {
        const handler = definition.effects?.[action.type];
        if (!handler) break;
        // A custom effect may read what came before it (or send to another aggregate): send that first.
        await batch.flush();
        await handler({ manager, row, params: action.params, actor, now });
      }
    }
  }
  await batch.flush();
}
