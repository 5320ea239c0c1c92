import { systemActor } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { OutboxHandler, OutboxMessage, WorkflowEngine } from '@scrutineer/workflow';

const RELAY = systemActor('relay');
const FINISHED = ['disqualified', 'withdrawn', 'voided', 'elected', 'defeated'];

type Step = { type: 'ELECT' } | { type: 'DEFEAT' } | { type: 'VOID'; reason: string };

/**
 * What each candidacy becomes. Only candidacies that existed when the message was written are
 * touched: a late delivery must not reach candidates nominated for a re-run or a by-election since.
 */
function stepFor(
  message: OutboxMessage,
  candidate: { id: string; state: string },
  elected: Set<string>,
  balloted: Set<string>,
): Step | null {
  switch (message.topic) {
    // 选举无效: every candidacy of the annulled election ends, the elected ones too.
    case 'election.annulled':
      return ['disqualified', 'withdrawn', 'voided'].includes(candidate.state) ? null : { type: 'VOID', reason: 'election annulled' };
    // The result took effect: formal candidates are elected or defeated.
    case 'election.result_decided':
      return candidate.state === 'formal' ? (elected.has(candidate.id) ? { type: 'ELECT' } : { type: 'DEFEAT' }) : null;
    // Failed after the maximum rounds: those elected so far hold their seats; the rest stand for the vacancies.
    case 'election.failed':
      return candidate.state === 'formal' && elected.has(candidate.id) ? { type: 'ELECT' } : null;
    // Cancelled or a secretary dispatched: who stood in a vote lost it; every other candidacy ends.
    // (Messages written by election machine version 1 carry `polled` instead of the ballot list.)
    case 'election.closed':
      if (FINISHED.includes(candidate.state)) return null;
      if (candidate.state === 'formal' && elected.has(candidate.id)) return { type: 'ELECT' };
      if (candidate.state === 'formal' && (balloted.has(candidate.id) || message.payload.polled === true)) return { type: 'DEFEAT' };
      return { type: 'VOID', reason: 'election closed without a vote' };
    default:
      return null;
  }
}

/** Cross-workflow effect (ARCHITECTURE.md §5): an election's outcome moves its candidacies on. */
export function candidateResultsHandler(engine: WorkflowEngine): OutboxHandler {
  return {
    name: 'candidates.election-outcome',
    topics: ['election.result_decided', 'election.annulled', 'election.failed', 'election.closed'],
    async handle(message, { manager }) {
      const candidates = await sql<{ id: string; state: string }>(
        manager,
        'SELECT id, state FROM candidates WHERE election_id = $1 AND created_at <= $2 ORDER BY id',
        [message.aggregateId, message.createdAt],
      );
      const elected = new Set(Object.values((message.payload.elected ?? {}) as Record<string, string[]>).flat());
      const balloted = new Set((message.payload.balloted ?? []) as string[]);
      for (const c of candidates) {
        const step = stepFor(message, c, elected, balloted);
        if (step) await engine.send({ type: 'candidate', id: c.id }, step, RELAY, { manager });
      }
    },
  };
}
