import { blockingCases } from './case-blockers.js';
import { blockingOrders } from './order-blockers.js';
import type { EntityManager } from 'typeorm';

/**
 * Something that can hold up an election's certification: a blocking complaint case, an open
 * rectification order (issues 4 and 5 register theirs in ELECTION_BLOCKER_SOURCES).
 */
export interface ElectionBlockerSource {
  kind: string;
  /** Plural noun phrase for the refusal message: "blocking complaint case(s)". */
  description: string;
  count(manager: EntityManager, electionId: string): Promise<number>;
}

export const ELECTION_BLOCKER_SOURCES: ElectionBlockerSource[] = [blockingCases, blockingOrders];
