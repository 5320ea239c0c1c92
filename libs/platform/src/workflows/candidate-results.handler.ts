import { systemActor } from '@scrutineer/domain';
import { sql } from '@scrutineer/db';
import type { OutboxHandler, WorkflowEngine } from '@scrutineer/workflow';

const RELAY = systemActor('relay');

/**
 * Cross-workflow effect (ARCHITECTURE.md §5): an election's decided result marks its formal candidates
 * elected or defeated; an annulled election voids every candidacy still standing.
 */
export function candidateResultsHandler(engine: WorkflowEngine): OutboxHandler {
  return {
    name: 'candidates.election-outcome',
    topics: ['election.result_decided', 'election.annulled'],
    async handle(message, { manager }) {
      const candidates = await sql<{ id: string; state: string }>(
        manager,
        'SELECT id, state FROM candidates WHERE election_id = $1 ORDER BY id',
        [message.aggregateId],
      );
      if (message.topic === 'election.annulled') {
        for (const c of candidates.filter((x) => !['disqualified', 'withdrawn', 'voided'].includes(x.state))) {
          await engine.send({ type: 'candidate', id: c.id }, { type: 'VOID', reason: 'election annulled' } as { type: string }, RELAY, {
            manager,
          });
        }
        return;
      }
      const elected = new Set(Object.values(message.payload.elected as Record<string, string[]>).flat());
      for (const c of candidates.filter((x) => x.state === 'formal')) {
        await engine.send({ type: 'candidate', id: c.id }, { type: elected.has(c.id) ? 'ELECT' : 'DEFEAT' }, RELAY, { manager });
      }
    },
  };
}
