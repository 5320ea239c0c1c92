import { initialTransition } from 'xstate';
import { getProfile } from '../rules/profiles/index.js';
import { electionMachine } from './election.machine.js';
import { migrateElectionContext } from './election.migrations.js';
import type { ElectionContext } from './election.types.js';

describe('election context migrations', () => {
  const [snapshot] = initialTransition(electionMachine, {
    profile: getProfile('VILLAGE_COMMITTEE', 1),
    organizationType: 'VILLAGE_COMMITTEE',
    memberCount: 100,
    electionDay: '2026-05-10',
    posts: [{ post: '主任', seats: 1 }],
    now: '2026-04-01T02:00:00.000Z',
  });
  const current = snapshot.context;

  it('gives a version 1 context an empty ballot list and a run that began before any candidacy', () => {
    const { balloted: _b, runStartedAt: _r, ...v1 } = current;
    const migrated = migrateElectionContext(v1 as unknown as ElectionContext, 1);
    expect(migrated.balloted).toEqual([]);
    expect(migrated.runStartedAt).toBe('1970-01-01T00:00:00.000Z');
    expect(migrated.electionDay).toBe('2026-05-10');
  });

  it('leaves a current context as it is', () => {
    expect(current.runStartedAt).toBe('2026-04-01T02:00:00.000Z');
    expect(migrateElectionContext(current, 2)).toBe(current);
  });
});
