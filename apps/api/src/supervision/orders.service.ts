import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '@scrutineer/platform';
import { badInput, dueDayProblem, localDateOf, notFound, ruleViolation, type Clock, type RectificationInput } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import { WorkflowEngine, retryingTransaction, type AvailableAction } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
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
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The election's side sees its orders by jurisdiction; supervisors within their assignment; others in scope. */
  private async assertElection(actor: Actor, electionId: string, manager: EntityManager): Promise<void> {
    if (actor.role === 'ELECTION_COMMITTEE' || actor.role === 'ELECTION_OFFICE') {
      const [visible] = await sql(
        manager,
        'SELECT 1 FROM elections e JOIN jurisdictions j ON j.id = e.jurisdiction_id WHERE e.id = $1 AND starts_with(j.path, $2)',
        [electionId, actor.scopePath],
      );
      if (!visible) throw notFound('Election');
      return;
    }
    await this.supervision.assertElection(actor, electionId, manager);
  }

  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager): Promise<OrderRow> {
    const [row] = await sql<OrderRow>(manager, `SELECT *, due_on::text AS due_on FROM rectification_orders WHERE id = $1`, [id]);
    const found = await this.access.scoped('Rectification order', row, (o) => this.assertElection(actor, o.election_id, manager));
    return { ...found, version: Number(found.version) };
  }

  /** An election's orders, or those following from one observation. */
  async list(actor: Actor, by: { electionId: string } | { observationId: string }): Promise<OrderRow[]> {
    const m = this.dataSource.manager;
    let electionId: string;
    if ('electionId' in by) {
      electionId = by.electionId;
      await this.assertElection(actor, electionId, m);
    } else {
      // Asked by observation: out of scope and missing answer alike, as "Observation not found".
      const [observation] = await sql<{ election_id: string }>(m, 'SELECT election_id FROM observations WHERE id = $1', [by.observationId]);
      electionId = (await this.access.scoped('Observation', observation, (o) => this.assertElection(actor, o.election_id, m))).election_id;
    }
    return sql<OrderRow>(
      m,
      `SELECT *, due_on::text AS due_on FROM rectification_orders WHERE election_id = $1 AND ($2::uuid IS NULL OR observation_id = $2::uuid) ORDER BY created_at`,
      [electionId, 'observationId' in by ? by.observationId : null],
    );
  }

  /** Evidence named by the election's side: their own uploads, complete. */
  async assertEvidence(actor: Actor, attachmentIds: string[]): Promise<void> {
    if (attachmentIds.length === 0) return;
    const rows = await sql<{ id: string }>(
      this.dataSource.manager,
      'SELECT id FROM observation_attachments WHERE id = ANY($1) AND uploaded_by = $2 AND completed_at IS NOT NULL',
      [attachmentIds, actor.userId],
    );
    if (rows.length !== new Set(attachmentIds).size)
      throw badInput('Name only your own, completely uploaded attachments', { field: 'attachmentIds' });
  }

  async issue(actor: Actor, input: IssueRectificationOrderInput): Promise<OrderRow> {
    const id = await retryingTransaction(this.dataSource, async (tx) => {
      const teams = await this.supervision.teamsCovering(actor, input.electionId, tx);
      if (teams.length === 0) throw notFound('Election');
      // Held while issuing, so an order cannot slip past a certification under way.
      const [held] = await sql<{ state: string }>(tx, 'SELECT state FROM elections WHERE id = $1 FOR UPDATE', [input.electionId]);
      if (['archived', 'cancelled', 'secretaryDispatched'].includes(held?.state ?? '')) {
        throw ruleViolation(`The election is ${held!.state}: there is nothing left to rectify`, { rule: 'election-over' });
      }
      const due = dueDayProblem('dueOn', input.dueOn, localDateOf(this.clock.now()));
      if (!due.ok) throw badInput(due.message, { field: 'dueOn', rule: due.rule });
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
