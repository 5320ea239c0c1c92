import fc from 'fast-check';
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
});
