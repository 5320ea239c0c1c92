import { sql } from '@scrutineer/db';
import type { ElectionBlockerSource } from './blockers.js';

/**
 * Case states in which a blocking case holds up certification: from registration until the office has
 * answered, and again while a review or re-review is under way. While the complainant's window to ask
 * for review runs (replied, reviewed) the office's answer stands, and certification may go ahead.
 */
export const BLOCKING_CASE_STATES = ['open.registered', 'open.accepted', 'open.decided', 'open.underReview', 'open.underReReview'];

const RULE =
  'a complaint about the election, marked blocking, holds up certification until the office has answered it in writing (书面答复), and again while a review is under way';
const CITATION = '信访工作条例 (2022) 第三十四条, 第三十五条; seed 002:271 (当选无效 on an upheld complaint)';

/** Named by tracking code and category: the election office may read this much even where it may not read the case. */
export const blockingCases: ElectionBlockerSource = {
  kind: 'COMPLAINT_CASE',
  async list(manager, electionId) {
    const rows = await sql<{
      id: string;
      tracking_code: string;
      category: string;
      state: string;
      received_on: string;
      due_on: string | null;
    }>(
      manager,
      `SELECT id, tracking_code, category, state, received_on::text AS received_on, due_on::text AS due_on
         FROM cases WHERE election_id = $1 AND blocking AND state = ANY($2) ORDER BY received_on, id`,
      [electionId, BLOCKING_CASE_STATES],
    );
    return rows.map((r) => ({
      kind: 'COMPLAINT_CASE' as const,
      id: r.id,
      reference: r.tracking_code,
      summary: r.category,
      state: r.state,
      since: r.received_on,
      dueOn: r.due_on,
      rule: RULE,
      citation: CITATION,
    }));
  },
};
