import { DateTime } from 'luxon';
import { badInput } from '../errors.js';
import { DEFAULT_TIME_ZONE } from './clock.js';

/**
 * Calendar dates (`YYYY-MM-DD`) as the documents count them: election day T, "T-10", "3 days to
 * file". Days are calendar days in the profile's zone (Asia/Shanghai by default). A step due "by day
 * D" is due at the end of D, local time.
 */
export type LocalDate = string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseLocalDate(value: string, field = 'date'): LocalDate {
  if (!DATE.test(value) || !DateTime.fromISO(value, { zone: 'UTC' }).isValid) {
    throw badInput(`${field} must be a calendar date (YYYY-MM-DD)`, { field });
  }
  return value;
}

export const addDays = (date: LocalDate, days: number): LocalDate => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;

export const addYears = (date: LocalDate, years: number): LocalDate => DateTime.fromISO(date, { zone: 'UTC' }).plus({ years }).toISODate()!;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);

/** The calendar date of an instant in a zone. */
export const localDateOf = (instant: Date | string, zone = DEFAULT_TIME_ZONE): LocalDate =>
  DateTime.fromJSDate(new Date(instant)).setZone(zone).toISODate()!;

/** The last moment of a date in a zone, as an ISO instant: the due time of "by day D". */
export const endOfDay = (date: LocalDate, zone = DEFAULT_TIME_ZONE): string =>
  DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO()!;

/** The first moment of a date in a zone, as an ISO instant. */
export const startOfDay = (date: LocalDate, zone = DEFAULT_TIME_ZONE): string =>
  DateTime.fromISO(date, { zone }).startOf('day').toUTC().toISO()!;
