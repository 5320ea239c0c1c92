import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { badInput, notFound, type Clock } from '@scrutineer/domain';
import { isUniqueViolation, sql, UserEntity } from '@scrutineer/db';
import { CLOCK } from '@scrutineer/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import type { AssignTeamInput, CreateTeamInput } from './dto/team.inputs.js';

export interface TeamRow {
  id: string;
  jurisdiction_id: string;
  kind: string;
  name: string;
  leader_id: string | null;
  version: number;
  created_at: Date;
}

/** Supervision teams: who is in them, what they cover. Every change is audited in its transaction. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A team: its office's jurisdiction in scope, or (a supervisor) one they belong to. */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<TeamRow> {
    const [team] = await sql<TeamRow>(manager, 'SELECT * FROM supervision_teams WHERE id = $1', [id]);
    if (!team) throw notFound('Team');
    if (actor.role === 'SUPERVISOR') {
      const [member] = await sql(manager, 'SELECT 1 FROM supervision_team_members WHERE team_id = $1 AND user_id = $2', [id, actor.userId]);
      if (!member) throw notFound('Team');
    } else {
      await this.access.assertVisible(actor, team.jurisdiction_id, 'Team', manager);
    }
    return team;
  }

  async list(actor: Actor): Promise<TeamRow[]> {
    if (actor.role === 'SUPERVISOR') {
      return sql<TeamRow>(
        this.dataSource.manager,
        `SELECT t.* FROM supervision_teams t JOIN supervision_team_members m ON m.team_id = t.id WHERE m.user_id = $1 ORDER BY t.name`,
        [actor.userId],
      );
    }
    return sql<TeamRow>(
      this.dataSource.manager,
      `SELECT t.* FROM supervision_teams t JOIN jurisdictions j ON j.id = t.jurisdiction_id WHERE starts_with(j.path, $1) ORDER BY t.name LIMIT 500`,
      [actor.scopePath],
    );
  }

  async create(actor: Actor, input: CreateTeamInput): Promise<TeamRow> {
    const id = await this.dataSource.transaction(async (tx) => {
      await this.access.visibleJurisdiction(actor, input.jurisdictionId, tx);
      const id = randomUUID();
      const now = this.clock.now();
      try {
        await sql(
          tx,
          `INSERT INTO supervision_teams (id, jurisdiction_id, kind, name, leader_id, created_at, updated_at) VALUES ($1, $2, $3, $4, NULL, $5, $5)`,
          [id, input.jurisdictionId, input.kind, input.name.trim(), now],
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw badInput(`A team named ${input.name} already exists there`, { field: 'name' });
        throw error;
      }
      await this.record(tx, actor, id, input.jurisdictionId, 'team.create', { kind: input.kind, name: input.name.trim() });
      if (input.leaderId) {
        await this.addMember(actor, id, input.leaderId, tx);
        await sql(tx, 'UPDATE supervision_teams SET leader_id = $2 WHERE id = $1 RETURNING id', [id, input.leaderId]);
        await this.record(tx, actor, id, input.jurisdictionId, 'team.leader', { leaderId: input.leaderId });
      }
      return id;
    });
    return this.get(actor, id);
  }

  /** Add a supervisor whose own jurisdiction lies within the office's scope. */
  async addMember(actor: Actor, teamId: string, userId: string, manager?: EntityManager): Promise<TeamRow> {
    const work = async (tx: EntityManager) => {
      const team = await this.get(actor, teamId, tx);
      const user = await tx.findOne(UserEntity, { where: { id: userId } });
      if (!user || user.role !== 'SUPERVISOR' || !user.active) throw badInput('Team members are active supervisors', { field: 'userId' });
      await this.access.assertVisible(actor, user.jurisdictionId, 'User', tx);
      const added = await sql(
        tx,
        'INSERT INTO supervision_team_members (team_id, user_id, added_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id',
        [teamId, userId, this.clock.now()],
      );
      if (added.length > 0) await this.record(tx, actor, teamId, team.jurisdiction_id, 'team.member_added', { userId });
    };
    // Inside the caller's transaction, read through it: an embedded database has one connection.
    if (manager) {
      await work(manager);
      return this.get(actor, teamId, manager);
    }
    await this.dataSource.transaction(work);
    return this.get(actor, teamId);
  }

  async removeMember(actor: Actor, teamId: string, userId: string): Promise<TeamRow> {
    await this.dataSource.transaction(async (tx) => {
      const team = await this.get(actor, teamId, tx);
      if (team.leader_id === userId) throw badInput('Name another leader before removing this one', { field: 'userId' });
      const removed = await sql(tx, 'DELETE FROM supervision_team_members WHERE team_id = $1 AND user_id = $2 RETURNING user_id', [
        teamId,
        userId,
      ]);
      if (removed.length === 0) throw notFound('Team member');
      await this.record(tx, actor, teamId, team.jurisdiction_id, 'team.member_removed', { userId });
    });
    return this.get(actor, teamId);
  }

  /** Give a team an election, or a jurisdiction's subtree, within the office's own scope. */
  async assign(actor: Actor, input: AssignTeamInput): Promise<TeamRow> {
    if (!input.electionId === !input.jurisdictionId) throw badInput('Assign either an election or a jurisdiction', { field: 'electionId' });
    await this.dataSource.transaction(async (tx) => {
      const team = await this.get(actor, input.teamId, tx);
      if (input.electionId) {
        const [e] = await sql<{ jurisdiction_id: string }>(tx, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [input.electionId]);
        await this.access.assertVisible(actor, e?.jurisdiction_id ?? null, 'Election', tx);
      } else {
        await this.access.visibleJurisdiction(actor, input.jurisdictionId!, tx);
      }
      const added = await sql(
        tx,
        `INSERT INTO supervision_assignments (id, team_id, election_id, jurisdiction_id, created_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [randomUUID(), input.teamId, input.electionId ?? null, input.jurisdictionId ?? null, this.clock.now()],
      );
      if (added.length > 0) {
        await this.record(tx, actor, input.teamId, team.jurisdiction_id, 'team.assigned', {
          electionId: input.electionId ?? null,
          jurisdictionId: input.jurisdictionId ?? null,
        });
      }
    });
    return this.get(actor, input.teamId);
  }

  /** Name another leader (a member, added if need be). */
  async setLeader(actor: Actor, teamId: string, userId: string): Promise<TeamRow> {
    await this.dataSource.transaction(async (tx) => {
      const team = await this.get(actor, teamId, tx);
      await this.addMember(actor, teamId, userId, tx);
      await sql(tx, 'UPDATE supervision_teams SET leader_id = $2, updated_at = $3, version = version + 1 WHERE id = $1 RETURNING id', [
        teamId,
        userId,
        this.clock.now(),
      ]);
      await this.record(tx, actor, teamId, team.jurisdiction_id, 'team.leader', { from: team.leader_id, to: userId });
    });
    return this.get(actor, teamId);
  }

  /** Take an election or a jurisdiction off a team's assignment: its observations stay. */
  async unassign(actor: Actor, input: AssignTeamInput): Promise<TeamRow> {
    await this.dataSource.transaction(async (tx) => {
      const team = await this.get(actor, input.teamId, tx);
      const removed = await sql(
        tx,
        'DELETE FROM supervision_assignments WHERE team_id = $1 AND election_id IS NOT DISTINCT FROM $2 AND jurisdiction_id IS NOT DISTINCT FROM $3 RETURNING id',
        [input.teamId, input.electionId ?? null, input.jurisdictionId ?? null],
      );
      if (removed.length === 0) throw notFound('Assignment');
      await this.record(tx, actor, input.teamId, team.jurisdiction_id, 'team.unassigned', {
        electionId: input.electionId ?? null,
        jurisdictionId: input.jurisdictionId ?? null,
      });
    });
    return this.get(actor, input.teamId);
  }

  members(teamId: string) {
    return sql<{ id: string; username: string; display_name: string }>(
      this.dataSource.manager,
      `SELECT u.id, u.username, u.display_name FROM supervision_team_members m JOIN users u ON u.id = m.user_id WHERE m.team_id = $1 ORDER BY u.username`,
      [teamId],
    );
  }

  assignments(teamId: string) {
    return sql<{ election_id: string | null; jurisdiction_id: string | null }>(
      this.dataSource.manager,
      'SELECT election_id, jurisdiction_id FROM supervision_assignments WHERE team_id = $1 ORDER BY created_at',
      [teamId],
    );
  }

  private record(tx: EntityManager, actor: Actor, teamId: string, jurisdictionId: string, action: string, data: Record<string, unknown>) {
    return this.audit.record(tx, { subjectType: 'team', subjectId: teamId, action, actor: toWorkflowActor(actor), jurisdictionId, data });
  }
}
