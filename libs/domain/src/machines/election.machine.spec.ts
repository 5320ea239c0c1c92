import { getNextTransitions, initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { Role } from '../access/roles.js';
import { getProfile } from '../rules/profiles/index.js';
import type { ProfileId } from '../rules/profile.js';
import type { RoundInput } from '../rules/tally.js';
import { explainGuard } from '../workflow/explain.js';
import { electionMachine } from './election.machine.js';
import { electionRules } from './election.rules.js';
import type { ElectionEventType, ElectionFacts, PostCandidates, PostSeats } from './election.types.js';

/**
 * The election machine driven directly with `transition()`: the runtime's part (facts, actor, now)
 * is built here by hand, so each test states exactly what the guards see.
 */
const T = '2026-05-10';
const counts = (over: Partial<PostCandidates> = {}): PostCandidates => ({
  nominated: 0,
  underReview: 0,
  approved: 0,
  formal: 0,
  withoutCommitments: 0,
  ...over,
});

interface Drive {
  snapshot: AnyMachineSnapshot;
  facts: ElectionFacts;
  send(event: { type: ElectionEventType } & Record<string, unknown>, as?: Role | 'SYSTEM'): { type: string; params: unknown }[];
  refusal(
    event: { type: ElectionEventType } & Record<string, unknown>,
    as?: Role,
  ): { rule: string; message: string; citation?: string } | null;
  state(): unknown;
}

function start(profileId: ProfileId, posts: PostSeats[], memberCount = 100, organizationType?: string): Drive {
  const profile = getProfile(profileId, 1);
  const [snapshot] = initialTransition(electionMachine, {
    profile,
    organizationType: (organizationType ?? profile.organizationTypes[0]) as never,
    memberCount,
    electionDay: T,
    posts,
    now: '2026-04-01T02:00:00.000Z',
  });
  const facts: ElectionFacts = {
    today: '2026-04-01',
    candidates: {},
    formalIds: {},
    blockers: [],
    compositionBlocking: [],
    lateEntryDays: 3,
    nominations: [],
  };
  const actor = (as: Role | 'SYSTEM') =>
    as === 'SYSTEM'
      ? { kind: 'system' as const, id: null, role: null, label: 'system:test', ip: null }
      : { kind: 'user' as const, id: 'u', role: as, label: 'u', ip: null };
  const envelope = (event: { type: string } & Record<string, unknown>, as: Role | 'SYSTEM') => ({
    ...event,
    facts: drive.facts,
    actor: actor(as),
    now: `${drive.facts.today}T02:00:00.000Z`,
  });
  const defaultRole = (type: string): Role =>
    [
      'SUBMIT',
      'APPROVE_START',
      'REJECT_START',
      'APPROVE_CANDIDATES',
      'RETURN_CANDIDATES',
      'APPROVE_RESULT',
      'REJECT_RESULT',
      'CERTIFY',
      'ARCHIVE',
      'DEFER',
      'SUSPEND',
      'RESUME',
      'CANCEL',
      'ANNUL',
      'RERUN',
      'REOPEN_VACANCIES',
      'DISPATCH_SECRETARY',
    ].includes(type)
      ? 'ELECTION_OFFICE'
      : 'ELECTION_COMMITTEE';
  const drive: Drive = {
    snapshot,
    facts,
    send(event, as) {
      const e = envelope(event, as ?? defaultRole(event.type));
      if (!drive.snapshot.can(e)) {
        const why = drive.refusal(event, as === 'SYSTEM' ? undefined : as);
        throw new Error(`${event.type} refused in ${JSON.stringify(drive.snapshot.value)}: ${why?.rule} ${why?.message}`);
      }
      const [next, actions] = transition(electionMachine, drive.snapshot, e as never);
      drive.snapshot = next;
      return actions.map((a) => ({ type: a.type, params: a.params }));
    },
    refusal(event, as) {
      const e = envelope(event, as ?? defaultRole(event.type));
      if (drive.snapshot.can(e)) return null;
      const candidates = getNextTransitions(drive.snapshot).filter((t) => t.eventType === event.type);
      for (const t of candidates) {
        const result = explainGuard(electionRules, t.guard, { context: drive.snapshot.context, event: e });
        if (!result.ok) return result;
      }
      return { rule: 'state', message: 'not in this state' };
    },
    state: () => drive.snapshot.value,
  };
  return drive;
}

const VILLAGE_POSTS: PostSeats[] = [
  { post: '主任', seats: 1 },
  { post: '委员', seats: 2 },
];

const round = (over: Partial<RoundInput> & { posts: RoundInput['posts'] }): RoundInput => ({
  kind: 'REGULAR',
  revote: false,
  registered: 100,
  entitled: 100,
  present: { inPerson: 80, byProxy: 0, byMobileBox: 0 },
  ballotsIssued: 80,
  ballotsReturned: 80,
  ballotsInvalid: 0,
  maxProxiesPerHolder: 0,
  ...over,
});

/** Take a village-committee election to polling with two formal candidates for one director's seat. */
function villageAtPolling(registered = 100): Drive {
  const d = villageNoticed(registered);
  d.facts.today = T;
  d.send({ type: 'OPEN_POLLING', secretBoothReady: true });
  return d;
}

/** The same election with its notice posted, before election day. */
function villageNoticed(registered = 100): Drive {
  const d = start('VILLAGE_COMMITTEE', [
    { post: '主任', seats: 1 },
    { post: '委员', seats: 2 },
  ]);
  d.send({ type: 'SUBMIT' });
  for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
    d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
  d.send({ type: 'COMPLETE_PREPARATION' });
  d.facts.today = '2026-04-02';
  d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered });
  d.send({ type: 'DEADLINE', kind: 'objection-window' }, 'SYSTEM');
  d.send({ type: 'CLOSE_ROLL' });
  d.facts.candidates = { 主任: counts({ nominated: 2 }), 委员: counts({ nominated: 3 }) };
  d.send({ type: 'CLOSE_NOMINATION' });
  d.facts.candidates = { 主任: counts({ approved: 2 }), 委员: counts({ approved: 3 }) };
  d.send({ type: 'COMPLETE_REVIEW' });
  d.facts.candidates = { 主任: counts({ formal: 2 }), 委员: counts({ formal: 3 }) };
  d.facts.formalIds = { 主任: ['d1', 'd2'], 委员: ['m1', 'm2', 'm3'] };
  d.facts.today = '2026-04-20';
  d.send({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-20' });
  return d;
}

describe('election machine', () => {
  describe('village committee (VILLAGE_COMMITTEE v1)', () => {
    it('runs from draft to archive, with another round for a seat left unfilled', () => {
      const d = villageAtPolling();
      expect(d.state()).toEqual({ active: 'polling' });
      // Director elected; of the members only one clears "more than half of the votes cast".
      d.send({
        type: 'RECORD_ROUND',
        round: round({
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: 'd1', votes: 50 },
                { candidateId: 'd2', votes: 30 },
              ],
            },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: 'm1', votes: 60 },
                { candidateId: 'm2', votes: 35 },
                { candidateId: 'm3', votes: 30 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toEqual({ active: 'polling' });
      expect(d.snapshot.context.vacancies).toEqual({ 主任: 0, 委员: 1 });
      // 另行选举: at least 1/3 of the votes cast elects.
      const effects = d.send({
        type: 'RECORD_ROUND',
        round: round({
          kind: 'EXTRA',
          ballotsIssued: 75,
          ballotsReturned: 75,
          posts: [
            {
              post: '委员',
              seats: 1,
              votes: [
                { candidateId: 'm2', votes: 30 },
                { candidateId: 'm3', votes: 28 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toBe('elected');
      expect(d.snapshot.context.elected).toEqual({ 主任: ['d1'], 委员: ['m1', 'm2'] });
      expect(effects.find((e) => e.type === 'effect.outbox')).toMatchObject({ params: { topic: 'election.result_decided' } });
      d.send({ type: 'CERTIFY' });
      d.send({ type: 'COMPLETE_HANDOVER', on: T });
      d.send({ type: 'ARCHIVE' });
      expect(d.state()).toBe('archived');
      expect(d.snapshot.status).toBe('done');
    });

    it('turns date-bound steps into deadlines, never timers', () => {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
        d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.today = '2026-04-02';
      const published = d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 });
      expect(published).toContainEqual({
        type: 'effect.scheduleDeadline',
        params: { kind: 'objection-window', dueAt: '2026-04-05T15:59:59.999Z', event: { type: 'DEADLINE', kind: 'objection-window' } },
      });
      d.send({ type: 'DEADLINE', kind: 'objection-window' }, 'SYSTEM');
      const nomination = d.send({ type: 'CLOSE_ROLL' });
      // T-10 and T-5 (seed 002:303), at the end of the day in Beijing time.
      expect(
        nomination
          .filter((a) => a.type === 'effect.scheduleDeadline')
          .map((a) => a.params as { kind: string; dueAt: string })
          .map((p) => [p.kind, p.dueAt]),
      ).toEqual([
        ['self-nomination-close', '2026-04-30T15:59:59.999Z'],
        ['mass-nomination-close', '2026-05-05T15:59:59.999Z'],
      ]);
    });

    it('refuses each step with its reason', () => {
      const small = start('VILLAGE_COMMITTEE', [{ post: '主任', seats: 1 }]);
      expect(small.refusal({ type: 'SUBMIT' })).toMatchObject({
        rule: 'body-size',
        citation: 'seed 002:265',
        values: { seats: 1, min: 3, max: 7 },
      });
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      expect(d.refusal({ type: 'SUBMIT' }, 'ELECTION_COMMITTEE')).toMatchObject({ rule: 'actor-role' });
      d.send({ type: 'SUBMIT' });
      expect(d.refusal({ type: 'COMPLETE_PREPARATION' })).toMatchObject({
        rule: 'preparation',
        message: expect.stringContaining('COMMITTEE_FORMED'),
      });
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
        d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      expect(d.refusal({ type: 'CLOSE_ROLL' })).toMatchObject({ rule: 'roll-unpublished' });
      d.facts.today = '2026-04-02';
      d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 });
      expect(d.refusal({ type: 'CLOSE_ROLL' })).toMatchObject({ rule: 'objection-window-open', citation: 'seed 000 L382' });
      d.facts.today = '2026-04-06';
      expect(d.refusal({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-06', summary: 'late' })).toMatchObject({
        rule: 'objection-window',
        message: expect.stringContaining('2026-04-05'),
      });
      d.facts.today = '2026-04-04';
      d.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-04', summary: '漏登' });
      d.send({ type: 'DEADLINE', kind: 'objection-window' }, 'SYSTEM');
      expect(d.refusal({ type: 'CLOSE_ROLL' })).toMatchObject({ rule: 'objections-open', values: { open: 1 } });
      d.facts.today = '2026-04-05';
      d.send({ type: 'ANSWER_OBJECTION', objection: 1, answeredOn: '2026-04-05', outcome: 'added' });
      d.send({ type: 'CLOSE_ROLL' });
      d.facts.candidates = { 主任: counts({ nominated: 1 }), 委员: counts({ nominated: 3 }) };
      expect(d.refusal({ type: 'CLOSE_NOMINATION' })).toMatchObject({
        rule: 'candidate-margin',
        citation: 'seed 000 L48',
        values: { post: '主任', needed: 2 },
      });
      d.facts.candidates = { 主任: counts({ nominated: 2 }), 委员: counts({ nominated: 3 }) };
      d.send({ type: 'CLOSE_NOMINATION' });
      d.facts.candidates = { 主任: counts({ underReview: 1, approved: 1 }), 委员: counts({ approved: 3 }) };
      expect(d.refusal({ type: 'COMPLETE_REVIEW' })).toMatchObject({ rule: 'review-pending' });
      d.facts.candidates = { 主任: counts({ approved: 2, withoutCommitments: 1 }), 委员: counts({ approved: 3 }) };
      d.send({ type: 'COMPLETE_REVIEW' });
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-01' })).toMatchObject({
        rule: 'commitments',
        citation: 'seed 002:307',
      });
      d.facts.candidates = { 主任: counts({ formal: 2 }), 委员: counts({ formal: 3 }) };
      d.facts.formalIds = { 主任: ['d1'], 委员: ['m1', 'm2', 'm3'] };
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-01' })).toMatchObject({
        rule: 'candidate-margin',
        values: { post: '主任', candidates: 1, needed: 2 },
      });
      d.facts.formalIds = { 主任: ['d1', 'd2'], 委员: ['m1', 'm2', 'm3'] };
      d.facts.today = '2026-05-07';
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-05-07' })).toMatchObject({
        rule: 'notice-days',
        values: { days: 3, required: 5 },
      });
      // A notice said to be posted two days ago is counted from today, the day it is recorded.
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-05-05' })).toMatchObject({
        rule: 'notice-days',
        message:
          'The notice was posted on 2026-05-05 but recorded on 2026-05-07, 3 day(s) before election day 2026-05-10; at least 5 are required',
      });
      d.facts.today = '2026-05-05';
      d.send({ type: 'PUBLISH_NOTICE', postedOn: '2026-05-05' });
      d.facts.today = '2026-05-07';
      expect(d.refusal({ type: 'OPEN_POLLING', secretBoothReady: true })).toMatchObject({ rule: 'before-election-day' });
      d.facts.today = T;
      expect(d.refusal({ type: 'OPEN_POLLING', secretBoothReady: false })).toMatchObject({
        rule: 'secret-booth',
        citation: 'seed 002:313',
      });
      // A director's candidate withdrew after the notice: one left for one seat breaks the 差额.
      d.facts.formalIds = { 主任: ['d1'], 委员: ['m1', 'm2', 'm3'] };
      expect(d.refusal({ type: 'OPEN_POLLING', secretBoothReady: true })).toMatchObject({
        rule: 'candidate-margin',
        values: { post: '主任', candidates: 1, needed: 2 },
      });
      d.send({ type: 'RETURN_CANDIDATES', reason: '主任候选人退出，差额不足' });
      expect(d.state()).toEqual({ active: 'nomination' });
    });

    it('checks that a round’s roll and attendance are the ones recorded', () => {
      const d = villageAtPolling();
      const posts = [
        {
          post: '主任',
          seats: 1,
          votes: [
            { candidateId: 'd1', votes: 50 },
            { candidateId: 'd2', votes: 30 },
          ],
        },
        {
          post: '委员',
          seats: 2,
          votes: [
            { candidateId: 'm1', votes: 60 },
            { candidateId: 'm2', votes: 50 },
          ],
        },
      ];
      expect(d.refusal({ type: 'RECORD_ROUND', round: round({ registered: 120, entitled: 100, posts }) })).toMatchObject({
        rule: 'round-registered',
        values: { roll: 100, round: 120 },
      });
      expect(d.refusal({ type: 'RECORD_ROUND', round: round({ ballotsIssued: 90, ballotsReturned: 80, posts }) })).toMatchObject({
        rule: 'round-inconsistent',
        message: expect.stringContaining('more ballots issued (90) than voters present (80)'),
      });
    });

    it('counts 36,690 registered with 32,837 voting as valid (seed 000 L38–44)', () => {
      const d = villageAtPolling(36_690);
      d.send({
        type: 'RECORD_ROUND',
        round: round({
          registered: 36_690,
          entitled: 36_690,
          present: { inPerson: 32_837, byProxy: 0, byMobileBox: 0 },
          ballotsIssued: 32_837,
          ballotsReturned: 32_837,
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: 'd1', votes: 20_000 },
                { candidateId: 'd2', votes: 12_000 },
              ],
            },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: 'm1', votes: 20_000 },
                { candidateId: 'm2', votes: 17_000 },
                { candidateId: 'm3', votes: 15_000 },
              ],
            },
          ],
        }),
      });
      expect(d.snapshot.context.rounds[0]).toMatchObject({ outcome: 'COMPLETE', counted: true });
      expect(d.state()).toBe('elected');
    });

    it('fails after two rounds, and then reopens only the vacancies', () => {
      const d = villageAtPolling();
      const posts = (votes: number) => [
        {
          post: '主任',
          seats: 1,
          votes: [
            { candidateId: 'd1', votes },
            { candidateId: 'd2', votes: 79 - votes },
          ],
        },
        {
          post: '委员',
          seats: 2,
          votes: [
            { candidateId: 'm1', votes: 70 },
            { candidateId: 'm2', votes: 60 },
            { candidateId: 'm3', votes: 5 },
          ],
        },
      ];
      d.send({ type: 'RECORD_ROUND', round: round({ posts: posts(40) }) });
      expect(d.snapshot.context.vacancies).toEqual({ 主任: 1, 委员: 0 });
      expect(d.refusal({ type: 'RECORD_ROUND', round: round({ posts: posts(40) }) })).toMatchObject({ rule: 'round-kind' });
      const effects = d.send({
        type: 'RECORD_ROUND',
        round: round({
          kind: 'EXTRA',
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: 'd1', votes: 20 },
                { candidateId: 'd2', votes: 20 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toBe('failed');
      expect(effects).toContainEqual(
        expect.objectContaining({
          type: 'effect.scheduleDeadline',
          params: expect.objectContaining({ kind: 'vacancy-fill', dueAt: '2026-07-09T15:59:59.999Z' }),
        }),
      );
      d.send({ type: 'DEADLINE', kind: 'vacancy-fill' }, 'SYSTEM');
      expect(d.snapshot.context.overdue).toEqual(['VACANCIES']);
      expect(d.refusal({ type: 'REOPEN_VACANCIES', electionDay: '2026-05-01', reason: 'x' })).toMatchObject({ rule: 'election-day-past' });
      // 补选: nomination opens again, for the director's seat only, on a new election day.
      const reopened = d.send({ type: 'REOPEN_VACANCIES', electionDay: '2026-06-10', reason: '就短缺職數另行選舉 (seed 000 L267)' });
      expect(d.state()).toEqual({ active: 'nomination' });
      expect(d.snapshot.context).toMatchObject({ electionDay: '2026-06-10', nomination: { selfClosed: false, massClosed: false } });
      expect(reopened.filter((a) => a.type === 'effect.scheduleDeadline').map((a) => (a.params as { kind: string }).kind)).toEqual([
        'self-nomination-close',
        'mass-nomination-close',
      ]);
      // The vacancies are still overdue until they are filled.
      expect(d.snapshot.context.overdue).toEqual(['VACANCIES']);
      d.send({ type: 'CLOSE_NOMINATION' });
      d.send({ type: 'COMPLETE_REVIEW' });
      d.facts.today = '2026-06-01';
      d.send({ type: 'PUBLISH_NOTICE', postedOn: '2026-06-01' });
      d.facts.today = '2026-06-10';
      d.send({ type: 'OPEN_POLLING', secretBoothReady: true });
      expect(d.refusal({ type: 'RECORD_ROUND', round: round({ posts: posts(50) }) })).toMatchObject({
        rule: 'round-post',
        message: '委员 has no open seats',
      });
      const decided = d.send({
        type: 'RECORD_ROUND',
        round: round({
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: 'd1', votes: 50 },
                { candidateId: 'd2', votes: 29 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toBe('elected');
      expect(d.snapshot.context.elected).toEqual({ 主任: ['d1'], 委员: ['m1', 'm2'] });
      expect(d.snapshot.context.overdue).toEqual([]);
      expect(decided).toContainEqual({ type: 'effect.cancelDeadline', params: { kind: 'vacancy-fill' } });
    });

    it('owes a re-vote among candidates tied at the last seat', () => {
      const d = villageAtPolling();
      d.send({
        type: 'RECORD_ROUND',
        round: round({
          posts: [
            {
              post: '主任',
              seats: 1,
              votes: [
                { candidateId: 'd1', votes: 60 },
                { candidateId: 'd2', votes: 20 },
              ],
            },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: 'm1', votes: 70 },
                { candidateId: 'm2', votes: 45 },
                { candidateId: 'm3', votes: 45 },
              ],
            },
          ],
        }),
      });
      expect(d.snapshot.context.ties).toEqual({ 委员: { candidateIds: ['m2', 'm3'], seats: 1, kind: 'REGULAR' } });
      expect(
        d.refusal({
          type: 'RECORD_ROUND',
          round: round({ kind: 'EXTRA', posts: [{ post: '委员', seats: 1, votes: [{ candidateId: 'm2', votes: 50 }] }] }),
        }),
      ).toMatchObject({
        rule: 'revote-owed',
      });
      d.send({
        type: 'RECORD_ROUND',
        round: round({
          revote: true,
          posts: [
            {
              post: '委员',
              seats: 1,
              votes: [
                { candidateId: 'm2', votes: 50 },
                { candidateId: 'm3', votes: 30 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toBe('elected');
      expect(d.snapshot.context.countedRounds).toBe(1);
    });

    it('defers and resumes where it left off, and can be annulled and re-run', () => {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      d.send({ type: 'RECORD_PREPARATION', item: 'COMMITTEE_FORMED', on: '2026-04-01' });
      d.send({ type: 'DEFER', reason: '矛盾激化 (seed 000 L183)' });
      expect(d.state()).toBe('deferred');
      expect(d.refusal({ type: 'DISPATCH_SECRETARY', reason: 'x' })).toMatchObject({ rule: 'dispatch-party-only' });
      d.send({ type: 'RESUME', reason: 'settled' });
      expect(d.state()).toEqual({ active: 'preparation' });
      expect(d.snapshot.context.preparation).toEqual({ COMMITTEE_FORMED: '2026-04-01' });
      expect(d.snapshot.context.notes.map((n: { event: string }) => n.event)).toEqual(['RESUME', 'DEFER']);

      const e = villageAtPolling();
      expect(e.refusal({ type: 'DEFER', reason: 'x' })).toMatchObject({ rule: 'polling-begun' });
      e.send({ type: 'SUSPEND', reason: '罢选 (seed 000 L126)' });
      e.send({ type: 'RESUME', reason: '平息' });
      expect(e.state()).toEqual({ active: 'polling' });
      e.send({
        type: 'RECORD_ROUND',
        round: round({
          posts: [
            { post: '主任', seats: 1, votes: [{ candidateId: 'd1', votes: 60 }] },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: 'm1', votes: 70 },
                { candidateId: 'm2', votes: 65 },
              ],
            },
          ],
        }),
      });
      e.facts.blockers = [
        {
          kind: 'COMPLAINT_CASE',
          id: 'c1',
          reference: 'XF-ABCDEFGH23',
          summary: 'BRIBERY',
          state: 'open.accepted',
          since: '2026-05-10',
          dueOn: '2026-07-09',
          rule: 'a blocking complaint case holds up certification until answered',
          citation: '信访工作条例 (2022) 第三十四条',
        },
      ];
      expect(e.refusal({ type: 'CERTIFY' })).toMatchObject({
        rule: 'open-blockers',
        message: expect.stringContaining('complaint case XF-ABCDEFGH23 (BRIBERY, open.accepted)'),
        citation: '信访工作条例 (2022) 第三十四条',
      });
      e.send({ type: 'ANNUL', reason: '贿选 upheld (seed 002:271)' });
      expect(e.state()).toBe('annulled');
      expect(e.refusal({ type: 'RERUN', electionDay: '2026-05-09', reason: 're-run' })).toMatchObject({ rule: 'election-day-past' });
      e.send({ type: 'RERUN', electionDay: '2026-06-20', reason: 're-run' });
      expect(e.state()).toEqual({ active: 'nomination' });
      expect(e.snapshot.context).toMatchObject({ electionDay: '2026-06-20', pollingOpenedOn: null, noticePostedOn: null });
      expect(e.snapshot.context.elected).toEqual({});
      expect(e.snapshot.context.vacancies).toEqual({ 主任: 1, 委员: 2 });
    });

    /** A village election whose roll is closed on `today`, nominating toward T = 2026-05-10. */
    function villageNominating(today: string): { d: Drive; effects: { type: string; params: unknown }[] } {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
        d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.today = '2026-04-02';
      d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 });
      d.send({ type: 'DEADLINE', kind: 'objection-window' }, 'SYSTEM');
      d.facts.today = today;
      return { d, effects: d.send({ type: 'CLOSE_ROLL' }) };
    }
    const deadlineKinds = (effects: { type: string; params: unknown }[]) =>
      effects
        .filter((e) => e.type.startsWith('effect.') && e.type.includes('Deadline'))
        .map((e) => [e.type, (e.params as { kind: string }).kind]);

    it('closes a nomination route at once when its day has passed, and reopens it when election day moves later', () => {
      // Nomination opens on 2 May: self-nomination closed on 30 April (T-10), 海推 runs until 5 May (T-5).
      const { d, effects } = villageNominating('2026-05-02');
      expect(d.snapshot.context.nomination).toEqual({ selfClosed: true, massClosed: false });
      expect(deadlineKinds(effects)).toEqual([
        ['effect.cancelDeadline', 'self-nomination-close'],
        ['effect.scheduleDeadline', 'mass-nomination-close'],
      ]);
      const moved = d.send({ type: 'RESCHEDULE', electionDay: '2026-05-20', reason: '推迟' });
      expect(d.snapshot.context.nomination).toEqual({ selfClosed: false, massClosed: false });
      expect(deadlineKinds(moved)).toEqual([
        ['effect.scheduleDeadline', 'self-nomination-close'],
        ['effect.scheduleDeadline', 'mass-nomination-close'],
      ]);
    });

    it('marks an objection answered late as overdue, and clears it when answered (seed 000 L382)', () => {
      const d = start('RESIDENTS_COMMITTEE', [
        { post: '主任', seats: 1 },
        { post: '副主任', seats: 1 },
        { post: '委员', seats: 3 },
      ]);
      d.send({ type: 'SUBMIT' });
      for (const item of ['COMMITTEE_FORMED', 'AUDIT_PUBLISHED']) d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.today = '2026-04-02';
      d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 4766 });
      d.facts.today = '2026-04-03';
      const recorded = d.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-03', summary: '重登' });
      const deadline = recorded.find((e) => e.type === 'effect.scheduleDeadline')!.params as {
        kind: string;
        event: Record<string, unknown>;
      };
      expect(deadline).toMatchObject({ kind: 'objection-1', event: { type: 'DEADLINE', kind: 'objection-answer', objection: 1 } });
      d.send(deadline.event as { type: 'DEADLINE' }, 'SYSTEM');
      expect(d.snapshot.context.overdue).toEqual(['OBJECTION_ANSWER']);
      d.facts.today = '2026-04-06';
      const answered = d.send({ type: 'ANSWER_OBJECTION', objection: 1, answeredOn: '2026-04-06', outcome: '删除重复登记' });
      expect(d.snapshot.context.overdue).toEqual([]);
      expect(answered).toContainEqual({ type: 'effect.cancelDeadline', params: { kind: 'objection-1' } });
    });

    it('cannot be cancelled once votes were cast, even while suspended; it can be annulled', () => {
      const d = villageAtPolling();
      d.send({ type: 'SUSPEND', reason: '罢选 (seed 000 L126)' });
      expect(d.refusal({ type: 'CANCEL', reason: 'x' })).toMatchObject({ rule: 'polling-begun' });
      const annulled = d.send({ type: 'ANNUL', reason: '投票秩序混乱' });
      expect(d.state()).toBe('annulled');
      expect(annulled).toContainEqual(expect.objectContaining({ params: { topic: 'election.annulled', payload: {} } }));
    });

    it('closes out its candidacies and everything overdue when cancelled', () => {
      const d = villageNoticed();
      d.facts.today = '2026-05-11';
      d.send({ type: 'DEADLINE', kind: 'polling-overdue' }, 'SYSTEM');
      expect(d.snapshot.context.overdue).toEqual(['POLLING']);
      const cancelled = d.send({ type: 'CANCEL', reason: '行政区划调整' });
      expect(d.state()).toBe('cancelled');
      expect(d.snapshot.context.overdue).toEqual([]);
      expect(cancelled).toContainEqual({
        type: 'effect.outbox',
        params: { topic: 'election.closed', payload: { elected: {}, balloted: [] } },
      });
    });

    it('stops the clocks of unanswered objections when the election is called off', () => {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
        d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.today = '2026-04-02';
      d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 });
      d.facts.today = '2026-04-03';
      d.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-03', summary: '漏登' });
      d.facts.today = '2026-04-03';
      d.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-03', summary: '重登' });
      d.facts.today = '2026-04-04';
      d.send({ type: 'ANSWER_OBJECTION', objection: 2, answeredOn: '2026-04-04', outcome: '删除' });
      const cancelled = d.send({ type: 'CANCEL', reason: '行政区划调整' });
      expect(deadlineKinds(cancelled)).toContainEqual(['effect.cancelDeadline', 'objection-1']);
      expect(deadlineKinds(cancelled)).not.toContainEqual(['effect.cancelDeadline', 'objection-2']);
    });

    it('names who stood in a vote when a failed election is cancelled during its by-election', () => {
      const d = villageAtPolling();
      const noWinner = round({
        posts: [
          {
            post: '主任',
            seats: 1,
            votes: [
              { candidateId: 'd1', votes: 30 },
              { candidateId: 'd2', votes: 30 },
            ],
          },
          { post: '委员', seats: 2, votes: [{ candidateId: 'm1', votes: 30 }] },
        ],
      });
      d.send({ type: 'RECORD_ROUND', round: noWinner });
      const fewVotes = noWinner.posts.map((p) => ({ ...p, votes: p.votes.map((v) => ({ ...v, votes: 10 })) }));
      d.send({ type: 'RECORD_ROUND', round: { ...noWinner, kind: 'EXTRA', posts: fewVotes } });
      expect(d.state()).toBe('failed');
      d.send({ type: 'REOPEN_VACANCIES', electionDay: '2026-06-20', reason: '补选' });
      expect(d.snapshot.context.pollingOpenedOn).toBeNull();
      // Polling has not opened in the by-election: it may be called off, but it is no unpolled election.
      const closed = d.send({ type: 'CANCEL', reason: '不再补选' });
      expect(closed).toContainEqual({
        type: 'effect.outbox',
        params: { topic: 'election.closed', payload: { elected: { 主任: [], 委员: [] }, balloted: ['d1', 'd2', 'm1'] } },
      });
    });

    it('annuls a suspended election only once votes were cast; before polling it is cancelled', () => {
      const d = villageNoticed();
      d.send({ type: 'SUSPEND', reason: '罢选 (seed 000 L126)' });
      expect(d.refusal({ type: 'ANNUL', reason: 'x' })).toMatchObject({ rule: 'not-polled' });
      d.send({ type: 'CANCEL', reason: '宗族干扰, 暂停' });
      expect(d.state()).toBe('cancelled');
    });

    it('sends the list back to nomination from review, publicity or the notice, and the notice is posted again', () => {
      const d = villageNoticed();
      expect(d.snapshot.context.noticePostedOn).toBe('2026-04-20');
      const back = d.send({ type: 'RETURN_CANDIDATES', reason: '候选人被取消资格, 差额不足' });
      expect(d.state()).toEqual({ active: 'nomination' });
      expect(d.snapshot.context.noticePostedOn).toBeNull();
      expect(deadlineKinds(back)).toContainEqual(['effect.cancelDeadline', 'polling-overdue']);
      d.facts.candidates = { 主任: counts({ nominated: 2 }), 委员: counts({ nominated: 3 }) };
      d.send({ type: 'CLOSE_NOMINATION' });
      expect(d.state()).toEqual({ active: 'qualificationReview' });
      d.send({ type: 'RETURN_CANDIDATES', reason: '联审取消一人资格' });
      expect(d.state()).toEqual({ active: 'nomination' });
      expect(d.snapshot.context.notes.map((n: { event: string }) => n.event)).toEqual(['RETURN_CANDIDATES', 'RETURN_CANDIDATES']);
    });

    it('starts a new run on a re-run: the ballot list is cleared and only candidacies from now count', () => {
      const d = villageAtPolling();
      d.send({
        type: 'RECORD_ROUND',
        round: round({
          posts: [
            { post: '主任', seats: 1, votes: [{ candidateId: 'd1', votes: 60 }] },
            {
              post: '委员',
              seats: 2,
              votes: [
                { candidateId: 'm1', votes: 70 },
                { candidateId: 'm2', votes: 65 },
              ],
            },
          ],
        }),
      });
      expect(d.snapshot.context.balloted).toEqual(['d1', 'm1', 'm2']);
      d.send({ type: 'ANNUL', reason: '贿选' });
      const before = d.snapshot.context.runStartedAt;
      d.facts.today = '2026-05-20';
      d.send({ type: 'RERUN', electionDay: '2026-06-20', reason: '重新选举' });
      expect(d.snapshot.context.balloted).toEqual([]);
      expect(d.snapshot.context.runStartedAt).toBe('2026-05-20T02:00:00.000Z');
      expect(d.snapshot.context.runStartedAt > before).toBe(true);
    });
  });

  describe('Party branch (PARTY_BRANCH v1)', () => {
    function partyAtNotice(memberCount = 55): Drive {
      const d = start('PARTY_BRANCH', [{ post: '委员', seats: 3 }], memberCount);
      d.send({ type: 'SUBMIT' });
      expect(d.state()).toEqual({ active: 'awaitingStartApproval' });
      expect(d.refusal({ type: 'APPROVE_START' }, 'ELECTION_COMMITTEE')).toMatchObject({ rule: 'actor-role' });
      d.send({ type: 'APPROVE_START' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      expect(d.state()).toEqual({ active: 'nomination' });
      d.facts.candidates = { 委员: counts({ nominated: 5 }) };
      expect(d.refusal({ type: 'CLOSE_NOMINATION' })).toMatchObject({
        rule: 'initial-list',
        citation: 'seed 002:289',
        values: { needed: 6 },
      });
      d.facts.candidates = { 委员: counts({ nominated: 6 }) };
      d.send({ type: 'CLOSE_NOMINATION' });
      d.facts.candidates = { 委员: counts({ approved: 6 }) };
      d.send({ type: 'COMPLETE_REVIEW' });
      expect(d.state()).toEqual({ active: 'candidateApproval' });
      d.send({ type: 'APPROVE_CANDIDATES' });
      d.facts.candidates = { 委员: counts({ formal: 4 }) };
      d.facts.formalIds = { 委员: ['c1', 'c2', 'c3', 'c4'] };
      d.send({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-01' });
      d.facts.today = T;
      return d;
    }

    it('refuses polling with 35 of 55 entitled present (35 ≤ 44; seed 000 L247, L275–277)', () => {
      const d = partyAtNotice();
      expect(d.refusal({ type: 'OPEN_POLLING', secretBoothReady: true, entitled: 55, present: 35 })).toEqual(
        expect.objectContaining({
          rule: 'quorum',
          message: 'quorum: 35 of 55 present, more than 4/5 of 55 (44) needed',
          citation: 'seed 000 L247',
        }),
      );
      expect(d.refusal({ type: 'OPEN_POLLING', secretBoothReady: true })).toMatchObject({ rule: 'attendance-missing' });
    });

    it('proceeds with 42 of 46 present (seed 003:8), and its result waits for the upper body’s approval', () => {
      const d = partyAtNotice(46);
      d.send({ type: 'OPEN_POLLING', secretBoothReady: true, entitled: 46, present: 42 });
      const effects = d.send({
        type: 'RECORD_ROUND',
        round: round({
          registered: 46,
          entitled: 46,
          present: { inPerson: 42, byProxy: 0, byMobileBox: 0 },
          ballotsIssued: 42,
          ballotsReturned: 42,
          posts: [
            {
              post: '委员',
              seats: 3,
              votes: [
                { candidateId: 'c1', votes: 40 },
                { candidateId: 'c2', votes: 38 },
                { candidateId: 'c3', votes: 24 },
                { candidateId: 'c4', votes: 22 },
              ],
            },
          ],
        }),
      });
      expect(d.state()).toBe('resultPending');
      expect(effects.some((e) => e.type === 'election.saveRound')).toBe(true);
      // Not effective yet: the candidates are told only once the upper body approves (seed 000 L249).
      expect(effects.some((e) => e.type === 'effect.outbox')).toBe(false);
      expect(d.refusal({ type: 'CERTIFY' })).toMatchObject({ rule: 'state' });
      const approved = d.send({ type: 'APPROVE_RESULT' });
      expect(approved).toContainEqual(
        expect.objectContaining({ type: 'effect.outbox', params: expect.objectContaining({ topic: 'election.result_decided' }) }),
      );
      expect(d.state()).toBe('elected');
      expect(d.snapshot.context.elected).toEqual({ 委员: ['c1', 'c2', 'c3'] });
    });

    it('needs more than 20% more approved candidates than seats (seed 000 L244)', () => {
      const d = start('PARTY_BRANCH', [{ post: '委员', seats: 5 }], 80);
      d.send({ type: 'SUBMIT' });
      d.send({ type: 'APPROVE_START' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.candidates = { 委员: counts({ nominated: 10 }) };
      d.send({ type: 'CLOSE_NOMINATION' });
      d.facts.candidates = { 委员: counts({ approved: 6 }) };
      expect(d.refusal({ type: 'COMPLETE_REVIEW' })).toMatchObject({
        rule: 'candidate-margin',
        values: { seats: 5, candidates: 6, needed: 7 },
      });
    });

    it('gives a branch of 6 members a secretary only, and refuses a committee of 3 (seed 000 L242)', () => {
      const d = start('PARTY_BRANCH', [{ post: '委员', seats: 3 }], 6);
      expect(d.refusal({ type: 'SUBMIT' })).toMatchObject({
        rule: 'secretary-only',
        citation: expect.stringContaining('seed 000 L242, L399'),
      });
      const ok = start('PARTY_BRANCH', [{ post: '书记', seats: 1 }], 6);
      ok.send({ type: 'SUBMIT' });
      expect(ok.state()).toEqual({ active: 'awaitingStartApproval' });
    });

    it('can have its secretary dispatched from above after failing (下派, seed 000 L191)', () => {
      const d = partyAtNotice(46);
      d.send({ type: 'OPEN_POLLING', secretBoothReady: true, entitled: 46, present: 42 });
      const low = (kind: 'REGULAR' | 'EXTRA') =>
        round({
          kind,
          registered: 46,
          entitled: 46,
          present: { inPerson: 42, byProxy: 0, byMobileBox: 0 },
          ballotsIssued: 42,
          ballotsReturned: 42,
          posts: [
            {
              post: '委员',
              seats: 3,
              votes: [
                { candidateId: 'c1', votes: 20 },
                { candidateId: 'c2', votes: 20 },
                { candidateId: 'c3', votes: 20 },
                { candidateId: 'c4', votes: 20 },
              ],
            },
          ],
        });
      d.send({ type: 'RECORD_ROUND', round: low('REGULAR') });
      d.send({ type: 'RECORD_ROUND', round: low('EXTRA') });
      expect(d.state()).toBe('failed');
      d.send({ type: 'DISPATCH_SECRETARY', reason: '無人可選' });
      expect(d.state()).toBe('secretaryDispatched');
    });
  });

  describe('dates people give', () => {
    /** A village election created on 1 April, prepared, and at the roll on `today`. */
    function atRoll(today = '2026-04-02'): Drive {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      for (const item of ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'])
        d.send({ type: 'RECORD_PREPARATION', item, on: '2026-04-01' });
      d.send({ type: 'COMPLETE_PREPARATION' });
      d.facts.today = today;
      return d;
    }

    it('refuses a date before the election existed, before the step it follows, in the future, or far outside reason', () => {
      const d = start('VILLAGE_COMMITTEE', VILLAGE_POSTS);
      d.send({ type: 'SUBMIT' });
      expect(d.refusal({ type: 'RECORD_PREPARATION', item: 'COMMITTEE_FORMED', on: '2026-03-31' })).toMatchObject({
        rule: 'date-before',
        message: 'on 2026-03-31 is before the election was created on 2026-04-01',
      });
      expect(d.refusal({ type: 'RECORD_PREPARATION', item: 'COMMITTEE_FORMED', on: '2026-04-02' })).toMatchObject({ rule: 'date-future' });
      expect(d.refusal({ type: 'RECORD_PREPARATION', item: 'COMMITTEE_FORMED', on: '1999-12-31' })).toMatchObject({
        rule: 'date-implausible',
      });
      const r = atRoll('2026-04-03');
      r.snapshot.context.preparation.AUDIT_PUBLISHED = '2026-04-02';
      expect(r.refusal({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-01', registered: 100 })).toMatchObject({
        rule: 'date-before',
        message: expect.stringContaining('preparation (AUDIT_PUBLISHED)'),
      });
      r.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-03', registered: 100 });
      r.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-03', summary: '漏登' });
      expect(r.refusal({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-02', summary: '早于公布' })).toMatchObject({
        rule: 'date-before',
        values: { bound: '2026-04-03', what: 'the voter roll was published' },
      });
      expect(r.refusal({ type: 'ANSWER_OBJECTION', objection: 1, answeredOn: '2026-04-02', outcome: 'x' })).toMatchObject({
        rule: 'date-before',
        message: 'answeredOn 2026-04-02 is before objection 1 was received on 2026-04-03',
      });
    });

    it('takes a date more than LATE_ENTRY_DAYS back only with a reason, flags it, and leaves the voters their whole window', () => {
      const d = atRoll('2026-04-08');
      expect(d.refusal({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 })).toMatchObject({
        rule: 'late-entry-reason',
        values: { days: 6, lateEntryDays: 3 },
      });
      const effects = d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100, lateReason: '纸质公告, 补录' });
      // Three days to object run from the day it was recorded, not from the date given (seed 000 L382).
      expect(d.snapshot.context.roll).toMatchObject({ publishedOn: '2026-04-02', objectionsUntil: '2026-04-11' });
      expect(effects).toContainEqual({
        type: 'effect.scheduleDeadline',
        params: expect.objectContaining({ kind: 'objection-window', dueAt: '2026-04-11T15:59:59.999Z' }),
      });
      expect(effects).toContainEqual({
        type: 'effect.lateEntry',
        params: {
          step: 'PUBLISH_ROLL',
          field: 'publishedOn',
          date: '2026-04-02',
          recordedAt: '2026-04-08T02:00:00.000Z',
          daysBack: 6,
          reason: '纸质公告, 补录',
        },
      });
      d.send({ type: 'RECORD_OBJECTION', receivedOn: '2026-04-08', summary: '第6天提出, 仍在窗口内' });
      expect(d.snapshot.context.datesGiven.map((g: { step: string; late: boolean }) => [g.step, g.late])).toEqual([
        ['RECORD_PREPARATION', false],
        ['RECORD_PREPARATION', false],
        ['RECORD_PREPARATION', false],
        ['PUBLISH_ROLL', true],
        ['RECORD_OBJECTION', false],
      ]);
    });

    it('refuses a notice posted before the roll was published', () => {
      const d = atRoll('2026-04-02');
      d.send({ type: 'PUBLISH_ROLL', publishedOn: '2026-04-02', registered: 100 });
      d.send({ type: 'DEADLINE', kind: 'objection-window' }, 'SYSTEM');
      d.send({ type: 'CLOSE_ROLL' });
      d.facts.candidates = { 主任: counts({ nominated: 2 }), 委员: counts({ nominated: 3 }) };
      d.send({ type: 'CLOSE_NOMINATION' });
      d.facts.candidates = { 主任: counts({ approved: 2 }), 委员: counts({ approved: 3 }) };
      d.send({ type: 'COMPLETE_REVIEW' });
      d.facts.candidates = { 主任: counts({ formal: 2 }), 委员: counts({ formal: 3 }) };
      d.facts.formalIds = { 主任: ['d1', 'd2'], 委员: ['m1', 'm2', 'm3'] };
      d.facts.today = '2026-04-10';
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-01' })).toMatchObject({
        rule: 'date-before',
        message: 'postedOn 2026-04-01 is before the voter roll was published on 2026-04-02',
      });
      expect(d.refusal({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-03' })).toMatchObject({ rule: 'late-entry-reason' });
      d.send({ type: 'PUBLISH_NOTICE', postedOn: '2026-04-03', lateReason: '公告已张贴, 今日补录' });
      expect(d.snapshot.context.datesGiven.at(-1)).toMatchObject({ step: 'PUBLISH_NOTICE', date: '2026-04-03', late: true, daysBack: 7 });
    });

    it('re-checks the nomination windows and the notice when election day moves', () => {
      const d = villageNoticed();
      d.facts.today = '2026-04-21';
      // A self-nomination was taken on 20 April: self-nomination closes T-10, so T may not come before 30 April.
      d.facts.nominations = [
        { route: 'SELF', nominatedOn: '2026-04-20' },
        { route: 'MASS', nominatedOn: '2026-04-22' },
      ];
      expect(d.refusal({ type: 'RESCHEDULE', electionDay: '2026-04-23', reason: '提前' })).toMatchObject({
        rule: 'notice-days',
        values: { postedOn: '2026-04-20', electionDay: '2026-04-23', days: 3, required: 5 },
      });
      d.snapshot.context.noticePostedOn = '2026-04-15';
      expect(d.refusal({ type: 'RESCHEDULE', electionDay: '2026-04-26', reason: '提前' })).toMatchObject({
        rule: 'reschedule-nomination-window',
        message: expect.stringContaining('would have closed on 2026-04-16'),
        values: { closes: '2026-04-16', route: 'SELF', latest: '2026-04-20' },
      });
      expect(d.refusal({ type: 'RESCHEDULE', electionDay: '2029-05-10', reason: '笔误' })).toMatchObject({ rule: 'date-implausible' });
      d.send({ type: 'RESCHEDULE', electionDay: '2026-05-20', reason: '推迟' });
      expect(d.snapshot.context.electionDay).toBe('2026-05-20');
    });
  });

  describe('other profiles', () => {
    it('file residents’ committee results without approval, and take League results to approval', () => {
      const rc = start('RESIDENTS_COMMITTEE', [
        { post: '主任', seats: 1 },
        { post: '副主任', seats: 1 },
        { post: '委员', seats: 3 },
      ]);
      rc.send({ type: 'SUBMIT' });
      expect(rc.state()).toEqual({ active: 'preparation' });
      const league = start('YOUTH_LEAGUE_BRANCH', [{ post: '委员', seats: 3 }], 20);
      league.send({ type: 'SUBMIT' });
      expect(league.state()).toEqual({ active: 'awaitingStartApproval' });
      const union = start('TRADE_UNION', [{ post: '委员', seats: 9 }], 120);
      union.send({ type: 'SUBMIT' });
      expect(union.refusal({ type: 'COMPLETE_PREPARATION' })).toMatchObject({
        rule: 'preparation',
        message: expect.stringContaining('RULES_ADOPTED'),
      });
    });
  });
});
