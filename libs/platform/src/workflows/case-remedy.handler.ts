import { DomainError, systemActor, type CaseSubject, type Remedy } from '@scrutineer/domain';
import type { OutboxHandler, WorkflowEngine } from '@scrutineer/workflow';

const RELAY = systemActor('relay');

/** Refusals that are an answer (the election cannot take the remedy now), not a failure to retry. */
const ANSWERS = ['INVALID_TRANSITION', 'FORBIDDEN', 'NOT_FOUND'];

/**
 * Cross-workflow effect (ARCHITECTURE.md §5): an upheld case's remedy reaches the election or the
 * candidate — 选举无效 or 取消候选人资格 — exactly once (the relay records the delivery in the same
 * savepoint), and the case hears back whether it was applied. The election's history names the case.
 */
export function caseRemedyHandler(engine: WorkflowEngine): OutboxHandler {
  return {
    name: 'elections.case-remedy',
    topics: ['case.remedy'],
    async handle(message, { manager }) {
      const { remedy, subject, finding } = message.payload as { remedy: Remedy; subject: CaseSubject; finding: string | null };
      const send = (type: string, id: string, event: { type: string } & Record<string, unknown>) =>
        engine.send({ type, id }, event, RELAY, { manager });
      // The case by id only: its tracking code (half of the public's key) and the findings stay with the case.
      const reason = `Case ${message.aggregateId}: ${remedy === 'ANNUL_ELECTION' ? '选举无效' : '取消候选人资格'} on a ${finding ?? 'recorded'} finding`;
      let applied = true;
      let answer = remedy === 'ANNUL_ELECTION' ? 'election annulled' : 'candidate disqualified';
      try {
        if (remedy === 'ANNUL_ELECTION' && subject.electionId) {
          await send('election', subject.electionId, { type: 'ANNUL', reason });
        } else if (remedy === 'DISQUALIFY_CANDIDATE' && subject.candidateId) {
          await send('candidate', subject.candidateId, { type: 'DISQUALIFY', reason });
        } else {
          applied = false;
          answer = `the case names no ${remedy === 'ANNUL_ELECTION' ? 'election' : 'candidate'}`;
        }
      } catch (error) {
        if (!(error instanceof DomainError) || !ANSWERS.includes(error.code)) throw error;
        applied = false;
        answer = error.message;
      }
      try {
        await send('case', message.aggregateId, { type: 'REMEDY_RESULT', remedy, applied, message: answer });
      } catch (error) {
        // A case already final keeps its record in the election's history and the audit trail.
        if (!(error instanceof DomainError) || error.code !== 'INVALID_TRANSITION') throw error;
      }
    },
  };
}
