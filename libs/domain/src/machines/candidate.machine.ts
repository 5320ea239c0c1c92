import { assign, enqueueActions, setup } from 'xstate';
import type { Role } from '../access/roles.js';
import { givenDateProblem, recordGivenDates, type GivenDate } from '../calendar/given-date.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { EligibilityFinding } from '../rules/eligibility.js';
import type { Person } from '../rules/person.js';
import type { NominationRoute, ProfileId, ReviewLevel } from '../rules/profile.js';
import { role, systemOnly } from '../workflow/actor-rules.js';
import { effectActions } from '../workflow/effects.js';
import type { Envelope } from '../workflow/envelope.js';
import { all, fail, guardsFromRules, not, pass, type Rule } from '../workflow/rules.js';

/**
 * A candidate's own small lifecycle: nominated → under review → approved or disqualified → formal →
 * elected, defeated or withdrawn. Review levels follow the documents: the township's preliminary
 * review, then the county or city joint review with discipline, police, courts and 信访 (seed 000 L171,
 * seed 002:305). A withdrawal keeps its reason, who initiated it and when: it matters to supervision.
 */
export const CANDIDATE_MACHINE_VERSION = 2;

export const WITHDRAWAL_INITIATORS = ['CANDIDATE', 'ELECTION_COMMITTEE', 'UPPER_BODY', 'SYSTEM'] as const;
export type WithdrawalInitiator = (typeof WITHDRAWAL_INITIATORS)[number];

export interface CandidateContext {
  electionId: string;
  profileId: ProfileId;
  post: string;
  route: NominationRoute;
  person: Person;
  nominatedOn: LocalDate;
  /** 海推 only: voters who took part in the mass nomination vote in person (seed 002:303). */
  massVoters?: number;
  reviews: { level: ReviewLevel; outcome: 'APPROVED' | 'DISQUALIFIED'; on: LocalDate; note: string }[];
  commitmentsSignedOn: LocalDate | null;
  withdrawal: { reason: string; initiator: WithdrawalInitiator; on: LocalDate } | null;
  disqualification: { reason: string; level: ReviewLevel; on: LocalDate } | null;
  /** Dates someone gave (letters signed, withdrawal), beside when they were recorded; late ones flagged. */
  datesGiven: GivenDate[];
}

export interface CandidateFacts {
  today: LocalDate;
  /** The profile's eligibility findings for this person on election day. */
  findings: EligibilityFinding[];
  /** The profile asks for commitment letters before a candidate becomes formal. */
  commitmentsRequired: boolean;
  /** The election's state, e.g. `active.nomination`: reviews and withdrawals have their time. */
  electionState: string;
  /** The review levels the profile requires, in order: approval is final after the last. */
  requiredReviewLevels: readonly ReviewLevel[];
  /** Days back a date may be given without a written reason (LATE_ENTRY_DAYS). */
  lateEntryDays: number;
}

type Events =
  | { type: 'START_REVIEW' }
  | { type: 'APPROVE'; level: ReviewLevel; note?: string }
  | { type: 'DISQUALIFY'; level?: ReviewLevel; reason: string }
  | { type: 'CONFIRM_FORMAL'; commitmentsSignedOn?: LocalDate | null; lateReason?: string }
  | { type: 'WITHDRAW'; reason: string; initiator: WithdrawalInitiator; on: LocalDate; lateReason?: string }
  | { type: 'ELECT' }
  | { type: 'DEFEAT' }
  | { type: 'VOID'; reason: string };

export type CandidateEvent = Envelope<Events, CandidateFacts>;

export interface CandidateInput {
  electionId: string;
  profileId: ProfileId;
  post: string;
  route: NominationRoute;
  person: Person;
  nominatedOn: LocalDate;
  massVoters?: number;
}

type CandidateRule = Rule<CandidateContext, CandidateEvent>;

const OFFICE: readonly Role[] = ['ELECTION_OFFICE'];
const COMMITTEE: readonly Role[] = ['ELECTION_COMMITTEE', 'ELECTION_OFFICE'];

/** Approval over an INELIGIBLE finding is refused; UNSUITABLE or NEEDS_APPROVAL findings need a written note. */
const approvable: CandidateRule = ({ event }) => {
  const ineligible = event.facts.findings.filter((f) => f.effect === 'INELIGIBLE');
  if (ineligible.length > 0) {
    return fail('ineligible', ineligible.map((f) => f.message).join('; '), {
      citation: ineligible.map((f) => f.citation).join('; '),
      values: { findings: ineligible.length },
    });
  }
  const others = event.facts.findings.filter((f) => f.effect !== 'INELIGIBLE');
  const noted = event.type === 'APPROVE' && typeof event.note === 'string' && event.note.trim().length > 0;
  return others.length === 0 || noted
    ? pass()
    : fail('needs-note', `Approving despite: ${others.map((f) => f.message).join('; ')} — give the reason and the approval in the note`, {
        citation: others.map((f) => f.citation).join('; '),
        values: { findings: others.length },
      });
};

const approvedLevels = (c: CandidateContext): ReviewLevel[] => c.reviews.filter((r) => r.outcome === 'APPROVED').map((r) => r.level);
const levelsToGo = (c: CandidateContext, required: readonly ReviewLevel[]): ReviewLevel[] =>
  required.filter((l) => !approvedLevels(c).includes(l));

/** The level approving now is the next one the profile requires (初审 before 联审). */
const levelInOrder: CandidateRule = ({ context, event }) => {
  const required = event.facts.requiredReviewLevels;
  if (event.type !== 'APPROVE' || event.level === undefined) return pass();
  if (!required.includes(event.level)) {
    return fail('review-level', `${event.level} is not a review level under these rules (${required.join(' → ')})`, {
      citation: 'seed 002:305; seed 000 L171',
      values: { level: event.level, levels: required.join(',') },
    });
  }
  const next = levelsToGo(context, required)[0];
  if (event.level !== next) {
    return fail(
      'review-order',
      approvedLevels(context).includes(event.level)
        ? `Already approved at ${event.level}; ${next} is next`
        : `${next} comes before ${event.level}`,
      { citation: 'seed 002:305; seed 000 L171', values: { next: next ?? null, level: event.level } },
    );
  }
  return pass();
};

/** A disqualification names a review level the profile has (初审 or 联审). */
const knownLevel: CandidateRule = ({ event }) => {
  const required = event.facts.requiredReviewLevels;
  return event.type !== 'DISQUALIFY' || event.level === undefined || required.includes(event.level)
    ? pass()
    : fail('review-level', `${event.level} is not a review level under these rules (${required.join(' → ')})`, {
        citation: 'seed 002:305; seed 000 L171',
        values: { level: event.level, levels: required.join(',') },
      });
};

/** Routing, not permission: the approval that completes the last required level makes the candidate approved. */
const lastLevel: CandidateRule = ({ context, event }) =>
  levelsToGo(context, event.facts.requiredReviewLevels).length <= 1
    ? pass()
    : fail(
        'review-levels-left',
        `Approved at this level; ${levelsToGo(context, event.facts.requiredReviewLevels).slice(1).join(', ')} still to come`,
        { values: { left: levelsToGo(context, event.facts.requiredReviewLevels).slice(1).join(',') } },
      );

const commitmentsGiven: CandidateRule = ({ event }) =>
  event.type !== 'CONFIRM_FORMAL' || !event.facts.commitmentsRequired || event.commitmentsSignedOn
    ? pass()
    : fail('commitments', 'The candidate must sign the commitment letters (竞职承诺书, 辞职承诺书) first', {
        citation: 'seed 002:307; seed 002:291',
        // One candidate: the same numbers as the election's check over all of them.
        values: { missing: 1 },
      });

/** Letters signed and a withdrawal: not after today, not before the nomination, late only with a reason. */
const datesValid: CandidateRule = ({ context, event }) => {
  const date =
    event.type === 'CONFIRM_FORMAL' ? (event.commitmentsSignedOn ?? undefined) : event.type === 'WITHDRAW' ? event.on : undefined;
  return givenDateProblem({
    field: event.type === 'CONFIRM_FORMAL' ? 'commitmentsSignedOn' : 'on',
    date,
    today: event.facts.today,
    lateEntryDays: event.facts.lateEntryDays,
    lateReason: 'lateReason' in event ? event.lateReason : undefined,
    notBefore: [{ on: context.nominatedOn, what: 'the candidate was nominated', step: 'CANDIDATE_NOMINATED' }],
  });
};

const electionIn =
  (states: readonly string[], what: string): CandidateRule =>
  ({ event }) =>
    states.includes(event.facts.electionState)
      ? pass()
      : fail(
          'election-state',
          `${what} while the election is in ${states.map((s) => s.replace('active.', '')).join(', ')}; it is ${event.facts.electionState}`,
          {
            values: { electionState: event.facts.electionState },
          },
        );

const REVIEW_STATES = ['active.nomination', 'active.qualificationReview', 'active.candidateApproval'];
const FORMAL_STATES = ['active.qualificationReview', 'active.candidateApproval', 'active.publicity'];
/** Disqualified during review, or later on an upheld objection while the list is public (公示期). */
const DISQUALIFY_STATES = [...REVIEW_STATES, 'active.publicity', 'active.noticed'];
const BEFORE_POLLING = [
  'active.draft',
  'active.awaitingStartApproval',
  'active.preparation',
  'active.voterRegistration',
  ...REVIEW_STATES,
  'active.publicity',
  'active.noticed',
];

export const candidateRules = {
  startReview: all(role(COMMITTEE), electionIn(REVIEW_STATES, 'Candidates are reviewed')),
  disqualify: all(role(OFFICE), electionIn(DISQUALIFY_STATES, 'A candidate is disqualified'), knownLevel),
  /** An upheld complaint's remedy (取消候选人资格), carried by the relay. */
  disqualifyByCase: all(systemOnly, electionIn(DISQUALIFY_STATES, 'A candidate is disqualified')),
  approve: all(role(OFFICE), electionIn(REVIEW_STATES, 'Candidates are reviewed'), levelInOrder, approvable, lastLevel),
  approveLevel: all(
    role(OFFICE),
    electionIn(REVIEW_STATES, 'Candidates are reviewed'),
    levelInOrder,
    approvable,
    not(lastLevel, 'review-final', 'This approval completes the review'),
  ),
  confirmFormal: all(role(COMMITTEE), electionIn(FORMAL_STATES, 'Candidates become formal'), commitmentsGiven, datesValid),
  withdraw: all(role(COMMITTEE), electionIn(BEFORE_POLLING, 'A candidate may withdraw'), datesValid),
  system: systemOnly,
};

/** A case's remedy names no review level: it is recorded at the profile's last (the joint review, where there is one). */
const levelOf = (event: CandidateEvent & { type: 'DISQUALIFY' }): ReviewLevel => event.level ?? event.facts.requiredReviewLevels.at(-1)!;

export const candidateMachine = setup({
  types: {} as { context: CandidateContext; events: CandidateEvent; input: CandidateInput },
  guards: guardsFromRules(candidateRules),
  actions: {
    ...effectActions,
    /** Keep the dates the step gives, with when they were recorded; a late one is listed for inspectors. */
    recordDates: enqueueActions(({ context, event, enqueue }) => {
      const fields = event.type === 'WITHDRAW' ? ['on'] : event.type === 'CONFIRM_FORMAL' ? ['commitmentsSignedOn'] : [];
      const { datesGiven, effects } = recordGivenDates(context.datesGiven, event, fields);
      enqueue.assign({ datesGiven });
      effects.forEach((e) => enqueue(e));
    }),
    recordDisqualification: assign(({ context, event }) =>
      event.type === 'DISQUALIFY'
        ? {
            reviews: [
              ...context.reviews,
              { level: levelOf(event), outcome: 'DISQUALIFIED' as const, on: event.facts.today, note: event.reason },
            ],
            disqualification: { reason: event.reason, level: levelOf(event), on: event.facts.today },
          }
        : {},
    ),
    recordApproval: assign({
      reviews: ({ context, event }) =>
        event.type === 'APPROVE'
          ? [...context.reviews, { level: event.level, outcome: 'APPROVED' as const, on: event.facts.today, note: event.note ?? '' }]
          : context.reviews,
    }),
  },
}).createMachine({
  id: 'candidate',
  context: ({ input }) => ({
    ...input,
    reviews: [],
    commitmentsSignedOn: null,
    withdrawal: null,
    disqualification: null,
    datesGiven: [],
  }),
  initial: 'nominated',
  on: {
    // The election was annulled or re-run: this candidacy ends with it.
    VOID: { guard: 'system', target: '.voided' },
    WITHDRAW: {
      guard: 'withdraw',
      target: '.withdrawn',
      actions: [
        assign({
          withdrawal: ({ event }) =>
            event.type === 'WITHDRAW' ? { reason: event.reason, initiator: event.initiator, on: event.on } : null,
        }),
        'recordDates',
      ],
    },
  },
  states: {
    nominated: { on: { START_REVIEW: { guard: 'startReview', target: 'underReview' } } },
    underReview: {
      on: {
        APPROVE: [
          { guard: 'approve', target: 'approved', actions: 'recordApproval' },
          { guard: 'approveLevel', actions: 'recordApproval' },
        ],
        DISQUALIFY: [
          { guard: 'disqualify', target: 'disqualified', actions: 'recordDisqualification' },
          { guard: 'disqualifyByCase', target: 'disqualified', actions: 'recordDisqualification' },
        ],
      },
    },
    approved: {
      on: {
        CONFIRM_FORMAL: {
          guard: 'confirmFormal',
          target: 'formal',
          actions: [
            assign({
              commitmentsSignedOn: ({ event }) => (event.type === 'CONFIRM_FORMAL' ? (event.commitmentsSignedOn ?? null) : null),
            }),
            'recordDates',
          ],
        },
        DISQUALIFY: [
          { guard: 'disqualify', target: 'disqualified', actions: 'recordDisqualification' },
          { guard: 'disqualifyByCase', target: 'disqualified', actions: 'recordDisqualification' },
        ],
      },
    },
    formal: {
      on: {
        DISQUALIFY: [
          { guard: 'disqualify', target: 'disqualified', actions: 'recordDisqualification' },
          { guard: 'disqualifyByCase', target: 'disqualified', actions: 'recordDisqualification' },
        ],
        ELECT: { guard: 'system', target: 'elected' },
        DEFEAT: { guard: 'system', target: 'defeated' },
      },
    },
    // After the vote a candidacy no longer changes by withdrawal.
    elected: { on: { WITHDRAW: {} } },
    defeated: { on: { WITHDRAW: {} } },
    disqualified: { type: 'final' },
    withdrawn: { type: 'final' },
    voided: { type: 'final' },
  },
});
