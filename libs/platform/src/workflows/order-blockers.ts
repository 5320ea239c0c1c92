import { sql } from '@scrutineer/db';
import type { ElectionBlockerSource } from './blockers.js';

/** A rectification order marked blocking holds up certification until it is verified (or withdrawn). */
export const blockingOrders: ElectionBlockerSource = {
  kind: 'rectificationOrders',
  description: 'blocking rectification order(s)',
  async count(manager, electionId) {
    const [row] = await sql<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM rectification_orders WHERE election_id = $1 AND blocking AND state NOT IN ('verified', 'cancelled')`,
      [electionId],
    );
    return Number(row?.n ?? 0);
  },
};
