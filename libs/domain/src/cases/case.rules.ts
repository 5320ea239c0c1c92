import type { Role } from '../access/roles.js';
import { givenDateProblem, type DateBound } from '../calendar/given-date.js';
import type { LocalDate } from '../calendar/local-date.js';
import { role, systemOnly } from '../workflow/actor-rules.js';
import { all, fail, pass, type Rule, type RuleResult } from '../workflow/rules.js';
import type { CaseContext, CaseEvent, ClockStep, DecisionStage } from './case.types.js';
import type { Finding, Remedy } from './vocabulary.js';

/** The case's guards, each a rule that says why it refuses, with the regulation's article. */
type CaseRule = Rule<CaseContext, CaseEvent>;
const r =
  (check: (context: CaseContext, event: CaseEvent) => RuleResult): CaseRule =>
  ({ context, event }) =>
    check(context, event);

/** 信访办 / 信访稳定组 / 纪检: every step of a case. */
const HANDLER: readonly Role[] = ['PETITION_HANDLER'];

export const runningClock = (c: CaseContext, step: ClockStep) => c.clocks.find((k) => k.step === step && k.outcome === 'RUNNING');

/** A complainant's window still running, or lapsed before an in-time request was recorded. */
export const windowOrRunning = (c: CaseContext, step: ClockStep) =>
  c.clocks.findLast((k) => k.step === step && (k.outcome === 'RUNNING' || k.outcome === 'LAPSED'));

const hasAcceptanceStep = r((c) =>
  c.profile.acceptance.value ? pass() : fail('no-acceptance', 'this kind of case has no acceptance step'),
);

const hasReview = r((c) => (c.profile.reviewRequest.value ? pass() : fail('no-review', 'this kind of case has no review (复查)')));

/** An extension: once, within the maximum, approved by someone other than the assigned handler (第三十四条). */
const extensionAllowed = r((c, e) => {
  const rule = c.profile.extension;
  if (!rule.value) return fail('no-extension', 'this kind of case cannot be extended', { citation: rule.citation });
  if (c.extension) {
    return fail('extension-used', `The handling time was already extended on ${c.extension.on}; it can be extended only once`, {
      citation: rule.citation,
      values: { extendedOn: c.extension.on },
    });
  }
  if (e.type === 'EXTEND' && (e.days < 1 || e.days > rule.value.maxDays)) {
    return fail('extension-days', `An extension is 1 to ${rule.value.maxDays} days, not ${e.days}`, {
      citation: rule.citation,
      values: { days: e.days, max: rule.value.maxDays },
    });
  }
  if (!c.assignee) return fail('unassigned', 'Assign the case first: the extension is approved by someone other than its handler');
  const handling = runningClock(c, 'HANDLING');
  // Approved on paper before the due day and recorded later still counts (with a reason when late).
  const approvedOn = (e.type === 'EXTEND' ? e.decidedOn : undefined) ?? e.facts.today;
  if (handling && approvedOn > handling.dueOn) {
    return fail('extension-late', `The handling time ran out on ${handling.dueOn}; an extension is approved before that, not after`, {
      citation: rule.citation,
      values: { dueOn: handling.dueOn, approvedOn },
    });
  }
  if (c.assignee && e.actor.id === c.assignee.id) {
    return fail('extension-approver', 'The extension must be approved by someone other than the handler of the case', {
      citation: rule.citation,
    });
  }
  if (e.type === 'EXTEND' && typeof e.reason === 'string' && e.reason.trim().length === 0) {
    return fail('extension-reason', 'Give the reason: the complainant is told it');
  }
  return pass();
});

const assigned = r((c) => (c.assignee ? pass() : fail('unassigned', 'Assign the case to a handler first')));

/** A finding is required, except for an enquiry; remedies only where the complaint was (partly) upheld. */
function decisionProblems(c: CaseContext, finding: Finding | null | undefined, remedies: Remedy[] | undefined): RuleResult {
  // Fields left out altogether are an availability probe, not a decision: they pass.
  if (finding === null && c.kind !== 'ENQUIRY')
    return fail('finding', 'Record the finding: substantiated, partly substantiated or unsubstantiated');
  const list = remedies ?? [];
  if (list.length > 0 && finding !== undefined && finding !== 'SUBSTANTIATED' && finding !== 'PARTLY_SUBSTANTIATED') {
    return fail('remedy-finding', 'Remedies follow only a substantiated or partly substantiated finding');
  }
  if (list.includes('DISQUALIFY_CANDIDATE') && !c.subject.candidateId) {
    return fail('remedy-subject', 'DISQUALIFY_CANDIDATE needs the case to concern a candidate', {
      values: { remedy: 'DISQUALIFY_CANDIDATE' },
    });
  }
  if (list.includes('ANNUL_ELECTION') && !c.subject.electionId) {
    return fail('remedy-subject', 'ANNUL_ELECTION needs the case to concern an election', { values: { remedy: 'ANNUL_ELECTION' } });
  }
  return pass();
}

const decisionValid = r((c, e) =>
  e.type === 'DECIDE' || e.type === 'DECIDE_REVIEW' || e.type === 'DECIDE_RE_REVIEW' ? decisionProblems(c, e.finding, e.remedies) : pass(),
);

/**
 * A request for review or re-review must be received within its window (第三十五条, 第三十六条). The
 * window runs from the later of the reply's date and the day the reply was recorded, so a request
 * received any day from the reply to the window's end is in time.
 */
const requestInWindow = (step: ClockStep): CaseRule =>
  r((c, e) => {
    const clock = windowOrRunning(c, step);
    if (!clock) return fail('window-closed', 'The time to ask for this has passed', { values: { step } });
    const given = e.type === 'REQUEST_REVIEW' || e.type === 'REQUEST_RE_REVIEW' ? e.receivedOn : undefined;
    const receivedOn = given ?? e.facts.today;
    const citation = step === 'REVIEW_REQUEST' ? c.profile.reviewRequest.citation : c.profile.reReviewRequest.citation;
    if (receivedOn > clock.dueOn) {
      return fail('window-closed', `Received on ${receivedOn}; requests were due by ${clock.dueOn}`, {
        citation,
        values: { receivedOn, dueOn: clock.dueOn, startedOn: clock.startedOn, step },
      });
    }
    return pass();
  });

const lastOf = <T extends { stage: DecisionStage; on: LocalDate }>(list: readonly T[], stage: DecisionStage): LocalDate | undefined =>
  list.findLast((x) => x.stage === stage)?.on;

/** When a clocked step began (e.g. the day a review request was received). */
const clockFrom = (c: CaseContext, step: ClockStep): LocalDate | undefined => c.clocks.findLast((k) => k.step === step)?.startedOn;

/** The office clock a step stops (or, for an extension, moves). */
const OFFICE_CLOCK_OF: Partial<Record<CaseEvent['type'], ClockStep>> = {
  ACCEPT: 'ACCEPTANCE',
  NOT_ACCEPT: 'ACCEPTANCE',
  REFER: 'ACCEPTANCE',
  MERGE: 'ACCEPTANCE',
  EXTEND: 'HANDLING',
  REPLY: 'HANDLING',
  DECIDE_REVIEW: 'REVIEW',
  DECIDE_RE_REVIEW: 'RE_REVIEW',
};

/** The date the step gives, if any. */
const dateGiven = (e: CaseEvent): LocalDate | undefined =>
  e.type === 'REPLY' ? e.repliedOn : 'decidedOn' in e && typeof e.decidedOn === 'string' ? e.decidedOn : undefined;

/**
 * A step the deadline already flagged overdue, now dated on or before its due day: the date says it was
 * on time when the record said it was late. It needs a written reason and is listed as a late entry,
 * however few days back it lies.
 */
export function backdatesOverdue(c: CaseContext, e: CaseEvent): { step: ClockStep; dueOn: LocalDate } | null {
  const step = OFFICE_CLOCK_OF[e.type];
  const date = dateGiven(e);
  const clock = step ? runningClock(c, step) : undefined;
  return step && clock?.overdue && date !== undefined && date <= clock.dueOn ? { step, dueOn: clock.dueOn } : null;
}

const overdueExplained = r((c, e) => {
  const backdated = backdatesOverdue(c, e);
  const reason = 'lateReason' in e && typeof e.lateReason === 'string' && e.lateReason.trim().length > 0;
  return !backdated || reason
    ? pass()
    : fail(
        'overdue-backdated',
        `${backdated.step} was flagged overdue after ${backdated.dueOn}; a date on or before that day given now needs a written reason (lateReason)`,
        { values: { step: backdated.step, dueOn: backdated.dueOn, date: dateGiven(e) ?? null } },
      );
});

/**
 * The date a step gives: not after today, not before the step it follows (a reply before the decision,
 * a decision before acceptance), and more than LATE_ENTRY_DAYS back only with a written reason.
 */
const datesInRange = r((c, e) => {
  const given = (field: string, date: LocalDate | undefined, notBefore: DateBound[]) =>
    givenDateProblem({
      field,
      date,
      today: e.facts.today,
      lateEntryDays: e.facts.lateEntryDays,
      lateReason: 'lateReason' in e ? e.lateReason : undefined,
      notBefore,
    });
  const received: DateBound = { on: c.receivedOn, what: 'the case was received', step: 'CASE_RECEIVED' };
  const accepted: DateBound = { on: c.acceptance?.on, what: 'the case was accepted', step: 'CASE_ACCEPTED' };
  switch (e.type) {
    case 'ACCEPT':
    case 'NOT_ACCEPT':
    case 'REFER':
    case 'MERGE':
      return given('decidedOn', e.decidedOn, [received]);
    case 'EXTEND':
    case 'DECIDE':
      return given('decidedOn', e.decidedOn, [received, accepted]);
    case 'REPLY':
      return given('repliedOn', e.repliedOn, [
        received,
        accepted,
        { on: lastOf(c.decisions, 'HANDLING'), what: 'the decision was taken', step: 'DECISION_TAKEN' },
      ]);
    case 'REQUEST_REVIEW':
      return given('receivedOn', e.receivedOn, [
        { on: lastOf(c.replies, 'HANDLING'), what: 'the written reply was given', step: 'REPLY_GIVEN' },
      ]);
    case 'DECIDE_REVIEW':
      return given('decidedOn', e.decidedOn, [
        { on: clockFrom(c, 'REVIEW'), what: 'the request for review was received', step: 'REVIEW_REQUESTED' },
      ]);
    case 'REQUEST_RE_REVIEW':
      return given('receivedOn', e.receivedOn, [
        { on: lastOf(c.replies, 'REVIEW'), what: 'the review opinion was given', step: 'REVIEW_OPINION_GIVEN' },
      ]);
    case 'DECIDE_RE_REVIEW':
      return given('decidedOn', e.decidedOn, [
        { on: clockFrom(c, 'RE_REVIEW'), what: 'the request for re-review was received', step: 'RE_REVIEW_REQUESTED' },
      ]);
    default:
      return pass();
  }
});

/** Whoever approved the extension does not then handle the case: the approval must stay someone else's. */
const notTheApprover = r((c, e) =>
  e.type === 'ASSIGN' && c.extension?.approvedById && e.assigneeId === c.extension.approvedById
    ? fail('assignee-approved-extension', `${c.extension.approvedBy} approved this case's extension and cannot be its handler`, {
        citation: c.profile.extension.citation,
      })
    : pass(),
);

/** A handler registers a case; the relay does so for a supervision finding it opens (the observation is the record). */
const handlerOrRelay: CaseRule = (args) => (args.event.actor.kind === 'system' ? pass() : role(HANDLER)(args, undefined));

const datesValid = all(datesInRange, overdueExplained);

export const caseRules = {
  handler: all(role(HANDLER)),
  decideAcceptance: all(role(HANDLER), datesValid),
  register: handlerOrRelay,
  assign: all(role(HANDLER), notTheApprover),
  registerToAcceptance: all(handlerOrRelay, hasAcceptanceStep),
  extend: all(role(HANDLER), datesValid, extensionAllowed),
  decide: all(role(HANDLER), assigned, decisionValid, datesValid),
  decideReview: all(role(HANDLER), decisionValid, datesValid),
  reply: all(role(HANDLER), datesValid),
  replyWithReview: all(role(HANDLER), datesValid, hasReview),
  requestReview: all(role(HANDLER), datesValid, requestInWindow('REVIEW_REQUEST')),
  requestReReview: all(role(HANDLER), datesValid, requestInWindow('RE_REVIEW_REQUEST')),
  system: systemOnly,
};
