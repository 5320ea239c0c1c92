import type { ElectionContext } from './election.types.js';

/**
 * Bring a context written by an older election machine up to date (ELECTION_MACHINE_VERSION).
 * Version 1 kept no ballot list and no run start: nobody is known to have stood in a vote, and
 * every candidacy belongs to the current run, which is how version 1 read them.
 */
export function migrateElectionContext(context: ElectionContext, fromVersion: number): ElectionContext {
  if (fromVersion >= 2) return context;
  return { ...context, balloted: context.balloted ?? [], runStartedAt: context.runStartedAt ?? new Date(0).toISOString() };
}
