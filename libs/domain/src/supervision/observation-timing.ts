import { EARLIEST_PLAUSIBLE_DATE } from '../calendar/given-date.js';
import { addDays, daysBetween, localDateOf, type LocalDate } from '../calendar/local-date.js';
import type { ObservationProblem } from './observation.js';

/**
 * When an observation may say it was made: not long before the campaign (or, without one, the
 * election) it belongs to, and — like every date a person gives — more than LATE_ENTRY_DAYS before it
 * is submitted only with a written reason, when it is flagged "recorded late". (Not in the future
 * beyond the device's clock skew: `observationProblems`.)
 */

/** Days before its campaign started (or its election was created) an observation may still lie: preparation is observed too. */
export const OBSERVATION_LEAD_DAYS = 30;

export interface ObservationTiming {
  /** The instant observed, ISO 8601 (already checked to parse). */
  observedAt: string;
  now: Date;
  /** The campaign's first day, or without a campaign the day the election was created (null: unknown). */
  startsOn: LocalDate | null;
  /** What `startsOn` is, for the message. */
  startsWhat: string;
  lateEntryDays: number;
  lateReason?: string | null;
}

/** Why the observation's time is refused; empty when it may be stored. */
export function observationTimingProblems(t: ObservationTiming): ObservationProblem[] {
  if (t.lateReason != null && (typeof t.lateReason !== 'string' || t.lateReason.length > 500)) {
    return [{ field: 'lateReason', message: 'lateReason must be text of at most 500 characters' }];
  }
  const day = localDateOf(t.observedAt);
  if (day < EARLIEST_PLAUSIBLE_DATE)
    return [{ field: 'observedAt', message: `${t.observedAt} is before ${EARLIEST_PLAUSIBLE_DATE}: check the year` }];
  if (t.startsOn !== null) {
    const earliest = addDays(t.startsOn, -OBSERVATION_LEAD_DAYS);
    if (day < earliest) {
      return [
        {
          field: 'observedAt',
          message: `${t.observedAt} is more than ${OBSERVATION_LEAD_DAYS} days before ${t.startsWhat} on ${t.startsOn}: check the date`,
        },
      ];
    }
  }
  const daysBack = daysBetween(day, localDateOf(t.now));
  const reason = typeof t.lateReason === 'string' && t.lateReason.trim().length > 0;
  if (daysBack > t.lateEntryDays && !reason) {
    return [
      {
        field: 'lateReason',
        message: `Observed ${daysBack} days before it is submitted; more than ${t.lateEntryDays} days needs a written reason (lateReason)`,
      },
    ];
  }
  return [];
}

/** Days between the day observed and the day submitted, and whether that makes it recorded late. */
export function observationLateness(observedAt: string, now: Date, lateEntryDays: number): { daysBack: number; late: boolean } {
  const daysBack = daysBetween(localDateOf(observedAt), localDateOf(now));
  return { daysBack, late: daysBack > lateEntryDays };
}
