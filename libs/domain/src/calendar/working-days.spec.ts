import fc from 'fast-check';
import { addDays, daysBetween } from './local-date.js';
import {
  addDaysOf,
  addWorkingDays,
  EMPTY_CALENDAR,
  isWorkingDay,
  weekdayOf,
  workingCalendar,
  workingDaysBetween,
  type WorkingCalendar,
} from './working-days.js';

const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

// National Day 2026 as the State Council might set it: seven days off, two weekend days worked.
const NATIONAL_DAY = workingCalendar(
  ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  ['2026-09-27', '2026-10-10'],
);

// Random calendars: holidays and 调休 days scattered within a few months of 2026, sometimes overlapping.
const nearby = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-01-01', n));
const calendar: fc.Arbitrary<WorkingCalendar> = fc
  .record({ holidays: fc.array(nearby, { maxLength: 30 }), workdays: fc.array(nearby, { maxLength: 10 }) })
  .map(({ holidays, workdays }) => workingCalendar(holidays, workdays));
const dateNearby = fc.integer({ min: -30, max: 150 }).map((n) => addDays('2026-01-01', n));

describe('working days', () => {
  it('knows the days of the week', () => {
    expect(weekdayOf('2026-09-28')).toBe(1); // Monday
    expect(weekdayOf('2026-10-03')).toBe(6);
    expect(weekdayOf('2026-10-04')).toBe(7);
  });

  it('rests on weekends and holidays, and works on 调休 days', () => {
    expect(isWorkingDay('2026-09-25', NATIONAL_DAY)).toBe(true); // Friday
    expect(isWorkingDay('2026-09-26', NATIONAL_DAY)).toBe(false); // Saturday
    expect(isWorkingDay('2026-09-27', NATIONAL_DAY)).toBe(true); // Sunday, worked
    expect(isWorkingDay('2026-10-01', NATIONAL_DAY)).toBe(false); // Thursday, holiday
    expect(isWorkingDay('2026-10-10', NATIONAL_DAY)).toBe(true); // Saturday, worked
    expect(isWorkingDay('2026-10-11', NATIONAL_DAY)).toBe(false);
    // A date in both lists is a holiday.
    expect(isWorkingDay('2026-10-03', workingCalendar(['2026-10-03'], ['2026-10-03']))).toBe(false);
  });

  it('counts across the National Day holiday', () => {
    // Friday 25 Sep + 1: Sunday 27th is worked. + 2: Monday 28th.
    expect(addWorkingDays('2026-09-25', 1, NATIONAL_DAY)).toBe('2026-09-27');
    expect(addWorkingDays('2026-09-25', 2, NATIONAL_DAY)).toBe('2026-09-28');
    // From Wednesday 30 Sep the next working day is Thursday 8 Oct, then Friday 9th, Saturday 10th (worked), Monday 12th.
    expect(addWorkingDays('2026-09-30', 1, NATIONAL_DAY)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3, NATIONAL_DAY)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4, NATIONAL_DAY)).toBe('2026-10-12');
    // Without the holiday lists the same count lands a week earlier.
    expect(addWorkingDays('2026-09-30', 4, EMPTY_CALENDAR)).toBe('2026-10-06');
    expect(workingDaysBetween('2026-09-25', '2026-10-12', NATIONAL_DAY)).toBe(8); // 27, 28, 29, 30 Sep; 8, 9, 10, 12 Oct
    expect(workingDaysBetween('2026-10-12', '2026-09-25', NATIONAL_DAY)).toBe(-8);
    expect(workingDaysBetween('2026-10-01', '2026-10-07', NATIONAL_DAY)).toBe(0);
  });

  it('adds nothing for n = 0, even on a rest day, and refuses negative or fractional counts', () => {
    expect(addWorkingDays('2026-10-03', 0, NATIONAL_DAY)).toBe('2026-10-03');
    expect(() => addWorkingDays('2026-10-03', -1, NATIONAL_DAY)).toThrow(/0 or more/);
    expect(() => addWorkingDays('2026-10-03', 1.5, NATIONAL_DAY)).toThrow(/whole number/);
  });

  it('dispatches on how a limit is counted', () => {
    expect(addDaysOf('CALENDAR', '2026-09-30', 4, NATIONAL_DAY)).toBe('2026-10-04');
    expect(addDaysOf('CALENDAR', '2026-09-30', -10, NATIONAL_DAY)).toBe('2026-09-20');
    expect(addDaysOf('WORKING', '2026-09-30', 4, NATIONAL_DAY)).toBe('2026-10-12');
  });

  it('refuses a configured list entry that is not a date', () => {
    expect(() => workingCalendar(['2026-02-30'], [])).toThrow(/holidays must be a calendar date/);
    expect(() => workingCalendar([], ['10/10/2026'])).toThrow(/workdays must be a calendar date/);
  });

  it('lands on a working day for n >= 1', () => {
    fc.assert(
      fc.property(dateNearby, fc.integer({ min: 1, max: 60 }), calendar, (d, n, cal) => isWorkingDay(addWorkingDays(d, n, cal), cal)),
    );
  });

  it('counts back what it added', () => {
    fc.assert(
      fc.property(dateNearby, fc.integer({ min: 0, max: 60 }), calendar, (d, n, cal) => {
        const due = addWorkingDays(d, n, cal);
        return workingDaysBetween(d, due, cal) === n && workingDaysBetween(due, d, cal) === -n;
      }),
    );
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 400 }),
        (d, n) => workingDaysBetween(d, addWorkingDays(d, n, EMPTY_CALENDAR), EMPTY_CALENDAR) === n,
      ),
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(dateNearby, fc.integer({ min: 0, max: 60 }), calendar, (d, span, cal) => {
        let count = 0;
        for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(d, i), cal)) count++;
        return workingDaysBetween(d, addDays(d, span), cal) === count;
      }),
    );
  });

  it('is strictly increasing in n', () => {
    fc.assert(
      fc.property(dateNearby, fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 }), calendar, (d, n, k, cal) => {
        return addWorkingDays(d, n + k, cal) > addWorkingDays(d, n, cal);
      }),
    );
  });

  it('spans a plain week: 5 working days from a Monday are 7 calendar days', () => {
    const monday = date.map((d) => addDays(d, (8 - weekdayOf(d)) % 7));
    fc.assert(
      fc.property(monday, (d) => {
        expect(weekdayOf(d)).toBe(1);
        return daysBetween(d, addWorkingDays(d, 5, EMPTY_CALENDAR)) === 7;
      }),
    );
  });
});
