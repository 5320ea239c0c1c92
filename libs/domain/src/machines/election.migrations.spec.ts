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

  it('gives a version 2 context the objection window it counted, no dates given, and the secretary-only rule in its new shape', () => {
    const party = getProfile('PARTY_BRANCH', 1);
    const league = getProfile('YOUTH_LEAGUE_BRANCH', 1);
    const { createdOn: _c, datesGiven: _d, ...rest } = current;
    const v2 = (profile: typeof party, secretaryOnly: unknown) =>
      ({
        ...rest,
        profile: { ...profile, body: { ...profile.body, secretaryOnly: { ...profile.body.secretaryOnly, value: secretaryOnly } } },
        roll: { publishedOn: '2026-04-10', registered: 100, objectionWindowClosed: false, objections: [] },
      }) as unknown as ElectionContext;
    const partyV2 = migrateElectionContext(v2(party, { members: 7, inclusive: false, mandatory: true }), 2);
    expect(partyV2.profile.body.secretaryOnly.value).toEqual({ requiredBelow: 7, allowedUpTo: null });
    expect(partyV2).toMatchObject({ createdOn: null, datesGiven: [], roll: { objectionsUntil: null } });
    const leagueV2 = migrateElectionContext(v2(league, { members: 7, inclusive: true, mandatory: false }), 2);
    expect(leagueV2.profile.body.secretaryOnly.value).toEqual({ requiredBelow: null, allowedUpTo: 7 });
    const village = migrateElectionContext(v2(getProfile('VILLAGE_COMMITTEE', 1), null), 2);
    expect(village.roll.objectionsUntil).toBe('2026-04-13');
  });

  it('leaves a current context as it is', () => {
    expect(current.runStartedAt).toBe('2026-04-01T02:00:00.000Z');
    expect(current.createdOn).toBe('2026-04-01');
    expect(migrateElectionContext(current, 3)).toBe(current);
  });
});
