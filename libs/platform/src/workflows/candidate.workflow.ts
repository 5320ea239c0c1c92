import {
  CANDIDATE_MACHINE_VERSION,
  candidateMachine,
  candidateRules,
  checkEligibility,
  getProfile,
  localDateOf,
  type CandidateContext,
  type CandidateFacts,
  type ProfileId,
} from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { WorkflowDefinition } from '@scrutineer/workflow';
import type { Snapshot } from 'xstate';
import type { WorkflowSettings } from './settings.js';

/** The candidate workflow: eligibility findings under the election's own profile, on its election day. */
export const candidateWorkflow = (settings: WorkflowSettings): WorkflowDefinition<typeof candidateMachine> => ({
  type: 'candidate',
  table: 'candidates',
  machine: candidateMachine,
  version: CANDIDATE_MACHINE_VERSION,
  rules: candidateRules,
  internalEvents: ['ELECT', 'DEFEAT', 'VOID'],
  async loadFacts({ manager, row, now }): Promise<CandidateFacts> {
    const context = (row.snapshot as unknown as { context: CandidateContext }).context;
    const [election] = await sql<{ profile_id: ProfileId; profile_version: number; election_day: string; state: string }>(
      manager,
      'SELECT profile_id, profile_version, election_day::text AS election_day, state FROM elections WHERE id = $1',
      [context.electionId],
    );
    if (!election) throw new Error(`Candidate ${row.id} belongs to no election`);
    const profile = getProfile(election.profile_id, Number(election.profile_version));
    return {
      today: localDateOf(now),
      findings: checkEligibility(profile, context.person, election.election_day),
      commitmentsRequired: profile.candidates.commitmentLetters.value,
      electionState: election.state,
      requiredReviewLevels: profile.candidates.reviewLevels.value,
      lateEntryDays: settings.lateEntryDays,
    };
  },
  // Version 1 kept no dates given.
  migrateSnapshot: (snapshot) => {
    const persisted = snapshot as unknown as { context: CandidateContext };
    return {
      ...persisted,
      context: { ...persisted.context, datesGiven: persisted.context.datesGiven ?? [] },
    } as unknown as Snapshot<unknown>;
  },
});
