import { initialTransition } from 'xstate';
import { getProfile } from '../rules/profiles/index.js';
import { electionMachine } from './election.machine.js';
import type { ElectionContext } from './election.types.js';
import { nominationAllowed } from './nomination.js';

const village = (over: Partial<ElectionContext> = {}): ElectionContext => {
  const [snapshot] = initialTransition(electionMachine, {
    profile: getProfile('VILLAGE_COMMITTEE', 1),
    organizationType: 'VILLAGE_COMMITTEE',
    memberCount: 980,
    electionDay: '2026-05-10',
    posts: [
      { post: '主任', seats: 1 },
      { post: '委员', seats: 2 },
    ],
  });
  const context = snapshot.context as ElectionContext;
  return { ...context, roll: { ...context.roll, publishedOn: '2026-04-02', registered: 980 }, ...over };
};

const NOMINATING = 'active.nomination';

describe('nomination', () => {
  it('takes 海推 only for a post whose self-nominees cannot make the list (seed 002:303)', () => {
    expect(nominationAllowed(NOMINATING, village(), '主任', 'MASS', { selfNominees: 2, massVoters: 600 })).toMatchObject({
      ok: false,
      rule: 'mass-after-self',
      values: { selfNominees: 2, enough: 2 },
    });
    expect(nominationAllowed(NOMINATING, village(), '主任', 'MASS', { selfNominees: 1, massVoters: 600 })).toEqual({ ok: true });
  });

  it('needs more than half the registered voters to take part in the 海推 in person', () => {
    expect(nominationAllowed(NOMINATING, village(), '委员', 'MASS', { selfNominees: 0, massVoters: null })).toMatchObject({
      rule: 'mass-participation-missing',
    });
    expect(nominationAllowed(NOMINATING, village(), '委员', 'MASS', { selfNominees: 0, massVoters: 490 })).toMatchObject({
      rule: 'mass-participation',
      message: '海推: 490 of 980 voters took part, more than 1/2 of 980 (490) needed',
      values: { needed: 491 },
    });
    expect(nominationAllowed(NOMINATING, village(), '委员', 'MASS', { selfNominees: 0, massVoters: 491 })).toEqual({ ok: true });
  });

  it('refuses a closed route, a route the rules lack, and a post with no vacancy', () => {
    const none = { selfNominees: 0, massVoters: null };
    expect(
      nominationAllowed(NOMINATING, village({ nomination: { selfClosed: true, massClosed: false } }), '主任', 'SELF', none),
    ).toMatchObject({ rule: 'self-nomination-closed', citation: 'seed 002:303' });
    expect(nominationAllowed(NOMINATING, village(), '主任', 'ORGANIZATION', none)).toMatchObject({ rule: 'route' });
    expect(nominationAllowed(NOMINATING, village({ vacancies: { 主任: 1, 委员: 0 } }), '委员', 'SELF', none)).toMatchObject({
      rule: 'post-filled',
    });
    expect(nominationAllowed('active.publicity', village(), '主任', 'SELF', none)).toMatchObject({ rule: 'nomination-closed' });
  });
});
