import { Injectable } from '@nestjs/common';
import { badInput, notFound, type RectificationInput } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { WorkflowEngine, type AvailableAction } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import type { IssueRectificationOrderInput } from './dto/order.inputs.js';
import { SupervisionAccess } from './supervision-access.js';

export interface OrderRow {
  id: string;
  jurisdiction_id: string;
  election_id: string;
  observation_id: string | null;
  team_id: string;
  blocking: boolean;
  due_on: string;
  overdue: boolean;
  state: string;
  snapshot: { context: Record<string, unknown> };
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Rectification orders: issued by a team covering the election, answered by the election's side. */
@Injectable()
export class OrdersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: WorkflowEngine,
    private readonly supervision: SupervisionAccess,
  ) {}

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<OrderRow> {
    const [row] = await sql<OrderRow>(manager, `SELECT *, due_on::text AS due_on FROM rectification_orders WHERE id = $1`, [id]);
    if (!row) throw notFound('Rectification order');
    try {
      if (actor.role === 'ELECTION_COMMITTEE' || actor.role === 'ELECTION_OFFICE') {
        const [e] = await sql<{ jurisdiction_id: string }>(manager, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [
          row.election_id,
        ]);
        const [visible] = await sql(manager, 'SELECT 1 FROM jurisdictions WHERE id = $1 AND starts_with(path, $2)', [
          e?.jurisdiction_id,
          actor.scopePath,
        ]);
        if (!visible) throw notFound('Rectification order');
      } else {
        await this.supervision.assertElection(actor, row.election_id, manager);
      }
    } catch {
      throw notFound('Rectification order');
    }
    return { ...row, version: Number(row.version) };
  }

  list(actor: Actor, electionId: string): Promise<OrderRow[]> {
    return this.supervision
      .assertElection(actor, electionId)
      .then(() =>
        sql<OrderRow>(
          this.dataSource.manager,
          `SELECT *, due_on::text AS due_on FROM rectification_orders WHERE election_id = $1 ORDER BY created_at`,
          [electionId],
        ),
      );
  }

  async issue(actor: Actor, input: IssueRectificationOrderInput): Promise<OrderRow> {
    const id = await this.dataSource.transaction(async (tx) => {
      const teams = await this.supervision.teamsCovering(actor, input.electionId, tx);
      if (teams.length === 0) throw notFound('Election');
      if (input.teamId && !teams.includes(input.teamId))
        throw badInput('That team of yours does not cover this election', { field: 'teamId' });
      if (!input.teamId && teams.length > 1)
        throw badInput('Several of your teams cover this election: say which one', { field: 'teamId' });
      if (input.observationId) {
        const [o] = await sql(tx, 'SELECT 1 FROM observations WHERE id = $1 AND election_id = $2', [input.observationId, input.electionId]);
        if (!o) throw badInput('observationId names no observation of this election', { field: 'observationId' });
      }
      const [e] = await sql<{ jurisdiction_id: string }>(tx, 'SELECT jurisdiction_id FROM elections WHERE id = $1', [input.electionId]);
      const teamId = input.teamId ?? teams[0]!;
      const machineInput: RectificationInput = {
        electionId: input.electionId,
        observationId: input.observationId ?? null,
        teamId,
        requirement: input.requirement,
        dueOn: input.dueOn,
        blocking: input.blocking,
      };
      const created = await this.engine.create(
        'rectification',
        {
          jurisdictionId: e!.jurisdiction_id,
          input: machineInput as unknown as Record<string, unknown>,
          columns: { election_id: input.electionId, observation_id: input.observationId ?? null, team_id: teamId },
        },
        toWorkflowActor(actor),
        tx,
      );
      return created.id;
    });
    return this.get(actor, id);
  }

  async act(actor: Actor, id: string, expectedVersion: number, event: { type: string } & Record<string, unknown>): Promise<OrderRow> {
    await this.get(actor, id);
    await this.engine.send({ type: 'rectification', id }, event, toWorkflowActor(actor), { expectedVersion });
    return this.get(actor, id);
  }

  availableActions(actor: Actor, id: string): Promise<AvailableAction[]> {
    return this.engine.availableActions({ type: 'rectification', id }, toWorkflowActor(actor));
  }
}
