import { sql } from '@scrutineer/db';
import type { ElectionBlockerSource } from './blockers.js';

/**
 * Case states in which a blocking case holds up certification: from registration until the office has
 * answered, and again while a review or re-review is under way. While the complainant's window to ask
 * for review runs (replied, reviewed) the office's answer stands, and certification may go ahead.
 */
export const BLOCKING_CASE_STATES = ['open.registered', 'open.accepted', 'open.decided', 'open.underReview', 'open.underReReview'];

export const blockingCases: ElectionBlockerSource = {
  kind: 'complaintCases',
  description: 'blocking complaint case(s)',
  async count(manager, electionId) {
    const [row] = await sql<{ n: number }>(
      manager,
      'SELECT count(*)::int AS n FROM cases WHERE election_id = $1 AND blocking AND state = ANY($2)',
      [electionId, BLOCKING_CASE_STATES],
    );
    return Number(row?.n ?? 0);
  },
};
