import { randomUUID } from 'node:crypto';
import { EFFECT, type LateEntryEffect, type WorkflowActor } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

interface Action {
  type: string;
  params?: unknown;
}

/** The late-entry effects among a transition's actions: what the audit entry and the list record. */
export const lateEntriesOf = (actions: readonly Action[]): LateEntryEffect[] =>
  actions.filter((a) => a.type === EFFECT.lateEntry).map((a) => a.params as LateEntryEffect);

export interface LateEntryRow {
  subjectType: string;
  subjectId: string;
  jurisdictionId: string | null;
  entry: LateEntryEffect;
  actor: WorkflowActor;
  auditEntryId: string | null;
}

/** List a date entered late (table late_entries, append-only), in the caller's transaction. */
export async function insertLateEntry(manager: EntityManager, row: LateEntryRow): Promise<void> {
  const { text, params } = lateEntryInsert(row);
  await sql(manager, text, params);
}

/** The INSERT that lists `row`, to send alone or with the other writes of a transition. */
export function lateEntryInsert(row: LateEntryRow): { text: string; params: unknown[] } {
  return {
    text: `INSERT INTO late_entries (id, subject_type, subject_id, jurisdiction_id, step, field, date_given, recorded_at, days_back, reason, actor_id, actor_label, audit_entry_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    params: [
      randomUUID(),
      row.subjectType,
      row.subjectId,
      row.jurisdictionId,
      row.entry.step,
      row.entry.field,
      row.entry.date,
      new Date(row.entry.recordedAt),
      row.entry.daysBack,
      row.entry.reason,
      row.actor.id,
      row.actor.label,
      row.auditEntryId,
    ],
  };
}
