import { assign, enqueueActions, setup } from 'xstate';
import { DEFAULT_LATE_ENTRY_DAYS, givenDate, recordGivenDates, windowStart } from '../calendar/given-date.js';
import { endOfDay, localDateOf, type LocalDate } from '../calendar/local-date.js';
import { addDaysOf, workingCalendar } from '../calendar/working-days.js';
import { EFFECT, effectActions } from '../workflow/effects.js';
import { guardsFromRules } from '../workflow/rules.js';
import type { StepClock } from './case-profile.js';
import { backdatesOverdue, caseRules, runningClock, windowOrRunning } from './case.rules.js';
import type { CaseClock, CaseContext, CaseEvent, CaseEventType, CaseInput, ClockStep, DecisionStage, WorkingDays } from './case.types.js';
import { WINDOW_STEPS } from './case.types.js';
import { isCrossLevel } from './competence.js';
import { caseLevelRank, type Remedy } from './vocabulary.js';

/**
 * A complaint or petition case under 信访工作条例 (2022) or the voter-list objection profile: received →
 * registered → accepted (or not accepted, referred, merged) → decided → written reply → review (复查) →
 * re-review (复核) → final; without a request in its window the case closes itself. Every clock is a
 * deadline row; when an office's clock passes, the step is flagged overdue and shown to the level above.
 */
export const CASE_MACHINE_VERSION = 2;

/** Remedies that reach the election: sent through the outbox, exactly once per decision. */
export const ELECTION_REMEDIES: readonly Remedy[] = ['DISQUALIFY_CANDIDATE', 'ANNUL_ELECTION'];

const clockOf = (c: CaseContext, step: ClockStep): StepClock | null => {
  switch (step) {
    case 'ACCEPTANCE':
      return c.profile.acceptance.value;
    case 'HANDLING':
      return c.profile.handling.value;
    case 'REVIEW_REQUEST':
      return c.profile.reviewRequest.value;
    case 'REVIEW':
      return c.profile.review.value;
    case 'RE_REVIEW_REQUEST':
      return c.profile.reReviewRequest.value;
    case 'RE_REVIEW':
      return c.profile.reReview.value;
  }
};

const calendarOf = (days: WorkingDays) => workingCalendar(days.holidays, days.workdays);
const dueOn = (from: LocalDate, clock: StepClock, calendar: WorkingDays): LocalDate =>
  addDaysOf(clock.count, from, clock.days, calendarOf(calendar));

/** Today and the holiday list: from the facts, or at creation from the runtime's input. */
function whenAndCalendar(event: CaseEvent | { type: string; input?: CaseInput }): { today: LocalDate; calendar: WorkingDays } {
  if ('facts' in event && event.facts) return { today: event.facts.today, calendar: event.facts.calendar };
  const input = (event as { input?: CaseInput }).input;
  return {
    today: input?.receivedOn ?? localDateOf(input?.now ?? new Date(0)),
    calendar: input?.calendar ?? { holidays: [], workdays: [] },
  };
}

const deadlineKind = (step: ClockStep) => `clock-${step}`;
const schedule = (step: ClockStep, due: LocalDate) => ({
  type: EFFECT.scheduleDeadline,
  params: { kind: deadlineKind(step), dueAt: endOfDay(due), event: { type: 'DEADLINE', kind: 'clock', step } },
});

/** Start a step's clock from `from`: a row in the case's clock history and a deadline row. */
function startClock(c: CaseContext, step: ClockStep, from: LocalDate, calendar: WorkingDays) {
  const clock = clockOf(c, step);
  if (!clock) return { clocks: c.clocks, effects: [] };
  const due = dueOn(from, clock, calendar);
  const row: CaseClock = {
    step,
    startedOn: from,
    dueOn: due,
    count: clock.count,
    extendedDays: 0,
    stoppedOn: null,
    outcome: 'RUNNING',
    overdue: false,
  };
  return { clocks: [...c.clocks, row], effects: [schedule(step, due)] };
}

/**
 * Stop a running clock: the office's step was done on time or late; a complainant's window was used
 * (also one that lapsed before an in-time request was recorded) or passed unused.
 */
function stopClock(clocks: CaseClock[], step: ClockStep, on: LocalDate, lapsed = false): CaseClock[] {
  return clocks.map((k) => {
    const open = k.outcome === 'RUNNING' || (k.outcome === 'LAPSED' && !lapsed);
    if (k.step !== step || !open) return k;
    const window = WINDOW_STEPS.includes(step);
    const outcome: CaseClock['outcome'] = window ? (lapsed ? 'LAPSED' : 'USED') : on <= k.dueOn ? 'MET' : 'LATE';
    return { ...k, stoppedOn: on, outcome };
  });
}

/** Everything still running stops when the case ends (not accepted, referred, merged, closed, final). */
function stopAll(clocks: CaseClock[], on: LocalDate): CaseClock[] {
  return clocks.map((k) => (k.outcome === 'RUNNING' ? { ...k, stoppedOn: on, outcome: 'STOPPED' } : k));
}

/** What clock actions use of XState's enqueue arguments (typed loosely: they run inline in the machine). */
interface ClockArgs {
  context: CaseContext;
  event: CaseEvent;
  enqueue: { (action: { type: string; params: unknown }): void; assign(values: Partial<CaseContext>): void };
}
const clockArgs = (args: unknown): ClockArgs => args as ClockArgs;

/**
 * The day a step happened: the reply's date, the day a request was received, the day a decision was
 * taken — the clocks run from those, not from the day someone recorded them — or today.
 */
function stepDate(event: CaseEvent): LocalDate {
  if (event.type === 'REPLY') return event.repliedOn;
  if (event.type === 'REQUEST_REVIEW' || event.type === 'REQUEST_RE_REVIEW') return event.receivedOn;
  if ('decidedOn' in event && typeof event.decidedOn === 'string') return event.decidedOn;
  return event.facts.today;
}

/** The event fields that hold a date someone gives, by step: kept with the moment they were recorded. */
const DATE_FIELDS: Partial<Record<CaseEventType, readonly string[]>> = {
  ACCEPT: ['decidedOn'],
  NOT_ACCEPT: ['decidedOn'],
  REFER: ['decidedOn'],
  MERGE: ['decidedOn'],
  EXTEND: ['decidedOn'],
  DECIDE: ['decidedOn'],
  REPLY: ['repliedOn'],
  REQUEST_REVIEW: ['receivedOn'],
  DECIDE_REVIEW: ['decidedOn'],
  REQUEST_RE_REVIEW: ['receivedOn'],
  DECIDE_RE_REVIEW: ['decidedOn'],
};

/** Start a step's clock on the step's day (at creation, from the runtime's input). */
function startIn({ context, event, enqueue }: ClockArgs, step: ClockStep): void {
  const { calendar, today } = whenAndCalendar(event);
  const given = 'facts' in event && event.facts ? stepDate(event) : today;
  // A complainant's window is never shortened by a date given: it runs from the later of that date and today.
  const from = WINDOW_STEPS.includes(step) ? windowStart(given, today) : given;
  const { clocks, effects } = startClock(context, step, from, calendar);
  enqueue.assign({ clocks });
  effects.forEach((e) => enqueue(e));
}

/** Stop a step's clock on the step's day, and its deadline row. */
function stopIn({ context, event, enqueue }: ClockArgs, step: ClockStep): void {
  if (!windowOrRunning(context, step)) return;
  enqueue.assign({ clocks: stopClock(context.clocks, step, stepDate(event)) });
  enqueue({ type: EFFECT.cancelDeadline, params: { kind: deadlineKind(step) } });
}

const stageOf = (type: string): DecisionStage =>
  type === 'DECIDE_REVIEW' ? 'REVIEW' : type === 'DECIDE_RE_REVIEW' ? 'RE_REVIEW' : 'HANDLING';

export const caseMachine = setup({
  types: {} as { context: CaseContext; events: CaseEvent; input: CaseInput },
  guards: {
    ...guardsFromRules(caseRules),
    /** A complainant's window passed unused. */
    windowLapsed: ({ context, event }) =>
      event.type === 'DEADLINE' &&
      event.actor.kind === 'system' &&
      !!event.step &&
      WINDOW_STEPS.includes(event.step) &&
      !!runningClock(context, event.step),
  },
  actions: {
    ...effectActions,
    /** Keep the dates the step gives, with when they were recorded; a late one is listed for inspectors. */
    recordDates: enqueueActions(({ context, event, enqueue }) => {
      const fields = DATE_FIELDS[event.type];
      if (!fields) return;
      const { datesGiven, effects } = recordGivenDates(context.datesGiven, event, fields, {
        alsoLate: backdatesOverdue(context, event) !== null,
      });
      enqueue.assign({ datesGiven });
      effects.forEach((e) => enqueue(e));
    }),
    note: assign({
      notes: ({ context, event }) => [
        { event: event.type, on: event.facts.today, reason: 'reason' in event && typeof event.reason === 'string' ? event.reason : '' },
        ...context.notes,
      ],
    }),
    /** A complainant's window passed unused: the case closes itself. */
    lapse: assign({
      clocks: ({ context, event }) =>
        event.type === 'DEADLINE' && event.step ? stopClock(context.clocks, event.step, event.facts.today, true) : context.clocks,
    }),
    /** The case ends: every clock stops, every deadline row goes. */
    end: enqueueActions(({ context, event, enqueue }) => {
      for (const k of context.clocks.filter((x) => x.outcome === 'RUNNING')) {
        enqueue({ type: EFFECT.cancelDeadline, params: { kind: deadlineKind(k.step) } });
      }
      enqueue.assign({ clocks: stopAll(context.clocks, event.facts.today) });
    }),
    /** Record a decision and send the remedies that reach the election, once each per stage. */
    decide: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'DECIDE' && event.type !== 'DECIDE_REVIEW' && event.type !== 'DECIDE_RE_REVIEW') return;
      const stage = stageOf(event.type);
      const remedies = [...new Set(event.remedies ?? [])];
      const decision = { stage, finding: event.finding ?? null, remedies, summary: event.summary, on: stepDate(event) };
      const toSend = remedies.filter(
        (m) => ELECTION_REMEDIES.includes(m) && !context.remedies.some((s) => s.remedy === m && s.result !== 'REFUSED'),
      );
      enqueue.assign({
        decisions: [...context.decisions, decision],
        remedies: [...context.remedies, ...toSend.map((remedy) => ({ remedy, stage, result: 'SENT' as const, message: '' }))],
        replies: event.type === 'DECIDE' ? context.replies : [...context.replies, { stage, on: decision.on, text: event.reply }],
      });
      for (const remedy of toSend) {
        enqueue({
          type: EFFECT.outbox,
          params: {
            topic: 'case.remedy',
            payload: { remedy, stage, subject: context.subject, finding: decision.finding, summary: event.summary },
          },
        });
      }
    }),
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => ({
    profile: input.profile,
    kind: input.kind,
    channel: input.channel,
    category: input.category,
    subject: input.subject,
    receivedOn: input.receivedOn ?? localDateOf(input.now ?? new Date(0)),
    unitJurisdictionId: input.unitJurisdictionId,
    level: input.level,
    highestLevel: input.level,
    competentLevel: input.competentLevel,
    // 第二十条: to the competent body "本级或者上一级"; higher than that is 越级.
    crossLevel: isCrossLevel(input.level, input.competentLevel),
    assignee: null,
    blocking: input.blocking,
    clocks: [],
    extension: null,
    acceptance: null,
    decisions: [],
    replies: [],
    remedies: [],
    escalations: [],
    supervisingJurisdictionId: null,
    notes: [],
    datesGiven:
      input.receivedOn && input.now
        ? [
            givenDate(
              'RECEIVE',
              'receivedOn',
              input.receivedOn,
              input.now,
              input.lateEntryDays ?? DEFAULT_LATE_ENTRY_DAYS,
              input.lateReason,
            ),
          ]
        : [],
  }),
  initial: 'open',
  on: {
    // What came of a remedy sent to the election or candidate (from the relay).
    REMEDY_RESULT: {
      guard: 'system',
      actions: assign({
        remedies: ({ context, event }) =>
          event.type === 'REMEDY_RESULT'
            ? context.remedies.map((m) =>
                m.remedy === event.remedy && m.result === 'SENT'
                  ? { ...m, result: event.applied ? ('APPLIED' as const) : ('REFUSED' as const), message: event.message }
                  : m,
              )
            : context.remedies,
      }),
    },
  },
  states: {
    open: {
      initial: 'received',
      on: {
        ASSIGN: {
          guard: 'assign',
          actions: assign({
            assignee: ({ event }) => (event.type === 'ASSIGN' ? { id: event.assigneeId, name: event.assigneeName } : null),
          }),
        },
        TRANSFER: {
          guard: 'handler',
          actions: [
            assign(({ context, event }) => {
              if (event.type !== 'TRANSFER') return {};
              const highest = caseLevelRank(event.level) > caseLevelRank(context.highestLevel) ? event.level : context.highestLevel;
              return {
                unitJurisdictionId: event.jurisdictionId,
                level: event.level,
                highestLevel: highest,
                // A new unit takes the case: whoever handled it at the old one no longer does.
                assignee: null,
                supervisingJurisdictionId: null,
                escalations: [
                  ...context.escalations,
                  {
                    on: event.facts.today,
                    kind: 'TRANSFER' as const,
                    from: context.level,
                    to: event.level,
                    jurisdictionId: event.jurisdictionId,
                    reason: event.reason,
                  },
                ],
              };
            }),
            'note',
          ],
        },
        MARK_BLOCKING: {
          guard: 'handler',
          actions: [
            assign({ blocking: ({ context, event }) => (event.type === 'MARK_BLOCKING' ? event.blocking : context.blocking) }),
            'note',
          ],
        },
        DEADLINE: {
          guard: 'system',
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (event.type !== 'DEADLINE' || !event.step) return;
            const clock = runningClock(context, event.step);
            if (!clock || WINDOW_STEPS.includes(event.step)) return;
            // The office missed its day: flagged, and shown to the level above (audited with the transition).
            const parent = event.facts.unitParent;
            enqueue.assign({
              clocks: context.clocks.map((k) => (k === clock ? { ...k, overdue: true } : k)),
              supervisingJurisdictionId: parent?.id ?? context.supervisingJurisdictionId,
              escalations: [
                ...context.escalations,
                {
                  on: event.facts.today,
                  kind: 'OVERDUE' as const,
                  from: context.level,
                  to: parent?.level ?? context.level,
                  jurisdictionId: parent?.id ?? null,
                  reason: `${event.step} overdue since ${clock.dueOn}`,
                },
              ],
            });
          }),
        },
      },
      states: {
        received: {
          entry: [
            enqueueActions((a) => startIn(clockArgs(a), a.context.profile.acceptance.value ? 'ACCEPTANCE' : 'HANDLING')),
            // A day of arrival entered late is listed for inspectors like any other late date.
            enqueueActions(({ context, enqueue }) =>
              context.datesGiven.filter((g) => g.late).forEach(({ late: _late, ...params }) => enqueue({ type: EFFECT.lateEntry, params })),
            ),
          ],
          on: {
            REGISTER: [
              { guard: 'registerToAcceptance', target: 'registered' },
              { guard: 'register', target: 'accepted' },
            ],
          },
        },
        registered: {
          on: {
            ACCEPT: {
              guard: 'decideAcceptance',
              target: 'accepted',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'ACCEPTANCE')),
                assign({
                  acceptance: ({ event }) => ({
                    outcome: 'ACCEPTED' as const,
                    on: stepDate(event),
                    reason: event.type === 'ACCEPT' ? (event.reason ?? '') : '',
                    referredTo: null,
                    mergedInto: null,
                  }),
                }),
                enqueueActions((a) => startIn(clockArgs(a), 'HANDLING')),
              ],
            },
            NOT_ACCEPT: {
              guard: 'decideAcceptance',
              target: '#case.notAccepted',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'ACCEPTANCE')),
                assign({
                  acceptance: ({ event }) => ({
                    outcome: 'NOT_ACCEPTED' as const,
                    on: stepDate(event),
                    reason: event.type === 'NOT_ACCEPT' ? event.reason : '',
                    referredTo: null,
                    mergedInto: null,
                  }),
                }),
              ],
            },
            MERGE: {
              guard: 'decideAcceptance',
              target: '#case.merged',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'ACCEPTANCE')),
                assign({
                  acceptance: ({ event }) =>
                    event.type === 'MERGE'
                      ? {
                          outcome: 'MERGED' as const,
                          on: stepDate(event),
                          reason: event.reason,
                          referredTo: null,
                          mergedInto: event.mergedInto,
                        }
                      : null,
                }),
              ],
            },
            REFER: {
              guard: 'decideAcceptance',
              target: '#case.referred',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'ACCEPTANCE')),
                assign({
                  acceptance: ({ event }) =>
                    event.type === 'REFER'
                      ? {
                          outcome: 'REFERRED' as const,
                          on: stepDate(event),
                          reason: event.reason,
                          referredTo: event.referredTo,
                          mergedInto: null,
                        }
                      : null,
                }),
              ],
            },
          },
        },
        accepted: {
          on: {
            EXTEND: {
              guard: 'extend',
              actions: [
                'recordDates',
                assign(({ context, event }) => {
                  if (event.type !== 'EXTEND') return {};
                  return {
                    extension: {
                      days: event.days,
                      reason: event.reason,
                      approvedBy: event.actor.label,
                      approvedById: event.actor.id,
                      on: stepDate(event),
                    },
                    // Approved before the due day: whatever the deadline flagged meanwhile, the step is not late.
                    clocks: context.clocks.map((k) =>
                      k.step === 'HANDLING' && k.outcome === 'RUNNING'
                        ? {
                            ...k,
                            dueOn: addDaysOf(k.count, k.dueOn, event.days, calendarOf(event.facts.calendar)),
                            extendedDays: event.days,
                            overdue: false,
                          }
                        : k,
                    ),
                  };
                }),
                enqueueActions(({ context, enqueue }) => {
                  const clock = runningClock(context, 'HANDLING');
                  if (clock) enqueue(schedule('HANDLING', clock.dueOn));
                }),
                'note',
              ],
            },
            DECIDE: { guard: 'decide', target: 'decided', actions: ['recordDates', 'decide'] },
          },
        },
        decided: {
          on: {
            REPLY: [
              {
                guard: 'replyWithReview',
                target: 'replied',
                actions: [
                  'recordDates',
                  enqueueActions((a) => stopIn(clockArgs(a), 'HANDLING')),
                  assign({
                    replies: ({ context, event }) =>
                      event.type === 'REPLY'
                        ? [...context.replies, { stage: 'HANDLING' as const, on: event.repliedOn, text: event.text }]
                        : context.replies,
                  }),
                  enqueueActions((a) => startIn(clockArgs(a), 'REVIEW_REQUEST')),
                ],
              },
              {
                guard: 'reply',
                target: '#case.closed',
                actions: [
                  'recordDates',
                  enqueueActions((a) => stopIn(clockArgs(a), 'HANDLING')),
                  assign({
                    replies: ({ context, event }) =>
                      event.type === 'REPLY'
                        ? [...context.replies, { stage: 'HANDLING' as const, on: event.repliedOn, text: event.text }]
                        : context.replies,
                  }),
                ],
              },
            ],
          },
        },
        replied: {
          on: {
            DEADLINE: { guard: 'windowLapsed', target: '#case.lapsed', actions: 'lapse' },
            REQUEST_REVIEW: {
              guard: 'requestReview',
              target: 'underReview',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'REVIEW_REQUEST')),
                enqueueActions((a) => startIn(clockArgs(a), 'REVIEW')),
                'note',
              ],
            },
          },
        },
        underReview: {
          on: {
            DECIDE_REVIEW: {
              guard: 'decideReview',
              target: 'reviewed',
              actions: [
                'recordDates',
                'decide',
                enqueueActions((a) => stopIn(clockArgs(a), 'REVIEW')),
                enqueueActions((a) => startIn(clockArgs(a), 'RE_REVIEW_REQUEST')),
              ],
            },
          },
        },
        reviewed: {
          on: {
            DEADLINE: { guard: 'windowLapsed', target: '#case.lapsed', actions: 'lapse' },
            REQUEST_RE_REVIEW: {
              guard: 'requestReReview',
              target: 'underReReview',
              actions: [
                'recordDates',
                enqueueActions((a) => stopIn(clockArgs(a), 'RE_REVIEW_REQUEST')),
                enqueueActions((a) => startIn(clockArgs(a), 'RE_REVIEW')),
                'note',
              ],
            },
          },
        },
        underReReview: {
          on: {
            DECIDE_RE_REVIEW: {
              guard: 'decideReview',
              target: '#case.final',
              actions: ['recordDates', 'decide', enqueueActions((a) => stopIn(clockArgs(a), 'RE_REVIEW'))],
            },
          },
        },
      },
    },
    notAccepted: { type: 'final', entry: 'end' },
    referred: { type: 'final', entry: 'end' },
    merged: { type: 'final', entry: 'end' },
    /**
     * The window to ask for review (or re-review) passed unused: the case is closed. A request that was
     * received in time but recorded only now still reopens it.
     */
    lapsed: {
      entry: 'end',
      on: {
        REQUEST_REVIEW: {
          guard: 'requestReview',
          target: 'open.underReview',
          actions: [
            'recordDates',
            enqueueActions((a) => stopIn(clockArgs(a), 'REVIEW_REQUEST')),
            enqueueActions((a) => startIn(clockArgs(a), 'REVIEW')),
            'note',
          ],
        },
        REQUEST_RE_REVIEW: {
          guard: 'requestReReview',
          target: 'open.underReReview',
          actions: [
            'recordDates',
            enqueueActions((a) => stopIn(clockArgs(a), 'RE_REVIEW_REQUEST')),
            enqueueActions((a) => startIn(clockArgs(a), 'RE_REVIEW')),
            'note',
          ],
        },
      },
    },
    /** Replied, with no review under this profile. (Not an XState final state: remedy results still arrive.) */
    closed: { entry: 'end' },
    /** 复核 decided: the same facts and reasons are not accepted again (第三十六条). */
    final: { entry: 'end' },
  },
});
