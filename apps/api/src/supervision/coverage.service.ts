import { Inject, Injectable } from '@nestjs/common';
import { sql } from '@scrutineer/db';
import { READ_DATA_SOURCE } from '@scrutineer/platform';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';
import { SupervisionAccess } from './supervision-access.js';

/** How well a jurisdiction's elections (optionally one campaign's) are being supervised. */
@Injectable()
export class CoverageService {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly reads: DataSource,
    private readonly access: AccessService,
  ) {}

  async coverage(actor: Actor, jurisdictionId: string | undefined, campaignId: string | undefined) {
    const root = await this.access.visibleJurisdiction(actor, jurisdictionId ?? actor.jurisdictionId);
    // A supervisor counts only the elections their teams cover.
    const elections = `SELECT e.id FROM elections e JOIN jurisdictions j ON j.id = e.jurisdiction_id
      WHERE starts_with(j.path, $1) AND ($2::uuid IS NULL OR e.campaign_id = $2::uuid)
        AND ($3::uuid IS NULL OR ${SupervisionAccess.coveredBy('e.id', '$3::uuid')})`;
    const args = [root.path, campaignId ?? null, actor.role === 'SUPERVISOR' ? actor.userId : null];
    const m = this.reads.manager;
    const [[counts], violations, [orders]] = await Promise.all([
      sql<{ elections: number; observed: number; observations: number }>(
        m,
        `SELECT (SELECT count(*)::int FROM (${elections}) s) AS elections,
                (SELECT count(DISTINCT o.election_id)::int FROM observations o WHERE o.election_id IN (${elections}) AND o.stage = 'ELECTION_MEETING') AS observed,
                (SELECT count(*)::int FROM observations o WHERE o.election_id IN (${elections})) AS observations`,
        args,
      ),
      sql<{ code: string; severity: string; count: number }>(
        m,
        `SELECT v->>'code' AS code, v->>'severity' AS severity, count(*)::int AS count
           FROM observations o CROSS JOIN LATERAL jsonb_array_elements(o.violations) v
          WHERE o.election_id IN (${elections}) GROUP BY 1, 2 ORDER BY 1, 2`,
        args,
      ),
      sql<{ open: number; overdue: number }>(
        m,
        `SELECT count(*) FILTER (WHERE state NOT IN ('verified', 'cancelled'))::int AS open,
                count(*) FILTER (WHERE overdue AND state NOT IN ('verified', 'cancelled'))::int AS overdue
           FROM rectification_orders WHERE election_id IN (${elections})`,
        args,
      ),
    ]);
    const n = counts?.elections ?? 0;
    return {
      elections: n,
      observedOnPollingDay: counts?.observed ?? 0,
      observations: counts?.observations ?? 0,
      observationsPerElection: n === 0 ? 0 : Math.round(((counts?.observations ?? 0) / n) * 100) / 100,
      violations,
      openOrders: orders?.open ?? 0,
      overdueOrders: orders?.overdue ?? 0,
    };
  }
}
