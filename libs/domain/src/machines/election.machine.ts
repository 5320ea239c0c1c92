import { assign, enqueueActions, setup } from 'xstate';
import { recordGivenDates, windowStart } from '../calendar/given-date.js';
import { addDays, daysBetween, endOfDay, localDateOf, type LocalDate } from '../calendar/local-date.js';
import { tallyRules } from '../rules/profile-rules.js';
import { tally, type RoundInput } from '../rules/tally.js';
import { EFFECT, effectActions } from '../workflow/effects.js';
import { guardsFromRules } from '../workflow/rules.js';
import { electionRules, roundOutcome } from './election.rules.js';
import type { ElectionContext, ElectionEvent, ElectionInput, OverdueKind, RoundRecord } from './election.types.js';

/**
 * The lifecycle of one election (DOMAIN.md "Election lifecycle"), with the steps its profile switches
 * on and the side paths: another round (另行选举), re-vote among the tied, failure after the maximum
 * rounds with a deadline to fill only the vacancies, deferral (暂缓选举), suspension (罢选, 停选),
 * annulment and re-run (选举无效), cancellation, and a dispatched secretary (下派).
 *
 * Pure: guards read the context and the event (with the facts the runtime gathered); date-bound steps
 * are deadline effects the runtime turns into rows. Bump the version when snapshots change meaning.
 */
export const ELECTION_MACHINE_VERSION = 3;

/** Custom effect: the runtime stores each round's numbers and decisions (table election_rounds). */
export const SAVE_ROUND = 'election.saveRound';

type Ctx = { context: ElectionContext; event: ElectionEvent };

/** A deadline row `kind` at the end of `date`; the event it delivers is `{ type: 'DEADLINE', ...event }`. */
const schedule = (kind: string, date: LocalDate, event: { kind: string } & Record<string, unknown> = { kind }) => ({
  type: EFFECT.scheduleDeadline,
  params: { kind, dueAt: endOfDay(date), event: { type: 'DEADLINE', ...event } },
});
const cancel = (kind: string) => ({ type: EFFECT.cancelDeadline, params: { kind } });

/** The event fields that hold a date someone gives, by step: kept with the moment they were recorded. */
const DATE_FIELDS: Partial<Record<ElectionEvent['type'], readonly string[]>> = {
  RECORD_PREPARATION: ['on'],
  PUBLISH_ROLL: ['publishedOn'],
  RECORD_OBJECTION: ['receivedOn'],
  ANSWER_OBJECTION: ['answeredOn'],
  PUBLISH_NOTICE: ['postedOn'],
  COMPLETE_HANDOVER: ['on'],
};

const withOverdue = (c: ElectionContext, kind: OverdueKind): OverdueKind[] => (c.overdue.includes(kind) ? c.overdue : [...c.overdue, kind]);
const withoutOverdue = (c: ElectionContext, kind: OverdueKind): OverdueKind[] => c.overdue.filter((k) => k !== kind);

/** Apply a round's numbers: who is elected, which seats stay open, which ties are owed a re-vote. */
function applyRound(c: ElectionContext, round: RoundInput): Partial<ElectionContext> {
  const result = tally(tallyRules(c.profile), round);
  const counted = result.outcome === 'COMPLETE' || result.outcome === 'INCOMPLETE';
  const elected = { ...c.elected };
  const vacancies = { ...c.vacancies };
  const ties = { ...c.ties };
  const electedNow: Record<string, string[]> = {};
  if (counted) {
    for (const p of result.posts) {
      const ids = p.elected.map((e) => e.candidateId);
      electedNow[p.post] = ids;
      elected[p.post] = [...(elected[p.post] ?? []), ...ids];
      vacancies[p.post] = (vacancies[p.post] ?? 0) - ids.length;
      if (p.tied.length > 0) ties[p.post] = { candidateIds: p.tied.map((t) => t.candidateId), seats: p.seatsInTie, kind: round.kind };
      else delete ties[p.post];
    }
  }
  const record: RoundRecord = {
    number: c.rounds.length + 1,
    kind: round.kind,
    revote: round.revote,
    counted,
    outcome: result.outcome,
    elected: electedNow,
  };
  const onBallot = round.posts.flatMap((p) => p.votes.map((v) => v.candidateId));
  return {
    rounds: [...c.rounds, record],
    balloted: [...new Set([...c.balloted, ...onBallot])],
    countedRounds: c.countedRounds + (counted && !round.revote ? 1 : 0),
    elected,
    vacancies,
    ties,
  };
}

/**
 * The nomination routes' closing days (self-nomination T-10, 海推 T-5): a day already past closes the
 * route at once; a day still ahead becomes a deadline. Recomputed whenever nomination (re)opens or
 * election day moves, so a route closed for an earlier date opens again for a later one.
 */
function nominationWindows(c: ElectionContext, today: LocalDate) {
  const closesOn = (days: number | null) => (days === null ? null : addDays(c.electionDay, -days));
  const self = closesOn(c.profile.schedule.selfNominationClosesDaysBefore.value);
  const mass = closesOn(c.profile.schedule.massNominationByDaysBefore.value);
  const past = (day: LocalDate | null) => day !== null && daysBetween(day, today) > 0;
  const deadline = (kind: string, day: LocalDate | null) => (day === null || past(day) ? cancel(kind) : schedule(kind, day));
  return {
    flags: { selfClosed: past(self), massClosed: past(mass) },
    effects: [deadline('self-nomination-close', self), deadline('mass-nomination-close', mass)],
  };
}

const resultDecided = {
  type: EFFECT.outbox,
  params: ({ context }: Ctx) => ({ topic: 'election.result_decided', payload: { elected: context.elected } }),
};

/** The election ends without (further) polling: those who stood in a vote lost it; other candidacies end. */
const closed = {
  type: EFFECT.outbox,
  params: ({ context }: Ctx) => ({
    topic: 'election.closed',
    payload: { elected: context.elected, balloted: context.balloted },
  }),
};

export const electionMachine = setup({
  types: {} as { context: ElectionContext; events: ElectionEvent; input: ElectionInput },
  guards: {
    ...guardsFromRules(electionRules),
    seatsFilledNeedingApproval: ({ context }) => roundOutcome.seatsFilled(context) && context.profile.steps.result.value === 'APPROVAL',
    seatsFilled: ({ context }) => roundOutcome.seatsFilled(context),
    failedAfterMaxRounds: ({ context }) => roundOutcome.failed(context),
  },
  actions: {
    ...effectActions,
    [SAVE_ROUND]: (_: unknown, _params: unknown) => undefined,
    /** Keep the dates the step gives, with when they were recorded; a late one is listed for inspectors. */
    recordDates: enqueueActions(({ context, event, enqueue }) => {
      const fields = DATE_FIELDS[event.type];
      if (!fields) return;
      const { datesGiven, effects } = recordGivenDates(context.datesGiven, event, fields);
      enqueue.assign({ datesGiven });
      effects.forEach((e) => enqueue(e));
    }),
    /** Record why (deferred, cancelled, annulled …): latest first. */
    note: assign({
      notes: ({ context, event }) => [
        { event: event.type, on: event.facts.today, reason: 'reason' in event && typeof event.reason === 'string' ? event.reason : '' },
        ...context.notes,
      ],
    }),
    /** Nothing is overdue once the election is decided or over: its clocks stop (vacancies, unanswered objections). */
    settle: enqueueActions(({ context, enqueue }) => {
      enqueue.assign({ overdue: [] });
      enqueue(cancel('vacancy-fill'));
      context.roll.objections.filter((o) => o.answeredOn === null).forEach((o) => enqueue(cancel(`objection-${o.number}`)));
    }),
    /** Sent back to nomination: the notice named candidates who may no longer stand, so it is posted again. */
    returnToNomination: assign({ noticePostedOn: null, noticeCountsFrom: null }),
    /** A new election day for a re-run or a by-election (补选): everything date-bound starts afresh. */
    newElectionDay: assign(({ context, event }) => ({
      electionDay: event.type === 'RERUN' || event.type === 'REOPEN_VACANCIES' ? event.electionDay : context.electionDay,
      noticePostedOn: null,
      noticeCountsFrom: null,
      pollingOpenedOn: null,
      attendance: null,
      countedRounds: 0,
      ties: {},
    })),
    /** Open (or reopen) nomination: routes whose closing day passed are closed, the others get deadlines. */
    openNomination: enqueueActions(({ context, event, enqueue }) => {
      const { flags, effects } = nominationWindows(context, event.facts.today);
      enqueue.assign({ nomination: flags });
      effects.forEach((e) => enqueue(e));
    }),
  },
}).createMachine({
  id: 'election',
  context: ({ input }) => ({
    profile: input.profile,
    organizationType: input.organizationType,
    memberCount: input.memberCount,
    electionDay: input.electionDay,
    posts: input.posts,
    createdOn: input.now ? localDateOf(input.now) : null,
    preparation: {},
    roll: { publishedOn: null, registered: null, objectionsUntil: null, objectionWindowClosed: false, objections: [] },
    datesGiven: [],
    nomination: { selfClosed: false, massClosed: false },
    noticePostedOn: null,
    noticeCountsFrom: null,
    pollingOpenedOn: null,
    attendance: null,
    rounds: [],
    balloted: [],
    runStartedAt: input.now ?? new Date(0).toISOString(),
    countedRounds: 0,
    elected: {},
    vacancies: Object.fromEntries(input.posts.map((p) => [p.post, p.seats])),
    ties: {},
    failedOn: null,
    overdue: [],
    notes: [],
  }),
  initial: 'active',
  on: {
    DEADLINE: {
      guard: 'system',
      actions: assign(({ context, event }) => {
        switch (event.kind) {
          case 'objection-window':
            return { roll: { ...context.roll, objectionWindowClosed: true } };
          case 'objection-answer':
            return context.roll.objections.some((o) => o.number === event.objection && o.answeredOn === null)
              ? { overdue: withOverdue(context, 'OBJECTION_ANSWER') }
              : {};
          case 'self-nomination-close':
            return { nomination: { ...context.nomination, selfClosed: true } };
          case 'mass-nomination-close':
            return { nomination: { ...context.nomination, massClosed: true } };
          case 'polling-overdue':
            return { overdue: withOverdue(context, 'POLLING') };
          case 'vacancy-fill':
            return Object.values(context.vacancies).some((n) => n > 0) ? { overdue: withOverdue(context, 'VACANCIES') } : {};
          default:
            return {};
        }
      }),
    },
  },
  states: {
    active: {
      initial: 'draft',
      on: {
        DEFER: { guard: 'deferOrCancel', target: 'deferred', actions: 'note' },
        SUSPEND: { guard: 'office', target: 'suspended', actions: 'note' },
        CANCEL: { guard: 'deferOrCancel', target: 'cancelled', actions: 'note' },
        RESCHEDULE: {
          guard: 'reschedule',
          actions: [assign({ electionDay: ({ event }) => (event as { electionDay: string }).electionDay }), 'note'],
        },
      },
      states: {
        draft: {
          on: {
            SUBMIT: [
              { guard: 'submitForApproval', target: 'awaitingStartApproval' },
              { guard: 'submitDirect', target: 'preparation' },
            ],
          },
        },
        awaitingStartApproval: {
          on: {
            APPROVE_START: { guard: 'office', target: 'preparation' },
            REJECT_START: { guard: 'office', target: 'draft', actions: 'note' },
          },
        },
        preparation: {
          on: {
            RECORD_PREPARATION: {
              guard: 'recordPreparation',
              actions: [
                assign({
                  preparation: ({ context, event }) =>
                    event.type === 'RECORD_PREPARATION' ? { ...context.preparation, [event.item]: event.on } : context.preparation,
                }),
                'recordDates',
              ],
            },
            COMPLETE_PREPARATION: [
              { guard: 'completePreparationToRoll', target: 'voterRegistration' },
              { guard: 'completePreparationToNomination', target: 'nomination' },
            ],
          },
        },
        voterRegistration: {
          on: {
            PUBLISH_ROLL: {
              guard: 'publishRoll',
              actions: [
                enqueueActions(({ context, event, enqueue }) => {
                  if (event.type !== 'PUBLISH_ROLL') return;
                  const days = context.profile.schedule.objectionFileDays.value;
                  // The voters' window runs from the later of the day published and the day recorded.
                  const until = days === null ? null : addDays(windowStart(event.publishedOn, event.facts.today), days);
                  enqueue.assign({
                    roll: { ...context.roll, publishedOn: event.publishedOn, registered: event.registered, objectionsUntil: until },
                  });
                  if (until !== null) enqueue(schedule('objection-window', until));
                }),
                'recordDates',
              ],
            },
            RECORD_OBJECTION: {
              guard: 'recordObjection',
              actions: [
                enqueueActions(({ context, event, enqueue }) => {
                  if (event.type !== 'RECORD_OBJECTION') return;
                  const number = context.roll.objections.length + 1;
                  enqueue.assign({
                    roll: {
                      ...context.roll,
                      objections: [
                        ...context.roll.objections,
                        { number, receivedOn: event.receivedOn, summary: event.summary, answeredOn: null, outcome: null },
                      ],
                    },
                  });
                  const days = context.profile.schedule.objectionAnswerDays.value;
                  // One deadline row per objection; each delivers the same kind of event, naming its objection.
                  if (days !== null)
                    enqueue(
                      schedule(`objection-${number}`, addDays(event.receivedOn, days), { kind: 'objection-answer', objection: number }),
                    );
                }),
                'recordDates',
              ],
            },
            ANSWER_OBJECTION: {
              guard: 'answerObjection',
              actions: [
                enqueueActions(({ context, event, enqueue }) => {
                  if (event.type !== 'ANSWER_OBJECTION') return;
                  const objections = context.roll.objections.map((o) =>
                    o.number === event.objection ? { ...o, answeredOn: event.answeredOn, outcome: event.outcome } : o,
                  );
                  const stillOpen = objections.some((o) => o.answeredOn === null);
                  enqueue.assign({
                    roll: { ...context.roll, objections },
                    overdue: stillOpen ? context.overdue : withoutOverdue(context, 'OBJECTION_ANSWER'),
                  });
                  enqueue(cancel(`objection-${event.objection}`));
                }),
                'recordDates',
              ],
            },
            CLOSE_ROLL: { guard: 'closeRoll', target: 'nomination' },
          },
        },
        nomination: {
          entry: 'openNomination',
          exit: [cancel('self-nomination-close'), cancel('mass-nomination-close')],
          on: {
            CLOSE_NOMINATION: { guard: 'closeNomination', target: 'qualificationReview' },
            RESCHEDULE: {
              guard: 'reschedule',
              actions: [assign({ electionDay: ({ event }) => (event as { electionDay: string }).electionDay }), 'note', 'openNomination'],
            },
          },
        },
        qualificationReview: {
          on: {
            // A disqualification can leave a post short of the 差额 list: nominate again.
            RETURN_CANDIDATES: { guard: 'office', target: 'nomination', actions: ['returnToNomination', 'note'] },
            COMPLETE_REVIEW: [
              { guard: 'completeReviewToApproval', target: 'candidateApproval' },
              { guard: 'completeReviewToPublicity', target: 'publicity' },
            ],
          },
        },
        candidateApproval: {
          on: {
            APPROVE_CANDIDATES: { guard: 'approveCandidates', target: 'publicity' },
            RETURN_CANDIDATES: { guard: 'office', target: 'nomination', actions: ['returnToNomination', 'note'] },
          },
        },
        publicity: {
          on: {
            PUBLISH_NOTICE: {
              guard: 'publishNotice',
              target: 'noticed',
              actions: [
                assign(({ event }) =>
                  event.type === 'PUBLISH_NOTICE'
                    ? { noticePostedOn: event.postedOn, noticeCountsFrom: windowStart(event.postedOn, event.facts.today) }
                    : {},
                ),
                'recordDates',
              ],
            },
            // A withdrawal or late disqualification can leave too few candidates: nominate again.
            RETURN_CANDIDATES: { guard: 'office', target: 'nomination', actions: ['returnToNomination', 'note'] },
          },
        },
        noticed: {
          entry: enqueueActions(({ context, enqueue }) => enqueue(schedule('polling-overdue', context.electionDay))),
          exit: [cancel('polling-overdue'), assign({ overdue: ({ context }) => withoutOverdue(context, 'POLLING') })],
          on: {
            OPEN_POLLING: {
              guard: 'openPolling',
              target: 'polling',
              actions: assign({
                pollingOpenedOn: ({ event }) => event.facts.today,
                attendance: ({ event }) =>
                  event.type === 'OPEN_POLLING' && event.entitled !== undefined && event.present !== undefined
                    ? { entitled: event.entitled, present: event.present }
                    : null,
              }),
            },
            RESCHEDULE: {
              guard: 'reschedule',
              actions: [
                assign({
                  electionDay: ({ event }) => (event as { electionDay: string }).electionDay,
                  overdue: ({ context }) => withoutOverdue(context, 'POLLING'),
                }),
                'note',
                enqueueActions(({ context, enqueue }) => enqueue(schedule('polling-overdue', context.electionDay))),
              ],
            },
            RETURN_CANDIDATES: { guard: 'office', target: 'nomination', actions: ['returnToNomination', 'note'] },
          },
        },
        polling: {
          on: {
            RECORD_ROUND: {
              guard: 'recordRound',
              target: 'decidingRound',
              actions: [
                {
                  type: SAVE_ROUND,
                  params: ({ context, event }: Ctx) =>
                    event.type === 'RECORD_ROUND'
                      ? { round: event.round, result: tally(tallyRules(context.profile), event.round), number: context.rounds.length + 1 }
                      : null,
                },
                assign(({ context, event }) => (event.type === 'RECORD_ROUND' ? applyRound(context, event.round) : {})),
              ],
            },
          },
        },
        decidingRound: {
          always: [
            { guard: 'seatsFilledNeedingApproval', target: '#election.resultPending' },
            { guard: 'seatsFilled', target: '#election.elected' },
            { guard: 'failedAfterMaxRounds', target: '#election.failed' },
            { target: 'polling' },
          ],
        },
        hist: { type: 'history', history: 'deep' },
      },
    },
    deferred: {
      on: {
        RESUME: { guard: 'office', target: 'active.hist', actions: 'note' },
        CANCEL: { guard: 'office', target: 'cancelled', actions: 'note' },
        DISPATCH_SECRETARY: { guard: 'dispatchSecretary', target: 'secretaryDispatched', actions: 'note' },
      },
    },
    suspended: {
      on: {
        RESUME: { guard: 'office', target: 'active.hist', actions: 'note' },
        // Before polling the election may still be called off; once votes were cast it can only be annulled.
        CANCEL: { guard: 'deferOrCancel', target: 'cancelled', actions: 'note' },
        ANNUL: { guard: 'annulSuspended', target: 'annulled', actions: 'note' },
      },
    },
    failed: {
      entry: [
        enqueueActions(({ context, event, enqueue }) => {
          // The time to fill the vacancies runs from the first failure; a failed by-election does not restart it.
          if (context.failedOn !== null) return;
          enqueue.assign({ failedOn: event.facts.today });
          enqueue(schedule('vacancy-fill', addDays(event.facts.today, context.profile.vacancyFillDays.value)));
        }),
        {
          type: EFFECT.outbox,
          params: ({ context }: Ctx) => ({ topic: 'election.failed', payload: { elected: context.elected, vacancies: context.vacancies } }),
        },
      ],
      on: {
        REOPEN_VACANCIES: {
          guard: 'reopenVacancies',
          target: 'active.nomination',
          actions: ['newElectionDay', 'note'],
        },
        DISPATCH_SECRETARY: { guard: 'dispatchSecretary', target: 'secretaryDispatched', actions: 'note' },
        CANCEL: { guard: 'office', target: 'cancelled', actions: 'note' },
      },
    },
    resultPending: {
      entry: 'settle',
      on: {
        APPROVE_RESULT: { guard: 'office', target: 'elected' },
        REJECT_RESULT: { guard: 'office', target: 'annulled', actions: 'note' },
        ANNUL: { guard: 'annul', target: 'annulled', actions: 'note' },
      },
    },
    elected: {
      // The result takes effect here: at once, or once the upper body approved it.
      entry: ['settle', resultDecided],
      on: {
        CERTIFY: { guard: 'certify', target: 'certified' },
        ANNUL: { guard: 'annul', target: 'annulled', actions: 'note' },
      },
    },
    certified: {
      on: {
        COMPLETE_HANDOVER: { guard: 'completeHandover', target: 'handedOver', actions: 'recordDates' },
        ARCHIVE: { guard: 'handoverToArchive', target: 'archived' },
        ANNUL: { guard: 'annul', target: 'annulled', actions: 'note' },
      },
    },
    handedOver: {
      on: {
        ARCHIVE: { guard: 'office', target: 'archived' },
        ANNUL: { guard: 'annul', target: 'annulled', actions: 'note' },
      },
    },
    annulled: {
      entry: ['settle', { type: EFFECT.outbox, params: { topic: 'election.annulled', payload: {} } }],
      on: {
        RERUN: {
          guard: 'rerun',
          target: 'active.nomination',
          actions: [
            'newElectionDay',
            assign(({ context, event }) => ({
              elected: {},
              balloted: [],
              runStartedAt: event.now,
              failedOn: null,
              vacancies: Object.fromEntries(context.posts.map((p) => [p.post, p.seats])),
            })),
            'note',
          ],
        },
        CANCEL: { guard: 'office', target: 'cancelled', actions: 'note' },
      },
    },
    cancelled: { type: 'final', entry: ['settle', closed] },
    secretaryDispatched: { type: 'final', entry: ['settle', closed] },
    archived: { type: 'final', entry: 'settle' },
  },
});
