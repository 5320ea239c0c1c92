import { EFFECT, type LateEntryEffect } from '../workflow/effects.js';
import { fail, pass, type RuleResult } from '../workflow/rules.js';
import { addYears, daysBetween, localDateOf, type LocalDate } from './local-date.js';

/**
 * Dates people give (a roll published, a reply sent, a request received …) are believed only within
 * limits, so that a window the law gives a voter or a complainant cannot be closed on paper:
 *
 * - never after the day it is recorded, never before the object existed or the step it follows;
 * - never far outside reason (before 2000, or years ahead);
 * - more than `lateEntryDays` (LATE_ENTRY_DAYS, default 3) before the day it is recorded only with a
 *   written reason, and then flagged "recorded late" on the object, in its history and in the list
 *   inspectors read;
 * - windows a voter or complainant holds run from the later of the date given and the day recorded
 *   (`windowStart`).
 */

/** No step of an election or a case under this system happened before this day. */
export const EARLIEST_PLAUSIBLE_DATE: LocalDate = '2000-01-01';

/** Days before the day of recording that a date may lie without a written reason (LATE_ENTRY_DAYS). */
export const DEFAULT_LATE_ENTRY_DAYS = 3;

/** An earlier date the given one may not precede, and what happened on it ("the roll was published"). */
export interface DateBound {
  on: LocalDate | null | undefined;
  what: string;
  /** What happened on it as a stable id (e.g. ROLL_PUBLISHED), for screens that name it in their own language. */
  step?: string;
}

/** A date given for a step, checked against the day it is recorded. */
export interface GivenDateCheck {
  /** The input field, e.g. `publishedOn`. */
  field: string;
  /** The date given; undefined when an availability probe carries no payload (it passes). */
  date: LocalDate | undefined;
  /** The day it is being recorded (today in the zone of the object). */
  today: LocalDate;
  /** Days back without a reason. */
  lateEntryDays: number;
  /** The reason given for a late entry, if any. */
  lateReason?: string | null;
  /** Dates this one may not precede. */
  notBefore?: readonly DateBound[];
  /** Dates this one may not follow (a decision after the day its clock ran out, …). */
  notAfter?: readonly DateBound[];
}

/** Why a given date is refused, or pass. The first problem found is the answer. */
export function givenDateProblem(check: GivenDateCheck): RuleResult {
  const { field, date, today } = check;
  if (date === undefined) return pass();
  if (date < EARLIEST_PLAUSIBLE_DATE) {
    return fail('date-implausible', `${field} ${date} is before ${EARLIEST_PLAUSIBLE_DATE}: check the year`, {
      values: { field, date, earliest: EARLIEST_PLAUSIBLE_DATE },
    });
  }
  if (date > today) {
    return fail('date-future', `${field} ${date} is after today (${today}): a step is recorded once it happened`, {
      values: { field, date, today },
    });
  }
  for (const bound of check.notBefore ?? []) {
    if (bound.on && date < bound.on) {
      return fail('date-before', `${field} ${date} is before ${bound.what} on ${bound.on}`, {
        values: { field, date, bound: bound.on, what: bound.what, boundStep: bound.step ?? null },
      });
    }
  }
  for (const bound of check.notAfter ?? []) {
    if (bound.on && date > bound.on) {
      return fail('date-after', `${field} ${date} is after ${bound.what} on ${bound.on}`, {
        values: { field, date, bound: bound.on, what: bound.what, boundStep: bound.step ?? null },
      });
    }
  }
  const days = daysBetween(date, today);
  if (days > check.lateEntryDays && !hasReason(check.lateReason)) {
    return fail(
      'late-entry-reason',
      `${field} ${date} is ${days} days before it is recorded (${today}); more than ${check.lateEntryDays} days back needs a written reason (lateReason)`,
      { values: { field, date, today, days, lateEntryDays: check.lateEntryDays } },
    );
  }
  return pass();
}

const hasReason = (reason: string | null | undefined): reason is string => typeof reason === 'string' && reason.trim().length > 0;

/** A date someone gave for a step, kept beside the moment it was recorded. */
export interface GivenDate {
  /** The step (event type), e.g. PUBLISH_ROLL. */
  step: string;
  field: string;
  date: LocalDate;
  /** ISO 8601 instant of the recording (the transition). */
  recordedAt: string;
  /** Days between the date given and the day it was recorded. */
  daysBack: number;
  /** More than LATE_ENTRY_DAYS back: recorded late, with the reason given. */
  late: boolean;
  reason: string | null;
}

/** The record of a date given, as it is kept on the object. */
export function givenDate(
  step: string,
  field: string,
  date: LocalDate,
  now: string,
  lateEntryDays: number,
  lateReason?: string | null,
  zone?: string,
): GivenDate {
  const daysBack = daysBetween(date, localDateOf(now, zone));
  const late = daysBack > lateEntryDays;
  return { step, field, date, recordedAt: now, daysBack, late, reason: late && hasReason(lateReason) ? lateReason.trim() : null };
}

/**
 * Where a window someone holds begins: the later of the date given and the day it was recorded. A
 * reply entered a week late still leaves the complainant the whole 30 days from the day it was entered.
 */
export const windowStart = (given: LocalDate, recordedOn: LocalDate): LocalDate => (given > recordedOn ? given : recordedOn);

/** How far ahead an election day may be set: further is a typing mistake, not a plan. */
export const ELECTION_DAY_MAX_YEARS_AHEAD = 2;

/** An election day within reason: not before 2000, not more than two years ahead. */
export function electionDayProblem(field: string, day: LocalDate, today: LocalDate): RuleResult {
  if (day < EARLIEST_PLAUSIBLE_DATE) {
    return fail('date-implausible', `${field} ${day} is before ${EARLIEST_PLAUSIBLE_DATE}: check the year`, {
      values: { field, date: day, earliest: EARLIEST_PLAUSIBLE_DATE },
    });
  }
  const latest = addYears(today, ELECTION_DAY_MAX_YEARS_AHEAD);
  if (day > latest) {
    return fail(
      'date-implausible',
      `${field} ${day} is more than ${ELECTION_DAY_MAX_YEARS_AHEAD} years ahead (after ${latest}): check the year`,
      {
        values: { field, date: day, latest },
      },
    );
  }
  return pass();
}

/** What a machine needs to record the dates an event gives. */
interface DatedEvent {
  type: string;
  now: string;
  facts: { lateEntryDays: number };
  lateReason?: unknown;
}

/**
 * Keep the dates an event gives (`fields` of the event that hold a date) beside the moment they were
 * recorded, and an effect for each one recorded late. Fields the event leaves out are skipped.
 */
export function recordGivenDates(
  kept: readonly GivenDate[],
  event: DatedEvent,
  fields: readonly string[],
  options: { zone?: string; alsoLate?: boolean } = {},
): { datesGiven: GivenDate[]; effects: { type: typeof EFFECT.lateEntry; params: LateEntryEffect }[] } {
  const reason = typeof event.lateReason === 'string' ? event.lateReason : null;
  // `alsoLate`: a date the record contradicts (a step flagged overdue now dated in time) is listed however recent.
  const lateEntryDays = options.alsoLate ? -1 : event.facts.lateEntryDays;
  const added = fields
    .map((field) => [field, (event as unknown as Record<string, unknown>)[field]] as const)
    .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string')
    .map(([field, date]) => givenDate(event.type, field, date, event.now, lateEntryDays, reason, options.zone));
  return {
    datesGiven: [...kept, ...added],
    effects: added
      .filter((g) => g.late)
      .map((g) => ({
        type: EFFECT.lateEntry,
        params: { step: g.step, field: g.field, date: g.date, recordedAt: g.recordedAt, daysBack: g.daysBack, reason: g.reason },
      })),
  };
}

/** How far ahead a due day (a rectification order's) may be set. */
export const DUE_DAY_MAX_YEARS_AHEAD = 1;

/** A due day within reason: today or later, and not more than a year ahead. */
export function dueDayProblem(field: string, day: LocalDate, today: LocalDate): RuleResult {
  if (day < today) return fail('due-past', `${field} ${day} is in the past (today is ${today})`, { values: { field, date: day, today } });
  const latest = addYears(today, DUE_DAY_MAX_YEARS_AHEAD);
  if (day > latest) {
    return fail(
      'date-implausible',
      `${field} ${day} is more than ${DUE_DAY_MAX_YEARS_AHEAD} year ahead (after ${latest}): check the year`,
      {
        values: { field, date: day, latest },
      },
    );
  }
  return pass();
}
