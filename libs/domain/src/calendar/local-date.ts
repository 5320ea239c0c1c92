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

/*
 * Fast paths: a batch of 1,000 observations asks for a few thousand dates, and luxon's objects made
 * these the largest cost of an intake. Each fast path gives luxon's answer (local-date.spec.ts compares
 * them) and leaves everything unusual (far years, invalid dates, non-IANA zones) to luxon.
 */
const DAY_MS = 86_400_000;
const MIN_FAST = Date.UTC(1971, 0, 1);
const MAX_FAST = Date.UTC(2999, 0, 1);

/** Milliseconds at UTC midnight of a valid YYYY-MM-DD between the years 1000 and 9999; otherwise null. */
function utcMidnight(date: LocalDate): number | null {
  if (typeof date !== 'string' || !DATE.test(date)) return null;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (y < 1000) return null;
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : null;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a UTC instant whose year has four digits. */
function utcDate(t: number): LocalDate | null {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  return y >= 1000 && y <= 9999 ? `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` : null;
}

/** One formatter per IANA zone (null: leave the zone to luxon). */
const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(zone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(zone);
  if (format === undefined) {
    format = null;
    // Area/Location names only: luxon reads "UTC+8", "local" and the like itself.
    if (/^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(zone)) {
      try {
        format = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          calendar: 'gregory',
          numberingSystem: 'latn',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        });
      } catch {
        format = null;
      }
    }
    dayFormats.set(zone, format);
  }
  return format;
}

/** The last few answers: a check asks for the same instants (observed, now) several times in a row. */
const recent: { ms: number; zone: string; date: LocalDate }[] = [];
let recentNext = 0;

function fastLocalDateOf(ms: number, zone: string): LocalDate | null {
  if (!(ms >= MIN_FAST && ms <= MAX_FAST)) return null;
  for (const r of recent) if (r.ms === ms && r.zone === zone) return r.date;
  const date = formatLocalDate(ms, zone);
  if (date !== null) {
    recent[recentNext] = { ms, zone, date };
    recentNext = (recentNext + 1) % 4;
  }
  return date;
}

function formatLocalDate(ms: number, zone: string): LocalDate | null {
  const format = dayFormat(zone);
  if (!format) return null;
  let y = '';
  let m = '';
  let d = '';
  for (const part of format.formatToParts(ms)) {
    if (part.type === 'year') y = part.value;
    else if (part.type === 'month') m = part.value;
    else if (part.type === 'day') d = part.value;
  }
  return y.length === 4 && m.length === 2 && d.length === 2 ? `${y}-${m}-${d}` : null;
}

export const addDays = (date: LocalDate, days: number): LocalDate => {
  const t = Number.isInteger(days) ? utcMidnight(date) : null;
  const fast = t === null ? null : utcDate(t + days * DAY_MS);
  return fast ?? DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
};

export const addYears = (date: LocalDate, years: number): LocalDate => DateTime.fromISO(date, { zone: 'UTC' }).plus({ years }).toISODate()!;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: LocalDate, to: LocalDate): number => {
  const a = utcMidnight(from);
  const b = a === null ? null : utcMidnight(to);
  if (a !== null && b !== null) return Math.round((b - a) / DAY_MS);
  return Math.round(DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days);
};

/** The calendar date of an instant in a zone. */
export const localDateOf = (instant: Date | string, zone = DEFAULT_TIME_ZONE): LocalDate => {
  const at = new Date(instant);
  return fastLocalDateOf(at.getTime(), zone) ?? DateTime.fromJSDate(at).setZone(zone).toISODate()!;
};

/** The last moment of a date in a zone, as an ISO instant: the due time of "by day D". */
export const endOfDay = (date: LocalDate, zone = DEFAULT_TIME_ZONE): string =>
  DateTime.fromISO(date, { zone }).endOf('day').toUTC().toISO()!;

/** The first moment of a date in a zone, as an ISO instant. */
export const startOfDay = (date: LocalDate, zone = DEFAULT_TIME_ZONE): string =>
  DateTime.fromISO(date, { zone }).startOf('day').toUTC().toISO()!;
