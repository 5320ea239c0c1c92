import { candidateMachine } from '@scrutineer/domain/machines/candidate.machine';
import { electionMachine } from '@scrutineer/domain/machines/election.machine';
import { lifecycleOf, placeOf } from './lifecycle';

describe('the lifecycle drawn from the machine', () => {
  it('follows the election from draft to archived, each state once, with the side paths apart', () => {
    const { main, side } = lifecycleOf(electionMachine);
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
});
