/**
 * The case counters around the scale seed's one big INSERT … SELECT: their insert trigger is off for
 * it (its transition table would hold a million snapshots), and the counters are rebuilt after from
 * the cases as they are, in GROUP BY statements (migration CaseCounters' own rebuild), so they equal
 * what the trigger would have written.
 */
import { progress } from '../support/stats.js';

type Query = (text: string, params?: unknown[]) => Promise<unknown>;

export async function pauseCaseCounters(q: Query): Promise<void> {
  await q('ALTER TABLE cases DISABLE TRIGGER cases_counters_insert');
}

export async function rebuildCaseCounters(q: Query): Promise<void> {
  const started = Date.now();
  await q('ALTER TABLE cases ENABLE TRIGGER cases_counters_insert');
  await q('SELECT scrutineer_rebuild_case_counters()');
  progress(`seed: case counters rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await q('VACUUM ANALYZE case_counts_daily');
  await q('VACUUM ANALYZE case_counts_monthly');
}
