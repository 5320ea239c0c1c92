import { Injectable } from '@nestjs/common';
import { notFound } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import type { Actor } from '../auth/actor.js';

/**
 * Who may see and record what in supervision. A supervisor works only within their teams'
 * assignments (the elections assigned, or every election in an assigned jurisdiction's subtree);
 * the office and inspectors read everything in their jurisdiction. Outside, objects are NOT_FOUND.
 */
@Injectable()
export class SupervisionAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** SQL that is true when the election `electionExpr` is covered by a team the user `$n` belongs to. */
  static coveredBy(electionExpr: string, userParam: string, teamExpr?: string): string {
    return `EXISTS (
      SELECT 1 FROM supervision_team_members m
        JOIN supervision_assignments a ON a.team_id = m.team_id
        JOIN elections ce ON ce.id = ${electionExpr}
        JOIN jurisdictions cj ON cj.id = ce.jurisdiction_id
        LEFT JOIN jurisdictions aj ON aj.id = a.jurisdiction_id
       WHERE m.user_id = ${userParam}${teamExpr ? ` AND m.team_id = ${teamExpr}` : ''}
         AND (a.election_id = ce.id OR starts_with(cj.path, aj.path)))`;
  }

  /** The teams (ids) through which the actor covers this election; empty when none. */
  async teamsCovering(actor: Actor, electionId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await sql<{ team_id: string }>(
      manager,
      `SELECT DISTINCT m.team_id FROM supervision_team_members m
         JOIN supervision_assignments a ON a.team_id = m.team_id
         JOIN elections ce ON ce.id = $2
         JOIN jurisdictions cj ON cj.id = ce.jurisdiction_id
         LEFT JOIN jurisdictions aj ON aj.id = a.jurisdiction_id
        WHERE m.user_id = $1 AND (a.election_id = ce.id OR starts_with(cj.path, aj.path))`,
      [actor.userId, electionId],
    );
    return rows.map((r) => r.team_id);
  }

  /** NOT_FOUND unless the actor may see this election's supervision records. */
  async assertElection(actor: Actor, electionId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (actor.role === 'SUPERVISOR') {
      if ((await this.teamsCovering(actor, electionId, manager)).length === 0) throw notFound('Election');
      return;
    }
    const [row] = await sql<{ jurisdiction_id: string }>(manager, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [electionId]);
    await this.access.assertVisible(actor, row?.jurisdiction_id ?? null, 'Election', manager);
  }
}
