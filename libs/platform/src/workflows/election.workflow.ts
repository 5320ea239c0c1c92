import { randomUUID } from 'node:crypto';
import {
  ELECTION_MACHINE_VERSION,
  SAVE_ROUND,
  checkComposition,
  electionMachine,
  electionRules,
  migrateElectionContext,
  localDateOf,
  type ElectionContext,
  type ElectionFacts,
  type Person,
  type NominationRoute,
  type PostCandidates,
  type RoundInput,
  type RoundResult,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { WorkflowDefinition } from '@scrutineer/workflow';
import type { EntityManager } from 'typeorm';
import type { Snapshot } from 'xstate';
import { electionBlockers } from './blockers.js';
import type { WorkflowSettings } from './settings.js';

const emptyCounts = (): PostCandidates => ({ nominated: 0, underReview: 0, approved: 0, formal: 0, withoutCommitments: 0 });

/** Candidates of an election, counted by post and state. */
async function candidateFacts(
  manager: EntityManager,
  electionId: string,
  context: ElectionContext,
): Promise<Pick<ElectionFacts, 'candidates' | 'formalIds' | 'nominations'>> {
  // Only this run's candidacies: after an annulment the old ones stand no more, even before the relay voids them.
  const rows = await sql<{ id: string; post: string; state: string; route: NominationRoute; nominated_on: string }>(
    manager,
    `SELECT id, post, state, snapshot->'context'->>'route' AS route, snapshot->'context'->>'nominatedOn' AS nominated_on
       FROM candidates WHERE election_id = $1 AND created_at >= $2`,
    [electionId, context.runStartedAt],
  );
  const candidates: Record<string, PostCandidates> = {};
  const formalIds: Record<string, string[]> = {};
  const nominations: ElectionFacts['nominations'] = [];
  for (const row of rows) {
    if (['nominated', 'underReview', 'approved', 'formal'].includes(row.state)) {
      nominations.push({ route: row.route, nominatedOn: row.nominated_on });
    }
    const counts = (candidates[row.post] ??= emptyCounts());
    if (row.state === 'nominated') counts.nominated += 1;
    if (row.state === 'underReview') counts.underReview += 1;
    if (row.state === 'approved') {
      counts.approved += 1;
      // Not formal yet: the commitment letters are still to be confirmed.
      counts.withoutCommitments += 1;
    }
    // Elected and defeated candidacies are decided: they no longer stand.
    if (row.state === 'formal') {
      counts.formal += 1;
      (formalIds[row.post] ??= []).push(row.id);
    }
  }
  return { candidates, formalIds, nominations };
}

/** Unmet blocking composition targets of the elected body. */
async function compositionBlocking(manager: EntityManager, context: ElectionContext): Promise<string[]> {
  const ids = Object.values(context.elected).flat();
  if (ids.length === 0 || !context.profile.body.composition.some((t) => t.blocking)) return [];
  const rows = await sql<{ person: Person }>(manager, `SELECT snapshot->'context'->'person' AS person FROM candidates WHERE id = ANY($1)`, [
    ids,
  ]);
  return checkComposition(
    context.profile,
    rows.map((r) => r.person),
    context.electionDay,
  )
    .filter((f) => f.blocking && !f.met)
    .map((f) => f.message);
}

/** The election workflow: machine from libs/domain, facts and effects from the database. */
export const electionWorkflow = (settings: WorkflowSettings): WorkflowDefinition<typeof electionMachine> => ({
  type: 'election',
  table: 'elections',
  machine: electionMachine,
  version: ELECTION_MACHINE_VERSION,
  rules: electionRules,
  internalEvents: ['DEADLINE'],
  async loadFacts({ manager, row, now, event }): Promise<ElectionFacts> {
    const context = migrateElectionContext((row.snapshot as unknown as { context: ElectionContext }).context, row.machine_version);
    // Facts go into the step's audit entry, which every staff role may read in the election's history:
    // blockers (with case tracking codes) and nominations are gathered only for the steps that judge them.
    const certifying = event === null || event.type === 'CERTIFY';
    const { nominations, ...candidates } = await candidateFacts(manager, row.id, context);
    return {
      today: localDateOf(now),
      lateEntryDays: settings.lateEntryDays,
      ...candidates,
      nominations: event === null || event.type === 'RESCHEDULE' ? nominations : [],
      blockers: certifying ? await electionBlockers(manager, row.id) : [],
      compositionBlocking: certifying ? await compositionBlocking(manager, context) : [],
    };
  },
  migrateSnapshot: (snapshot, fromVersion) => {
    const persisted = snapshot as unknown as { context: ElectionContext };
    return { ...persisted, context: migrateElectionContext(persisted.context, fromVersion) } as unknown as Snapshot<unknown>;
  },
  columns: (snapshot) => ({ election_day: snapshot.context.electionDay, overdue: snapshot.context.overdue.length > 0 }),
  effects: {
    async [SAVE_ROUND]({ manager, row, params, actor, now }) {
      const { round, result, number } = params as { round: RoundInput; result: RoundResult; number: number };
      await sql(
        manager,
        `INSERT INTO election_rounds (id, election_id, number, kind, revote, outcome, input, result, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          randomUUID(),
          row.id,
          number,
          round.kind,
          round.revote,
          result.outcome,
          JSON.stringify(round),
          JSON.stringify(result),
          now,
          actor.id,
        ],
      );
    },
  },
});
