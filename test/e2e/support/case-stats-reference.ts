import { sql } from '@scrutineer/db';
import type { EntityManager } from 'typeorm';
import type { CaseStatistics } from '../../../apps/api/src/cases/case-stats.service.js';

const OFFICE_STEPS = ['ACCEPTANCE', 'HANDLING', 'REVIEW', 'RE_REVIEW'];
const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * The statistics counted straight from `cases` (the scan CaseStatsService ran before it read counters,
 * kept word for word): the reference the counters must equal, for a subtree `path` and a range.
 */
export async function recountCaseStatistics(manager: EntityManager, path: string, from?: string, to?: string): Promise<CaseStatistics> {
  const scope = `FROM cases c JOIN jurisdictions j ON j.id = c.jurisdiction_id
      WHERE starts_with(j.path, $1) AND ($2::date IS NULL OR c.received_on >= $2::date) AND ($3::date IS NULL OR c.received_on <= $3::date)`;
  const args = [path, from ?? null, to ?? null];
  const count = (column: string) =>
    sql<{ key: string | null; count: number }>(
      manager,
      `SELECT ${column} AS key, count(*)::int AS count ${scope} GROUP BY 1 ORDER BY 1`,
      args,
    );
  const accepted = `c.snapshot->'context'->'clocks' @> '[{"step":"HANDLING"}]'::jsonb AND c.state NOT IN ('open.received', 'open.registered')`;
  const [[totals], byChannel, byCategory, byLevel, byState, byFinding, clocks] = await Promise.all([
    sql<Record<string, number>>(
      manager,
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE starts_with(c.state, 'open.'))::int AS open,
              count(*) FILTER (WHERE c.state IN ('open.received', 'open.registered'))::int AS awaiting,
              count(*) FILTER (WHERE ${accepted})::int AS accepted,
              count(*) FILTER (WHERE c.state = 'notAccepted')::int AS not_accepted,
              count(*) FILTER (WHERE c.state = 'referred')::int AS referred,
              count(*) FILTER (WHERE c.state = 'merged')::int AS merged,
              count(*) FILTER (WHERE c.replied_on IS NOT NULL)::int AS resolved,
              count(*) FILTER (WHERE ${accepted} AND c.replied_on IS NULL AND starts_with(c.state, 'open.'))::int AS outstanding,
              count(*) FILTER (WHERE c.state IN ('open.replied', 'open.reviewed'))::int AS review_window,
              count(*) FILTER (WHERE c.state IN ('open.underReview', 'open.underReReview'))::int AS under_review
         ${scope}`,
      args,
    ),
    count('c.channel'),
    count('c.category'),
    count('c.level'),
    count('c.state'),
    count("coalesce(c.finding, 'NONE')"),
    sql<{ step: string; outcome: string; count: number }>(
      manager,
      `SELECT k->>'step' AS step, k->>'outcome' AS outcome, count(*)::int AS count
         ${scope.replace('FROM cases c', "FROM cases c CROSS JOIN LATERAL jsonb_array_elements(c.snapshot->'context'->'clocks') AS k")}
         AND k->>'outcome' IN ('MET', 'LATE') GROUP BY 1, 2`,
      args,
    ),
  ]);
  const t = totals!;
  const of = (step: string, outcome: string) => clocks.find((k) => k.step === step && k.outcome === outcome)?.count ?? 0;
  const keyed = (rows: { key: string | null; count: number }[]) => rows.map((r) => ({ key: r.key ?? '', count: r.count }));
  return {
    total: t.total!,
    open: t.open!,
    awaitingAcceptance: t.awaiting!,
    accepted: t.accepted!,
    notAccepted: t.not_accepted!,
    referred: t.referred!,
    merged: t.merged!,
    resolved: t.resolved!,
    outstanding: t.outstanding!,
    resolutionRate: share(t.resolved!, t.accepted!),
    reviewWindowOpen: t.review_window!,
    underReview: t.under_review!,
    byChannel: keyed(byChannel),
    byCategory: keyed(byCategory),
    byLevel: keyed(byLevel),
    byState: keyed(byState),
    byFinding: keyed(byFinding),
    onTime: OFFICE_STEPS.map((step) => {
      const met = of(step, 'MET');
      const late = of(step, 'LATE');
      return { step, met, late, share: share(met, met + late) };
    }),
  };
}
