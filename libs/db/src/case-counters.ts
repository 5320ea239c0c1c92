import type { EntityManager } from 'typeorm';
import { sql } from './sql.js';

/**
 * Folds the case counters' deltas (written by the triggers on `cases`, migration CaseCounters) into
 * their day and month counts, in one statement; safe beside other workers and live transitions.
 * Returns how many delta rows it folded.
 */
export async function compactCaseCounters(manager: EntityManager): Promise<number> {
  const [row] = await sql<{ moved: number }>(manager, 'SELECT scrutineer_compact_case_counters() AS moved');
  return row?.moved ?? 0;
}
