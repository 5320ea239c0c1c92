import {
  EFFECT,
  actorIsSystem,
  actorRoleIn,
  effectActions,
  fail,
  guardsFromRules,
  pass,
  type Envelope,
  type Rule,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { WorkflowDefinition } from '@scrutineer/workflow';
import type { DataSource } from 'typeorm';
import { assign, setup } from 'xstate';

/**
 * A small machine that exercises every mechanism of the runtime: guards with explanations, a role
 * rule, a targetless counter, a durable deadline, an outbox effect and a custom effect that fails.
 */
interface WidgetFacts {
  attachments: number;
}
type WidgetEvent = Envelope<
  | { type: 'SUBMIT' }
  | { type: 'APPROVE' }
  | { type: 'REJECT'; reason?: string }
  | { type: 'BUMP' }
  | { type: 'EXPLODE' }
  | { type: 'DEADLINE'; kind: string },
  WidgetFacts
>;

export const REVIEW_DAYS = 3;

export const widgetRules = {
  hasAttachment: (({ event }) =>
    event.facts.attachments >= 1
      ? pass()
      : fail('attachment-required', `A widget needs at least 1 attachment to be submitted; it has ${event.facts.attachments}`, {
          citation: 'test rule W-1',
          values: { attachments: event.facts.attachments, required: 1 },
        })) as Rule<unknown, WidgetEvent>,
  actorRoleIn,
  actorIsSystem,
};

export const widgetMachine = setup({
  types: {} as { context: { bumps: number }; events: WidgetEvent },
  guards: guardsFromRules(widgetRules),
  actions: { ...effectActions, 'test.explode': () => undefined },
}).createMachine({
  id: 'widget',
  context: { bumps: 0 },
  initial: 'draft',
  states: {
    draft: {
      on: {
        SUBMIT: { guard: 'hasAttachment', target: 'submitted' },
        BUMP: { actions: assign({ bumps: ({ context }) => context.bumps + 1 }) },
        EXPLODE: { actions: { type: 'test.explode', params: {} } },
      },
    },
    submitted: {
      entry: {
        type: EFFECT.scheduleDeadline,
        params: ({ event }) => ({
          kind: 'review',
          dueAt: new Date(new Date((event as WidgetEvent).now).getTime() + REVIEW_DAYS * 86_400_000).toISOString(),
        }),
      },
      exit: { type: EFFECT.cancelDeadline, params: { kind: 'review' } },
      on: {
        APPROVE: {
          guard: { type: 'actorRoleIn', params: { roles: ['ELECTION_OFFICE'] } },
          target: 'approved',
          actions: { type: EFFECT.outbox, params: ({ context }) => ({ topic: 'widget.approved', payload: { bumps: context.bumps } }) },
        },
        REJECT: { guard: { type: 'actorRoleIn', params: { roles: ['ELECTION_OFFICE'] } }, target: 'rejected' },
        DEADLINE: { guard: 'actorIsSystem', target: 'expired' },
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
    expired: { type: 'final' },
  },
});

export const WIDGET_TABLE_SQL = `
  CREATE TABLE IF NOT EXISTS test_widgets (
    id uuid PRIMARY KEY,
    jurisdiction_id uuid,
    state text NOT NULL,
    snapshot jsonb NOT NULL,
    machine_version int NOT NULL,
    version int NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    title text NOT NULL DEFAULT '',
    attachments int NOT NULL DEFAULT 0,
    bumps int NOT NULL DEFAULT 0
  )`;

export async function createWidgetTable(dataSource: DataSource): Promise<void> {
  await sql(dataSource.manager, WIDGET_TABLE_SQL);
}

export const widgetDefinition: WorkflowDefinition<typeof widgetMachine> = {
  type: 'widget',
  table: 'test_widgets',
  machine: widgetMachine,
  version: 1,
  rules: widgetRules,
  async loadFacts({ manager, row }) {
    const [r] = await sql<{ attachments: number }>(manager, 'SELECT attachments FROM test_widgets WHERE id = $1', [row.id]);
    return { attachments: Number(r?.attachments ?? 0) };
  },
  columns: (snapshot) => ({ bumps: snapshot.context.bumps }),
  effects: {
    'test.explode': async () => {
      throw new Error('effect failed after the UPDATE');
    },
  },
};
