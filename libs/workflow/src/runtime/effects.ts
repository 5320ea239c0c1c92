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
import { combine, run, type Statement } from './write-batch.js';

interface ExecutableAction {
  type: string;
  params?: unknown;
}

function isoInstant(value: unknown, what: string): Date {
  const date = typeof value === 'string' || value instanceof Date ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: not an ISO instant: ${String(value)}`);
  return date;
}

/** What a transition's effects do, in order: plain writes grouped to go as one statement each, custom handlers between. */
export type EffectStep = { writes: Statement[] } | { handler: () => Promise<void> };

/**
 * The effects a transition produced, as steps to run in its own transaction: outbox rows, deadline
 * rows, late entries (beside the transition's audit entry), and custom in-transaction effects. Built-in
 * XState actions are already reflected in the snapshot; actions the runtime does not know are ignored.
 * Writes of one group share a snapshot and none sees another's rows: a second write to the same thing
 * (a deadline of the same kind) starts a new group.
 */
export function planEffects(
  manager: EntityManager,
  definition: WorkflowDefinition,
  row: AggregateRow,
  actions: readonly ExecutableAction[],
  actor: WorkflowActor,
  now: Date,
  auditEntryId: string | null = null,
): EffectStep[] {
  const steps: EffectStep[] = [];
  let group: Statement[] = [];
  const keys = new Set<string>();
  const close = () => {
    if (group.length > 0) steps.push({ writes: group });
    group = [];
    keys.clear();
  };
  const write = (statement: Statement, key?: string) => {
    if (key !== undefined && keys.has(key)) close();
    group.push(statement);
    if (key !== undefined) keys.add(key);
  };
  // One pending deadline per aggregate and kind.
  const deadline = (kind: string) => `deadline:${kind}`;
  for (const action of actions) {
    switch (action.type) {
      case EFFECT.outbox: {
        const { topic, payload } = action.params as OutboxEffect;
        write(outboxInsert({ aggregateType: definition.type, aggregateId: row.id, topic, payload, now }));
        break;
      }
      case EFFECT.scheduleDeadline: {
        const effect = action.params as ScheduleDeadlineEffect;
        const dueAt = isoInstant(effect.dueAt, `deadline ${effect.kind}`);
        const event = effect.event ?? { type: 'DEADLINE', kind: effect.kind };
        // Scheduling again moves the pending one.
        write(
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
        write(
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
        write(
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
        // A custom effect may read what came before it (or send to another aggregate): that goes first.
        close();
        steps.push({ handler: () => handler({ manager, row, params: action.params, actor, now }) });
      }
    }
  }
  close();
  return steps;
}

/** Run planned effects in order: each group of writes as one statement. */
export async function runEffects(manager: EntityManager, steps: readonly EffectStep[]): Promise<void> {
  for (const step of steps) {
    if ('writes' in step) await run(manager, combine(step.writes));
    else await step.handler();
  }
}

/** Plan and run the effects of a transition (`planEffects`). */
export async function applyEffects(
  manager: EntityManager,
  definition: WorkflowDefinition,
  row: AggregateRow,
  actions: readonly ExecutableAction[],
  actor: WorkflowActor,
  now: Date,
  auditEntryId: string | null = null,
): Promise<void> {
  await runEffects(manager, planEffects(manager, definition, row, actions, actor, now, auditEntryId));
}
