import { observationLateness, observationTimingProblems } from './observation-timing.js';

describe('when an observation may say it was made', () => {
  const now = new Date('2026-11-26T04:00:00Z');
  const base = { now, startsOn: '2026-10-01', startsWhat: 'the campaign started', lateEntryDays: 3 };

  it('takes an observation from today or within LATE_ENTRY_DAYS, and one from the campaign’s preparation', () => {
    expect(observationTimingProblems({ ...base, observedAt: '2026-11-26T09:00:00+08:00' })).toEqual([]);
    expect(observationTimingProblems({ ...base, observedAt: '2026-11-23T09:00:00+08:00' })).toEqual([]);
    expect(observationTimingProblems({ ...base, observedAt: '2026-09-05T09:00:00+08:00', lateReason: '离线' })).toEqual([]);
  });

  it('refuses one long before its campaign, or before 2000', () => {
    expect(observationTimingProblems({ ...base, observedAt: '2026-08-31T09:00:00+08:00', lateReason: 'x' })).toEqual([
      { field: 'observedAt', message: expect.stringContaining('more than 30 days before the campaign started on 2026-10-01') },
    ]);
    expect(observationTimingProblems({ ...base, startsOn: null, observedAt: '1999-01-01T09:00:00+08:00' })).toEqual([
      { field: 'observedAt', message: expect.stringContaining('before 2000-01-01') },
    ]);
  });

  it('asks for a reason more than LATE_ENTRY_DAYS after, and says how late it is (days in Beijing time)', () => {
    expect(observationTimingProblems({ ...base, observedAt: '2026-11-22T09:00:00+08:00' })).toEqual([
      { field: 'lateReason', message: expect.stringContaining('Observed 4 days before it is submitted') },
    ]);
    expect(observationLateness('2026-11-22T23:30:00+08:00', now, 3)).toEqual({ daysBack: 4, late: true });
    expect(observationLateness('2026-11-22T16:30:00Z', now, 3)).toEqual({ daysBack: 3, late: false });
  });
});
