import { candidateMachine } from '@scrutineer/domain/machines/candidate.machine';
import { electionMachine } from '@scrutineer/domain/machines/election.machine';
import { lifecycleOf, placeOf, statusOf } from './lifecycle';

describe('the lifecycle drawn from the machine', () => {
  it('follows the election from draft to archived, each state once, with the side paths apart', () => {
    const { main, side, transient } = lifecycleOf(electionMachine);
    expect(transient).toEqual(['active.decidingRound']);
    expect(main).toEqual([
      'active.draft',
      'active.awaitingStartApproval',
      'active.preparation',
      'active.voterRegistration',
      'active.nomination',
      'active.qualificationReview',
      'active.candidateApproval',
      'active.publicity',
      'active.noticed',
      'active.polling',
      'active.decidingRound',
      'resultPending',
      'elected',
      'certified',
      'handedOver',
      'archived',
    ]);
    expect(side).toEqual(['deferred', 'suspended', 'failed', 'annulled', 'cancelled', 'secretaryDispatched']);
    expect(new Set([...main, ...side]).size).toBe(main.length + side.length);
  });

  it('places a state on the path or beside it', () => {
    const lifecycle = lifecycleOf(electionMachine);
    expect(placeOf(lifecycle, 'active.polling')).toEqual({ main: 9, side: false });
    expect(placeOf(lifecycle, 'deferred')).toEqual({ main: -1, side: true });
  });

  it('works for any machine: the candidate’s too', () => {
    const { main, side } = lifecycleOf(candidateMachine);
    expect(main[0]).toBe('nominated');
    expect(main.length + side.length).toBeGreaterThan(5);
  });

  it('marks the states passed through, and dashes those the rules skipped', () => {
    const visited = new Set(['active.draft', 'active.preparation', 'active.voterRegistration']);
    // A residents committee: no start approval, so 待批复 was never passed.
    expect(statusOf(0, 3, 'active.draft', visited)).toBe('done');
    expect(statusOf(1, 3, 'active.awaitingStartApproval', visited)).toBe('skipped');
    expect(statusOf(3, 3, 'active.voterRegistration', visited)).toBe('current');
    expect(statusOf(4, 3, 'active.nomination', visited)).toBe('todo');
    // Deferred (a side state): the main path shows where it had been.
    expect(statusOf(2, -1, 'active.preparation', visited)).toBe('done');
    expect(statusOf(4, -1, 'active.nomination', visited)).toBe('todo');
  });
});
