import { electionMachine } from './election.machine.js';
import { toMermaid } from './mermaid.js';

describe('lifecycle diagram', () => {
  it('draws every state and every targeted step of the election machine', () => {
    const diagram = toMermaid(electionMachine, { omitEvents: ['DEADLINE'] });
    expect(diagram.split('\n')[0]).toBe('stateDiagram-v2');
    for (const edge of [
      'draft --> awaitingStartApproval: SUBMIT',
      'draft --> preparation: SUBMIT',
      'polling --> decidingRound: RECORD_ROUND',
      'decidingRound --> resultPending',
      'decidingRound --> failed',
      'failed --> nomination: REOPEN_VACANCIES',
      'deferred --> active: RESUME',
      'annulled --> nomination: RERUN',
      'active --> deferred: DEFER',
    ]) {
      expect(diagram).toContain(edge);
    }
    expect(diagram).not.toContain('DEADLINE');
    expect(diagram).toContain('archived --> [*]');
  });
});
