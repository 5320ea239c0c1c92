import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';

/** A workflow's deadline rows, as the `Deadline` GraphQL type shows them (elections, cases alike). */
export async function deadlinesOf(manager: EntityManager, aggregateId: string) {
  const rows = await sql<{ kind: string; due_at: Date; fired_at: Date | null; cancelled_at: Date | null; outcome: string | null }>(
    manager,
    'SELECT kind, due_at, fired_at, cancelled_at, outcome FROM deadlines WHERE aggregate_id = $1 ORDER BY due_at, kind',
    [aggregateId],
  );
  return rows.map((d) => ({ kind: d.kind, dueAt: d.due_at, firedAt: d.fired_at, cancelledAt: d.cancelled_at, outcome: d.outcome }));
}
