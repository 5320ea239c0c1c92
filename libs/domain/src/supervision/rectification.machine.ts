import { assign, enqueueActions, setup } from 'xstate';
import type { Role } from '../access/roles.js';
import { dueDayProblem } from '../calendar/given-date.js';
import { endOfDay, localDateOf, type LocalDate } from '../calendar/local-date.js';
import { role, systemOnly } from '../workflow/actor-rules.js';
import { EFFECT, effectActions } from '../workflow/effects.js';
import type { Envelope } from '../workflow/envelope.js';
import { all, fail, guardsFromRules, pass, type Rule } from '../workflow/rules.js';

/**
 * A rectification order (整改通知) from a supervision team to an election: issued → acknowledged →
 * rectified (with evidence) → verified, or rejected back to issued. Its due day is a deadline row;
 * one marked blocking holds up the election's certification until verified (DOMAIN.md "Who does what";
 * "及时提出改正…对一些不当行为进行了纠正", seed 003:49; "整改落实", seed 002:79).
 */
export const RECTIFICATION_MACHINE_VERSION = 1;

export interface RectificationContext {
  electionId: string;
  observationId: string | null;
  teamId: string;
  requirement: string;
  dueOn: LocalDate;
  blocking: boolean;
  overdue: boolean;
  issuedOn: LocalDate;
  acknowledgedOn: LocalDate | null;
  rectification: { on: LocalDate; evidence: string; attachmentIds: string[] } | null;
  verification: { on: LocalDate; note: string; by: string } | null;
  rejections: { on: LocalDate; reason: string; by: string }[];
  notes: { event: string; on: LocalDate; reason: string }[];
}

export interface RectificationInput {
  electionId: string;
  observationId: string | null;
  teamId: string;
  requirement: string;
  dueOn: LocalDate;
  blocking: boolean;
  now?: string;
}

export interface RectificationFacts {
  today: LocalDate;
  /** The acting supervisor belongs to the issuing team (members verify, reject or cancel). */
  actorInTeam: boolean;
}

type Events =
  | { type: 'ACKNOWLEDGE' }
  | { type: 'RECTIFY'; evidence: string; attachmentIds?: string[] }
  | { type: 'VERIFY'; note?: string }
  | { type: 'REJECT'; reason: string }
  | { type: 'CHANGE_DUE'; dueOn: LocalDate; reason: string }
  | { type: 'CANCEL'; reason: string }
  | { type: 'DEADLINE'; kind: string };

export type RectificationEvent = Envelope<Events, RectificationFacts>;

type OrderRule = Rule<RectificationContext, RectificationEvent>;

/** The election's side: the committee (or the office) answers an order. */
const ELECTION_SIDE: readonly Role[] = ['ELECTION_COMMITTEE', 'ELECTION_OFFICE'];
const SUPERVISOR: readonly Role[] = ['SUPERVISOR'];

const ofTheTeam: OrderRule = ({ event }) =>
  event.facts.actorInTeam ? pass() : fail('not-in-team', 'Only a member of the team that issued the order may do this');

const evidenceGiven: OrderRule = ({ event }) =>
  event.type !== 'RECTIFY' || event.evidence === undefined || event.evidence.trim().length > 0
    ? pass()
    : fail('evidence', 'Describe what was done, with the evidence');

const dueAhead: OrderRule = ({ event }) =>
  event.type !== 'CHANGE_DUE' || event.dueOn === undefined ? pass() : dueDayProblem('dueOn', event.dueOn, event.facts.today);

export const rectificationRules = {
  electionSide: all(role(ELECTION_SIDE)),
  rectify: all(role(ELECTION_SIDE), evidenceGiven),
  team: all(role(SUPERVISOR), ofTheTeam),
  changeDue: all(role(SUPERVISOR), ofTheTeam, dueAhead),
  system: systemOnly,
};

const scheduleDue = (dueOn: LocalDate) => ({
  type: EFFECT.scheduleDeadline,
  params: { kind: 'rectification-due', dueAt: endOfDay(dueOn) },
});

export const rectificationMachine = setup({
  types: {} as { context: RectificationContext; events: RectificationEvent; input: RectificationInput },
  guards: guardsFromRules(rectificationRules),
  actions: {
    ...effectActions,
    note: assign({
      notes: ({ context, event }) => [
        { event: event.type, on: event.facts.today, reason: 'reason' in event && typeof event.reason === 'string' ? event.reason : '' },
        ...context.notes,
      ],
    }),
    recordRectification: assign({
      rectification: ({ event }) =>
        event.type === 'RECTIFY' ? { on: event.facts.today, evidence: event.evidence, attachmentIds: event.attachmentIds ?? [] } : null,
      overdue: false,
    }),
    /** Done or withdrawn: the due day no longer matters. */
    settle: enqueueActions(({ enqueue }) => {
      enqueue.assign({ overdue: false });
      enqueue({ type: EFFECT.cancelDeadline, params: { kind: 'rectification-due' } });
    }),
  },
}).createMachine({
  id: 'rectification',
  context: ({ input }) => ({
    electionId: input.electionId,
    observationId: input.observationId,
    teamId: input.teamId,
    requirement: input.requirement,
    dueOn: input.dueOn,
    blocking: input.blocking,
    overdue: false,
    issuedOn: localDateOf(input.now ?? new Date(0)),
    acknowledgedOn: null,
    rectification: null,
    verification: null,
    rejections: [],
    notes: [],
  }),
  initial: 'open',
  states: {
    open: {
      initial: 'issued',
      entry: enqueueActions(({ context, enqueue }) => enqueue(scheduleDue(context.dueOn))),
      on: {
        DEADLINE: { guard: 'system', actions: assign({ overdue: true }) },
        CHANGE_DUE: {
          guard: 'changeDue',
          actions: [
            assign(({ event }) => (event.type === 'CHANGE_DUE' ? { dueOn: event.dueOn, overdue: false } : {})),
            enqueueActions(({ event, enqueue }) => {
              if (event.type === 'CHANGE_DUE') enqueue(scheduleDue(event.dueOn));
            }),
            'note',
          ],
        },
        CANCEL: { guard: 'team', target: 'cancelled', actions: 'note' },
      },
      states: {
        issued: {
          on: {
            ACKNOWLEDGE: {
              guard: 'electionSide',
              target: 'acknowledged',
              actions: assign({ acknowledgedOn: ({ event }) => event.facts.today }),
            },
            // Some things are put right at once: rectified without a separate acknowledgement.
            RECTIFY: { guard: 'rectify', target: 'rectified', actions: 'recordRectification' },
          },
        },
        acknowledged: {
          on: {
            RECTIFY: { guard: 'rectify', target: 'rectified', actions: 'recordRectification' },
          },
        },
        rectified: {
          on: {
            // The election's side has done its part: a due day passing now is the team's to answer, not theirs.
            DEADLINE: { guard: 'system' },
            VERIFY: {
              guard: 'team',
              target: '#rectification.verified',
              actions: assign({
                verification: ({ event }) =>
                  event.type === 'VERIFY' ? { on: event.facts.today, note: event.note ?? '', by: event.actor.label } : null,
              }),
            },
            REJECT: {
              guard: 'team',
              target: 'issued',
              actions: [
                assign({
                  rejections: ({ context, event }) =>
                    event.type === 'REJECT'
                      ? [...context.rejections, { on: event.facts.today, reason: event.reason, by: event.actor.label }]
                      : context.rejections,
                  rectification: null,
                  // Back to issued after the due day: overdue again at once.
                  overdue: ({ context, event }) => event.facts.today > context.dueOn,
                }),
                'note',
              ],
            },
          },
        },
      },
    },
    verified: { type: 'final', entry: 'settle' },
    cancelled: { type: 'final', entry: 'settle' },
  },
});
