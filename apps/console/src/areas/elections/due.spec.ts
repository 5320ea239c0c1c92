import dayjs from 'dayjs';
import { daysUntil, nextDue } from './due';

describe('an election’s due day', () => {
  const today = dayjs('2026-03-10T09:00:00');
  it('counts whole days, late ones negative', () => {
    expect(daysUntil('2026-03-13', today)).toBe(3);
    expect(daysUntil('2026-03-10', today)).toBe(0);
    expect(daysUntil('2026-03-08', today)).toBe(-2);
  });
  it('is the soonest deadline still ahead, else election day, for an election in progress', () => {
    const deadlines = [
      { dueAt: '2026-03-01T15:59:59.999Z', firedAt: '2026-03-01T16:00:00Z' },
      { dueAt: '2026-03-09T15:59:59.999Z', firedAt: null, cancelledAt: null },
      { dueAt: '2026-03-20T15:59:59.999Z', cancelledAt: null, firedAt: null },
      { dueAt: '2026-03-12T15:59:59.999Z', cancelledAt: null, firedAt: null },
      { dueAt: '2026-03-11T15:59:59.999Z', cancelledAt: '2026-03-05T00:00:00Z' },
    ];
    const election = { state: 'active.nomination', electionDay: '2026-04-01', deadlines };
    expect(nextDue(election, today)).toBe(dayjs('2026-03-12T15:59:59.999Z').format('YYYY-MM-DD'));
    expect(nextDue({ ...election, deadlines: [] }, today)).toBe('2026-04-01');
    expect(nextDue({ ...election, deadlines: [], electionDay: '2026-03-01' }, today)).toBeNull();
    expect(nextDue({ ...election, state: 'archived' }, today)).toBeNull();
  });
});
