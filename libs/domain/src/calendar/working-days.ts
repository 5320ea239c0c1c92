import { DateTime } from 'luxon';
import { badInput } from '../errors.js';
import { addDays, daysBetween, parseLocalDate, type LocalDate } from './local-date.js';

/**
 * Working days as the complaint rules count them ("受理后 15 个工作日内"): Monday to Friday, minus
 * public holidays, plus the weekend days the State Council makes working days (调休). The lists
 * change every year, so they come from configuration, not from code.
 */
export interface WorkingCalendar {
  /** Rest days even on a weekday; a date here wins over `workdays`. */
  holidays: ReadonlySet<LocalDate>;
  /** Saturdays and Sundays made working days. */
  workdays: ReadonlySet<LocalDate>;
}

/** How a time limit is counted: calendar days, or working days on a WorkingCalendar. */
export const DAY_COUNT_KINDS = ['CALENDAR', 'WORKING'] as const;
export type DayCountKind = (typeof DAY_COUNT_KINDS)[number];

/** Plain weeks: Monday to Friday work, no holidays. */
export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** A calendar from configured lists; every entry must be a calendar date, so a typo cannot silently never match. */
export function workingCalendar(holidays: Iterable<LocalDate>, workdays: Iterable<LocalDate>): WorkingCalendar {
  return {
    holidays: new Set([...holidays].map((d) => parseLocalDate(d, 'holidays'))),
    workdays: new Set([...workdays].map((d) => parseLocalDate(d, 'workdays'))),
  };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (date: LocalDate): number => DateTime.fromISO(date, { zone: 'UTC' }).weekday;

const isWeekend = (date: LocalDate): boolean => weekdayOf(date) >= 6;

export function isWorkingDay(date: LocalDate, cal: WorkingCalendar): boolean {
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date) || cal.workdays.has(date);
}

/** The n-th working day after `date` (n = 0: `date` itself, working day or not). */
export function addWorkingDays(date: LocalDate, n: number, cal: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n) || n < 0) throw badInput('working days to add must be a whole number, 0 or more', { n });
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

/** Working days in (from, to]: the inverse of addWorkingDays; negative when `to` is earlier. */
export function workingDaysBetween(from: LocalDate, to: LocalDate, cal: WorkingCalendar): number {
  if (to < from) return -workingDaysBetween(to, from, cal);
  // Count Monday–Friday arithmetically, then correct by the (short) configured lists, so long spans cost nothing.
  let count = weekdaysIn(from, to);
  const inRange = (d: LocalDate) => d > from && d <= to;
  for (const d of cal.holidays) if (inRange(d) && !isWeekend(d)) count--;
  for (const d of cal.workdays) if (inRange(d) && isWeekend(d) && !cal.holidays.has(d)) count++;
  return count;
}

/** Monday–Friday dates in (from, to], from <= to. */
function weekdaysIn(from: LocalDate, to: LocalDate): number {
  const days = daysBetween(from, to);
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  // The remaining days start the day after `from` and never reach a full week.
  for (let i = 1, wd = weekdayOf(from); i <= days - weeks * 7; i++) if (((wd + i - 1) % 7) + 1 <= 5) count++;
  return count;
}

/** `n` days after `date`, counted as the rule says. Calendar days may be negative ("T-10"); working days may not. */
export function addDaysOf(kind: DayCountKind, date: LocalDate, n: number, cal: WorkingCalendar): LocalDate {
  return kind === 'WORKING' ? addWorkingDays(date, n, cal) : addDays(date, n);
}
