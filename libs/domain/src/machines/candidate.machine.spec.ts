import { getNextTransitions, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { Role } from '../access/roles.js';
import type { ReviewLevel } from '../rules/profile.js';
import { explainGuard } from '../workflow/explain.js';
import { candidateMachine, candidateRules, type CandidateFacts } from './candidate.machine.js';

const person = {
  name: '王建国',
  sex: 'MALE' as const,
  birthDate: '1975-06-01',
  education: 'HIGH_SCHOOL' as const,
  partyMember: true,
  partyJoinedOn: '2001-07-01',
  currentPosts: [],
  incumbent: false,
  records: {},
};

function candidate(requiredReviewLevels: readonly ReviewLevel[]) {
  let [snapshot] = initialTransition(candidateMachine, {
    electionId: 'e',
    profileId: 'VILLAGE_COMMITTEE',
    post: '主任',
    route: 'SELF',
    person,
    nominatedOn: '2026-04-20',
  }) as [AnyMachineSnapshot, unknown];
  const facts: CandidateFacts = {
    today: '2026-04-25',
    findings: [],
    commitmentsRequired: true,
    electionState: 'active.qualificationReview',
    requiredReviewLevels,
    lateEntryDays: 3,
  };
  const envelope = (event: { type: string } & Record<string, unknown>, role: Role) => ({
    ...event,
    facts,
    actor: { kind: 'user' as const, id: 'u', role, label: 'u', ip: null },
    now: '2026-04-25T02:00:00.000Z',
  });
  return {
    facts,
    send(event: { type: string } & Record<string, unknown>, role: Role = 'ELECTION_OFFICE') {
      const e = envelope(event, role);
      if (!snapshot.can(e as never)) throw new Error(`${event.type} refused in ${JSON.stringify(snapshot.value)}`);
      [snapshot] = transition(candidateMachine, snapshot, e as never);
    },
    refusal(event: { type: string } & Record<string, unknown>, role: Role = 'ELECTION_OFFICE') {
      const e = envelope(event, role);
      if (snapshot.can(e as never)) return null;
      for (const t of getNextTransitions(snapshot).filter((x) => x.eventType === event.type)) {
        const result = explainGuard(candidateRules, t.guard, { context: snapshot.context, event: e });
        if (!result.ok) return result;
      }
      return { rule: 'state' };
    },
    get state() {
      return snapshot.value;
    },
    get context() {
      return snapshot.context as { reviews: { level: string; outcome: string }[] };
    },
  };
}

describe('candidate machine', () => {
  it('passes the township review, then the joint review, before approval (seed 002:305)', () => {
    const c = candidate(['TOWNSHIP_PRELIMINARY', 'JOINT_REVIEW']);
    c.send({ type: 'START_REVIEW' }, 'ELECTION_COMMITTEE');
    expect(c.refusal({ type: 'APPROVE', level: 'JOINT_REVIEW' })).toMatchObject({
      rule: 'review-order',
      message: 'TOWNSHIP_PRELIMINARY comes before JOINT_REVIEW',
    });
    c.send({ type: 'APPROVE', level: 'TOWNSHIP_PRELIMINARY' });
    expect(c.state).toBe('underReview');
    expect(c.refusal({ type: 'APPROVE', level: 'TOWNSHIP_PRELIMINARY' })).toMatchObject({
      rule: 'review-order',
      message: 'Already approved at TOWNSHIP_PRELIMINARY; JOINT_REVIEW is next',
    });
    c.send({ type: 'APPROVE', level: 'JOINT_REVIEW' });
    expect(c.state).toBe('approved');
    expect(c.context.reviews.map((r) => [r.level, r.outcome])).toEqual([
      ['TOWNSHIP_PRELIMINARY', 'APPROVED'],
      ['JOINT_REVIEW', 'APPROVED'],
    ]);
  });

  it('is approved after one review where the profile has only one, and refuses a level it does not have', () => {
    const c = candidate(['TOWNSHIP_PRELIMINARY']);
    c.send({ type: 'START_REVIEW' }, 'ELECTION_COMMITTEE');
    expect(c.refusal({ type: 'APPROVE', level: 'JOINT_REVIEW' })).toMatchObject({ rule: 'review-level' });
    c.send({ type: 'APPROVE', level: 'TOWNSHIP_PRELIMINARY' });
    expect(c.state).toBe('approved');
  });

  it('can be disqualified at the joint review after passing the township review', () => {
    const c = candidate(['TOWNSHIP_PRELIMINARY', 'JOINT_REVIEW']);
    c.send({ type: 'START_REVIEW' }, 'ELECTION_COMMITTEE');
    c.send({ type: 'APPROVE', level: 'TOWNSHIP_PRELIMINARY' });
    c.send({ type: 'DISQUALIFY', level: 'JOINT_REVIEW', reason: '涉黑涉恶受处理未满3年' });
    expect(c.state).toBe('disqualified');
    expect(c.context.reviews.map((r) => r.outcome)).toEqual(['APPROVED', 'DISQUALIFIED']);
  });

  it('refuses a disqualification at a level the profile does not have', () => {
    const c = candidate(['TOWNSHIP_PRELIMINARY']);
    c.send({ type: 'START_REVIEW' }, 'ELECTION_COMMITTEE');
    expect(c.refusal({ type: 'DISQUALIFY', level: 'JOINT_REVIEW', reason: 'x' })).toMatchObject({ rule: 'review-level' });
    c.send({ type: 'DISQUALIFY', level: 'TOWNSHIP_PRELIMINARY', reason: '不符合任职条件' });
    expect(c.state).toBe('disqualified');
  });

  it('can lose a formal candidacy on an upheld objection while the list is public, but not once polling opens', () => {
    const c = candidate(['TOWNSHIP_PRELIMINARY']);
    c.send({ type: 'START_REVIEW' }, 'ELECTION_COMMITTEE');
    c.send({ type: 'APPROVE', level: 'TOWNSHIP_PRELIMINARY' });
    c.send({ type: 'CONFIRM_FORMAL', commitmentsSignedOn: '2026-04-25' }, 'ELECTION_COMMITTEE');
    expect(c.state).toBe('formal');
    c.facts.electionState = 'active.polling';
    expect(c.refusal({ type: 'DISQUALIFY', level: 'TOWNSHIP_PRELIMINARY', reason: 'x' })).toMatchObject({ rule: 'election-state' });
    c.facts.electionState = 'active.publicity';
    expect(c.refusal({ type: 'DISQUALIFY', level: 'TOWNSHIP_PRELIMINARY', reason: 'x' }, 'ELECTION_COMMITTEE')).toMatchObject({
      rule: 'actor-role',
    });
    c.send({ type: 'DISQUALIFY', level: 'TOWNSHIP_PRELIMINARY', reason: '公示期间举报属实: 贿选' });
    expect(c.state).toBe('disqualified');
  });
});
