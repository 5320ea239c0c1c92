import dayjs from 'dayjs';
import { daysUntil, nextDue } from './due';

describe('an election’s due day', () => {
  const today = dayjs('2026-03-10T09:00:00');
  it('counts whole days, late ones negative', () => {
    expect(daysUntil('2026-03-13', today)).toBe(3);
    expect(daysUntil('2026-03-10', today)).toBe(0);
    expect(daysUntil('2026-03-08', today)).toBe(-2);
  });
  it('is the soonest deadline still running', () => {
    expect(
      nextDue([
        { dueAt: '2026-03-01T15:59:59.999Z', firedAt: '2026-03-01T16:00:00Z' },
        { dueAt: '2026-03-20T15:59:59.999Z', cancelledAt: null, firedAt: null },
        { dueAt: '2026-03-12T15:59:59.999Z', cancelledAt: null, firedAt: null },
        { dueAt: '2026-03-11T15:59:59.999Z', cancelledAt: '2026-03-05T00:00:00Z' },
      ]),
    ).toBe(dayjs('2026-03-12T15:59:59.999Z').format('YYYY-MM-DD'));
    expect(nextDue([])).toBeNull();
  });
});
