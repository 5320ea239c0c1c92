import dayjs from 'dayjs';

/** Whole days from today to a day (YYYY-MM-DD or a moment): negative when it passed. */
export function daysUntil(day: string, today: dayjs.Dayjs = dayjs()): number {
  return dayjs(day).startOf('day').diff(today.startOf('day'), 'day');
}

/**
 * The next day an election in progress works towards: its soonest deadline still ahead (neither fired nor
 * cancelled), else election day while that is ahead; null for one that is over. A deadline already
 * past is the scheduler's to deliver — what it made overdue, the election's `overdue` says.
 */
export function nextDue(
  election: {
    state: string;
    electionDay: string;
    deadlines: readonly { dueAt: string; firedAt?: string | null; cancelledAt?: string | null }[];
  },
  now: dayjs.Dayjs = dayjs(),
): string | null {
  if (!election.state.startsWith('active.')) return null;
  const ahead = election.deadlines
    .filter((d) => !d.firedAt && !d.cancelledAt && !dayjs(d.dueAt).isBefore(now))
    .map((d) => d.dueAt)
    .sort();
  if (ahead.length > 0) return dayjs(ahead[0]).format('YYYY-MM-DD');
  return daysUntil(election.electionDay, now) >= 0 ? election.electionDay : null;
}
