import type { ElectionBlocker } from '@scrutineer/domain';
import type { EntityManager } from 'typeorm';
import { blockingCases } from './case-blockers.js';
import { blockingOrders } from './order-blockers.js';

/**
 * Something that can hold up an election's certification: a blocking complaint case, an open
 * rectification order. Each names its items (never a complainant) with the rule that makes them block.
 */
export interface ElectionBlockerSource {
  kind: ElectionBlocker['kind'];
  list(manager: EntityManager, electionId: string): Promise<ElectionBlocker[]>;
}

export const ELECTION_BLOCKER_SOURCES: ElectionBlockerSource[] = [blockingCases, blockingOrders];

/** Everything holding up the election's certification now, oldest first within each kind. */
export async function electionBlockers(manager: EntityManager, electionId: string): Promise<ElectionBlocker[]> {
  return (await Promise.all(ELECTION_BLOCKER_SOURCES.map((source) => source.list(manager, electionId)))).flat();
}
