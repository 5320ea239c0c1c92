import {
  RECTIFICATION_MACHINE_VERSION,
  localDateOf,
  rectificationMachine,
  rectificationRules,
  type RectificationContext,
  type RectificationFacts,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { WorkflowDefinition } from '@scrutineer/workflow';

/** The rectification order workflow: whether the acting supervisor belongs to the issuing team. */
export const rectificationWorkflow: WorkflowDefinition<typeof rectificationMachine> = {
  type: 'rectification',
  table: 'rectification_orders',
  machine: rectificationMachine,
  version: RECTIFICATION_MACHINE_VERSION,
  rules: rectificationRules,
  internalEvents: ['DEADLINE'],
  async loadFacts({ manager, row, now, actor }): Promise<RectificationFacts> {
    const context = (row.snapshot as unknown as { context: RectificationContext }).context;
    const member = actor.id
      ? await sql(manager, 'SELECT 1 FROM supervision_team_members WHERE team_id = $1 AND user_id = $2', [context.teamId, actor.id])
      : [];
    return { today: localDateOf(now), actorInTeam: member.length > 0 };
  },
  columns: (snapshot) => ({ due_on: snapshot.context.dueOn, overdue: snapshot.context.overdue, blocking: snapshot.context.blocking }),
};
