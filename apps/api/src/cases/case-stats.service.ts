import { Inject, Injectable } from '@nestjs/common';
import { sql } from '@scrutineer/db';
import { READ_DATA_SOURCE } from '@scrutineer/platform';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';

export interface CaseStatistics {
  total: number;
  open: number;
  awaitingAcceptance: number;
  accepted: number;
  notAccepted: number;
  referred: number;
  merged: number;
  resolved: number;
  outstanding: number;
  resolutionRate: number | null;
  reviewWindowOpen: number;
  underReview: number;
  byChannel: { key: string; count: number }[];
  byCategory: { key: string; count: number }[];
  byLevel: { key: string; count: number }[];
  byState: { key: string; count: number }[];
  byFinding: { key: string; count: number }[];
  onTime: { step: string; met: number; late: number; share: number | null }[];
}

/** The office's own steps, whose on-time share is reported (the complainant's windows are not). */
const OFFICE_STEPS = ['ACCEPTANCE', 'HANDLING', 'REVIEW', 'RE_REVIEW'];

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

/**
 * The counted keys of the cases in a subtree received in [$2, $3] (either open): whole months from the
 * month counts, the days of partial months at the edges from the day counts, and the deltas not yet
 * folded into either (by day). One statement, so one snapshot: a compaction in between is seen whole.
 * Ordered as the scan this replaces ordered its groups (by value, in the database's collation).
 */
const COUNTED = `
  WITH scope AS (SELECT id FROM jurisdictions WHERE starts_with(path, $1)),
  bounds AS (
    SELECT $2::date AS lo, $3::date AS hi,
           -- The first month starting on or after lo, and the first month not ending on or before hi.
           (date_trunc('month', ($2::date - 1)::timestamp) + interval '1 month')::date AS whole_from,
           date_trunc('month', ($3::date + 1)::timestamp)::date AS whole_to
  ),
  counted AS (
    SELECT m.key, m.n FROM case_counts_monthly m, bounds r
     WHERE m.jurisdiction_id IN (SELECT id FROM scope)
       AND (r.lo IS NULL OR m.month >= r.whole_from) AND (r.hi IS NULL OR m.month < r.whole_to)
    UNION ALL
    SELECT d.key, d.n FROM case_counts_daily d, bounds r
     WHERE d.jurisdiction_id IN (SELECT id FROM scope)
       AND ((d.day >= r.lo AND d.day < r.whole_from AND (r.hi IS NULL OR d.day <= r.hi))
         OR (d.day >= r.whole_to AND d.day <= r.hi AND (r.lo IS NULL OR d.day >= r.lo)))
    UNION ALL
    SELECT x.key, x.n FROM case_counter_deltas x, bounds r
     WHERE x.jurisdiction_id IN (SELECT id FROM scope)
       AND (r.lo IS NULL OR x.received_on >= r.lo) AND (r.hi IS NULL OR x.received_on <= r.hi)
  )
  SELECT split_part(key, ':', 1) AS dimension, substr(key, strpos(key, ':') + 1) AS value, sum(n)::int AS count
    FROM counted GROUP BY key HAVING sum(n) <> 0
   ORDER BY 1, 2`;

/**
 * Statistics of the cases handled within a jurisdiction's subtree, received in a date range, counted
 * as offices count them: a case is 办结 (resolved) once its written reply is recorded (信访工作条例
 * 第三十四条), even while the complainant's window to ask for review still runs; the resolution rate
 * is resolved over accepted (受理). Read from the case counters the database keeps in step with every
 * write to `cases` (migration CaseCounters), never from the cases themselves: O(units × months), not O(cases).
 */
@Injectable()
export class CaseStatsService {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
    private readonly access: AccessService,
  ) {}

  async statistics(actor: Actor, jurisdictionId: string | undefined, from?: string, to?: string): Promise<CaseStatistics> {
    const root = await this.access.visibleJurisdiction(actor, jurisdictionId ?? actor.jurisdictionId);
    const rows = await sql<{ dimension: string; value: string; count: number }>(this.reads.manager, COUNTED, [
      root.path,
      from ?? null,
      to ?? null,
    ]);
    const by = (dimension: string) => rows.filter((r) => r.dimension === dimension).map((r) => ({ key: r.value, count: r.count }));
    const flag = (name: string) => rows.find((r) => r.dimension === name)?.count ?? 0;
    const byState = by('state');
    const states = (pick: (state: string) => boolean) => byState.filter((s) => pick(s.key)).reduce((n, s) => n + s.count, 0);
    const clocks = by('clock');
    const of = (step: string, outcome: string) => clocks.find((k) => k.key === `${step}:${outcome}`)?.count ?? 0;
    const accepted = flag('accepted');
    const resolved = flag('resolved');
    return {
      total: states(() => true),
      open: states((s) => s.startsWith('open.')),
      awaitingAcceptance: states((s) => s === 'open.received' || s === 'open.registered'),
      accepted,
      notAccepted: states((s) => s === 'notAccepted'),
      referred: states((s) => s === 'referred'),
      merged: states((s) => s === 'merged'),
      resolved,
      outstanding: flag('outstanding'),
      resolutionRate: share(resolved, accepted),
      reviewWindowOpen: states((s) => s === 'open.replied' || s === 'open.reviewed'),
      underReview: states((s) => s === 'open.underReview' || s === 'open.underReReview'),
      byChannel: by('channel'),
      byCategory: by('category'),
      byLevel: by('level'),
      byState,
      byFinding: by('finding'),
      onTime: OFFICE_STEPS.map((step) => {
        const met = of(step, 'MET');
        const late = of(step, 'LATE');
        return { step, met, late, share: share(met, met + late) };
      }),
    };
  }
}
