import { sql } from '@scrutineer/db';
import type { ElectionBlockerSource } from './blockers.js';

const RULE = 'a rectification order marked blocking holds up certification until the team verifies it (or withdraws it)';
const CITATION = 'seed 003:49 (及时提出改正); seed 002:79 (整改落实)';

/** How an order is referred to: 整改 and the first characters of its id, e.g. 整改-3F2A9C1B. */
export const orderReference = (id: string): string => `整改-${id.slice(0, 8).toUpperCase()}`;

const abridge = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A rectification order marked blocking holds up certification until it is verified (or withdrawn). */
export const blockingOrders: ElectionBlockerSource = {
  kind: 'RECTIFICATION_ORDER',
  async list(manager, electionId) {
    const rows = await sql<{ id: string; requirement: string; state: string; issued_on: string; due_on: string }>(
      manager,
      `SELECT id, snapshot->'context'->>'requirement' AS requirement, state,
              snapshot->'context'->>'issuedOn' AS issued_on, due_on::text AS due_on
         FROM rectification_orders WHERE election_id = $1 AND blocking AND state NOT IN ('verified', 'cancelled')
        ORDER BY created_at, id`,
      [electionId],
    );
    return rows.map((r) => ({
      kind: 'RECTIFICATION_ORDER' as const,
      id: r.id,
      reference: orderReference(r.id),
      summary: abridge(r.requirement),
      state: r.state,
      since: r.issued_on,
      dueOn: r.due_on,
      rule: RULE,
      citation: CITATION,
    }));
  },
};
