import { randomUUID } from 'node:crypto';
import {
  EFFECT,
  type CancelDeadlineEffect,
  type LateEntryEffect,
  type OutboxEffect,
  type ScheduleDeadlineEffect,
  type WorkflowActor,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import { enqueueOutbox } from '../outbox/enqueue.js';
import type { AggregateRow, WorkflowDefinition } from './definition.js';
import { insertLateEntry } from './late-entries.js';

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
 * in the snapshot; actions the runtime does not know are ignored.
 */
export async function applyEffects(
  manager: EntityManager,
  definition: WorkflowDefinition,
  row: AggregateRow,
  actions: readonly ExecutableAction[],
  actor: WorkflowActor,
  now: Date,
  auditEntryId: string | null = null,
): Promise<void> {
  for (const action of actions) {
    switch (action.type) {
      case EFFECT.outbox: {
        const { topic, payload } = action.params as OutboxEffect;
        await enqueueOutbox(manager, { aggregateType: definition.type, aggregateId: row.id, topic, payload, now });
        break;
      }
      case EFFECT.scheduleDeadline: {
        const effect = action.params as ScheduleDeadlineEffect;
        const dueAt = isoInstant(effect.dueAt, `deadline ${effect.kind}`);
        const event = effect.event ?? { type: 'DEADLINE', kind: effect.kind };
        // One pending deadline per aggregate and kind: scheduling again moves it.
        await sql(
          manager,
          `INSERT INTO deadlines (id, aggregate_type, aggregate_id, kind, due_at, event, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (aggregate_id, kind) WHERE fired_at IS NULL AND cancelled_at IS NULL
           DO UPDATE SET due_at = EXCLUDED.due_at, event = EXCLUDED.event, attempts = 0, last_error = NULL, next_attempt_at = NULL`,
          [randomUUID(), definition.type, row.id, effect.kind, dueAt, JSON.stringify(event), now],
        );
        break;
      }
      case EFFECT.cancelDeadline: {
        const { kind } = action.params as CancelDeadlineEffect;
        await sql(
          manager,
          `UPDATE deadlines SET cancelled_at = $3, outcome = 'cancelled'
           WHERE aggregate_id = $1 AND kind = $2 AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id`,
          [row.id, kind, now],
        );
        break;
      }
      case EFFECT.lateEntry: {
        await insertLateEntry(manager, {
          subjectType: definition.type,
          subjectId: row.id,
          jurisdictionId: row.jurisdiction_id,
          entry: action.params as LateEntryEffect,
          actor,
          auditEntryId,
        });
        break;
      }
      default: {
        const handler = definition.effects?.[action.type];
        if (handler) await handler({ manager, row, params: action.params, actor, now });
      }
    }
  }
}
