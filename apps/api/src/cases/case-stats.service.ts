import { Injectable } from '@nestjs/common';
import { sql } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';

export interface CaseStatistics {
  total: number;
  open: number;
  resolved: number;
  byChannel: { key: string; count: number }[];
  byState: { key: string; count: number }[];
  byFinding: { key: string; count: number }[];
  onTime: { step: string; met: number; late: number; share: number | null }[];
}

/** The office's own steps, whose on-time share is reported (the complainant's windows are not). */
const OFFICE_STEPS = ['ACCEPTANCE', 'HANDLING', 'REVIEW', 'RE_REVIEW'];

/** Statistics of the cases handled within a jurisdiction's subtree, optionally received in a date range. */
@Injectable()
export class CaseStatsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async statistics(actor: Actor, jurisdictionId: string | undefined, from?: string, to?: string): Promise<CaseStatistics> {
    const root = await this.access.visibleJurisdiction(actor, jurisdictionId ?? actor.jurisdictionId);
    const scope = `FROM cases c JOIN jurisdictions j ON j.id = c.jurisdiction_id
      WHERE starts_with(j.path, $1) AND ($2::date IS NULL OR c.received_on >= $2::date) AND ($3::date IS NULL OR c.received_on <= $3::date)`;
    const args = [root.path, from ?? null, to ?? null];
    const count = (column: string) =>
      sql<{ key: string | null; count: number }>(
        this.dataSource.manager,
        `SELECT ${column} AS key, count(*)::int AS count ${scope} GROUP BY 1 ORDER BY 1`,
        args,
      );
    const [byChannel, byState, byFinding, clocks] = await Promise.all([
      count('c.channel'),
      count('c.state'),
      count("coalesce(c.finding, 'NONE')"),
      sql<{ step: string; outcome: string; count: number }>(
        this.dataSource.manager,
        `SELECT k->>'step' AS step, k->>'outcome' AS outcome, count(*)::int AS count
           ${scope.replace('FROM cases c', "FROM cases c CROSS JOIN LATERAL jsonb_array_elements(c.snapshot->'context'->'clocks') AS k")}
           AND k->>'outcome' IN ('MET', 'LATE') GROUP BY 1, 2`,
        args,
      ),
    ]);
    const total = byState.reduce((n, r) => n + r.count, 0);
    const open = byState.filter((r) => r.key?.startsWith('open.')).reduce((n, r) => n + r.count, 0);
    const of = (step: string, outcome: string) => clocks.find((k) => k.step === step && k.outcome === outcome)?.count ?? 0;
    return {
      total,
      open,
      resolved: total - open,
      byChannel: byChannel.map((r) => ({ key: r.key ?? '', count: r.count })),
      byState: byState.map((r) => ({ key: r.key ?? '', count: r.count })),
      byFinding: byFinding.map((r) => ({ key: r.key ?? '', count: r.count })),
      onTime: OFFICE_STEPS.map((step) => {
        const met = of(step, 'MET');
        const late = of(step, 'LATE');
        return { step, met, late, share: met + late === 0 ? null : Math.round((met / (met + late)) * 1000) / 1000 };
      }),
    };
  }
}
