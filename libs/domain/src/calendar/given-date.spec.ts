import fc from 'fast-check';
import { EFFECT } from '../workflow/effects.js';
import { electionDayProblem, givenDate, givenDateProblem, recordGivenDates, windowStart } from './given-date.js';
import { addDays, daysBetween } from './local-date.js';

const TODAY = '2026-11-26';
const check = (date: string | undefined, over: Partial<Parameters<typeof givenDateProblem>[0]> = {}) =>
  givenDateProblem({ field: 'repliedOn', date, today: TODAY, lateEntryDays: 3, ...over });

/** Any day from 2000 to 2040. */
const day = fc.integer({ min: 0, max: 40 * 366 }).map((n) => addDays('2000-01-01', n));

describe('dates people give', () => {
  it('passes a date within LATE_ENTRY_DAYS of today, and a probe without a date', () => {
    expect(check('2026-11-23')).toEqual({ ok: true });
    expect(check(TODAY)).toEqual({ ok: true });
    expect(check(undefined)).toEqual({ ok: true });
  });

  it('refuses the future, the implausible, and a date before the step it follows, each with its reason', () => {
    expect(check('2026-11-27')).toMatchObject({ ok: false, rule: 'date-future', values: { date: '2026-11-27', today: TODAY } });
    expect(check('1999-12-31')).toMatchObject({ ok: false, rule: 'date-implausible' });
    expect(check('2026-11-24', { notBefore: [{ on: '2026-11-25', what: 'the case was accepted' }] })).toMatchObject({
      ok: false,
      rule: 'date-before',
      message: 'repliedOn 2026-11-24 is before the case was accepted on 2026-11-25',
    });
    expect(check('2026-11-26', { notAfter: [{ on: '2026-11-25', what: 'the handling time ran out' }] })).toMatchObject({
      rule: 'date-after',
    });
    // An unknown bound (a step not taken) does not refuse.
    expect(check('2026-11-24', { notBefore: [{ on: null, what: 'x' }] }).ok).toBe(true);
  });

  it('asks for a written reason more than LATE_ENTRY_DAYS back, and takes the date with one', () => {
    expect(check('2026-11-22')).toMatchObject({ rule: 'late-entry-reason', values: { days: 4, lateEntryDays: 3 } });
    expect(check('2026-11-22', { lateReason: '   ' })).toMatchObject({ rule: 'late-entry-reason' });
    expect(check('2026-11-22', { lateReason: '纸质答复已送达' }).ok).toBe(true);
    expect(check('2026-11-16', { lateEntryDays: 10 }).ok).toBe(true);
  });

  it('keeps each date with the moment it was recorded, and flags and emits only the late ones', () => {
    const event = {
      type: 'REPLY',
      now: '2026-11-26T02:00:00.000Z',
      facts: { lateEntryDays: 3 },
      lateReason: '补录',
      repliedOn: '2026-11-20',
    };
    const { datesGiven, effects } = recordGivenDates([], event, ['repliedOn', 'absent']);
    expect(datesGiven).toEqual([
      { step: 'REPLY', field: 'repliedOn', date: '2026-11-20', recordedAt: event.now, daysBack: 6, late: true, reason: '补录' },
    ]);
    expect(effects).toEqual([
      {
        type: EFFECT.lateEntry,
        params: { step: 'REPLY', field: 'repliedOn', date: '2026-11-20', recordedAt: event.now, daysBack: 6, reason: '补录' },
      },
    ]);
    expect(givenDate('REPLY', 'repliedOn', '2026-11-25', event.now, 3, 'not needed')).toMatchObject({ late: false, reason: null });
  });

  it('never lets a date given shorten a window held by a voter or complainant (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), (given, lag, windowDays) => {
        const recordedOn = addDays(given, lag);
        const due = addDays(windowStart(given, recordedOn), windowDays);
        // The whole window remains from the day the step was recorded, and from the day given.
        return daysBetween(recordedOn, due) >= windowDays && daysBetween(given, due) >= windowDays;
      }),
    );
  });

  it('accepts exactly the dates between the bound and today that need no reason (property)', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 30 }), (date, bound, lateEntryDays) => {
        const result = givenDateProblem({ field: 'f', date, today: TODAY, lateEntryDays, notBefore: [{ on: bound, what: 'b' }] });
        const expected = date >= bound && date <= TODAY && daysBetween(date, TODAY) <= lateEntryDays;
        return result.ok === expected;
      }),
    );
  });

  it('keeps election days within reason: not before 2000, not more than two years ahead', () => {
    expect(electionDayProblem('electionDay', '2027-05-10', TODAY).ok).toBe(true);
    expect(electionDayProblem('electionDay', '1999-05-10', TODAY)).toMatchObject({ rule: 'date-implausible' });
    expect(electionDayProblem('electionDay', '2029-05-10', TODAY)).toMatchObject({
      rule: 'date-implausible',
      values: { latest: '2028-11-26' },
    });
  });
});
