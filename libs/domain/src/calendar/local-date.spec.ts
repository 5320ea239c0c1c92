import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, daysBetween, endOfDay, localDateOf, parseLocalDate, startOfDay } from './local-date.js';

const date = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('counts days both ways', () => {
    fc.assert(fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => expect(daysBetween(d, addDays(d, n))).toBe(n)));
  });

  it('puts "by day D" at the end of D in Beijing time', () => {
    expect(endOfDay('2026-03-10')).toBe('2026-03-10T15:59:59.999Z');
    expect(startOfDay('2026-03-10')).toBe('2026-03-09T16:00:00.000Z');
    expect(localDateOf('2026-03-09T16:00:00.000Z')).toBe('2026-03-10');
    expect(localDateOf('2026-03-09T15:59:59.999Z')).toBe('2026-03-09');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => parseLocalDate('2026-02-30')).toThrow(/calendar date/);
    expect(() => parseLocalDate('10/03/2026')).toThrow(/calendar date/);
    expect(parseLocalDate('2026-02-28')).toBe('2026-02-28');
  });

  describe("fast paths give luxon's answers", () => {
    const luxonLocalDateOf = (instant: Date | string, zone: string) => DateTime.fromJSDate(new Date(instant)).setZone(zone).toISODate();
    const anyDay = fc
      .date({ min: new Date('0500-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const zones = [
      'Asia/Shanghai',
      'Asia/Kathmandu',
      'America/St_Johns',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'UTC',
      'Etc/GMT+8',
      'UTC+8',
      'local',
    ];

    it('localDateOf, across zones with odd offsets and summer time', () => {
      fc.assert(
        fc.property(
          fc.date({ min: new Date('1960-01-01'), max: new Date('3100-01-01'), noInvalidDate: true }),
          fc.constantFrom(...zones),
          (d, zone) => {
            expect(localDateOf(d, zone)).toBe(luxonLocalDateOf(d, zone));
            expect(localDateOf(d.toISOString(), zone)).toBe(luxonLocalDateOf(d.toISOString(), zone));
          },
        ),
        { numRuns: 3000 },
      );
      // Around midnight in Beijing, to the millisecond.
      for (const at of ['2026-03-09T15:59:59.999Z', '2026-03-09T16:00:00.000Z', '1991-09-14T15:00:00.000Z', '2026-03-10T00:00:00+08:00']) {
        expect(localDateOf(at)).toBe(luxonLocalDateOf(at, 'Asia/Shanghai'));
      }
      expect(localDateOf('2026-03-09T16:00:00.000Z', 'No/Such_Zone')).toBe(luxonLocalDateOf('2026-03-09T16:00:00.000Z', 'No/Such_Zone'));
    });

    it('addDays and daysBetween, valid or not', () => {
      const luxonAdd = (date: string, days: number) => DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate();
      const luxonBetween = (a: string, b: string) =>
        Math.round(DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days);
      fc.assert(
        fc.property(anyDay, anyDay, fc.integer({ min: -400_000, max: 400_000 }), (a, b, n) => {
          expect(addDays(a, n)).toBe(luxonAdd(a, n));
          expect(daysBetween(a, b)).toBe(luxonBetween(a, b));
        }),
        { numRuns: 3000 },
      );
      for (const odd of ['2026-02-30', '0099-01-01', '2026-1-5', '2026-03-10T10:00', '']) {
        expect(addDays(odd, 1)).toBe(luxonAdd(odd, 1));
        expect(addDays('2026-03-10', 1.5)).toBe(luxonAdd('2026-03-10', 1.5));
        expect(daysBetween(odd, '2026-03-10')).toBe(luxonBetween(odd, '2026-03-10'));
        expect(daysBetween('2026-03-10', odd)).toBe(luxonBetween('2026-03-10', odd));
      }
    });
  });
});
