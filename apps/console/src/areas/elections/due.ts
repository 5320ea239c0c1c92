import dayjs from 'dayjs';

/** Whole days from today to a day (YYYY-MM-DD or a moment): negative when it passed. */
export function daysUntil(day: string, today: dayjs.Dayjs = dayjs()): number {
  return dayjs(day).startOf('day').diff(today.startOf('day'), 'day');
}

/** The election's next clock: its soonest deadline neither fired nor cancelled, as a day. */
export function nextDue(deadlines: readonly { dueAt: string; firedAt?: string | null; cancelledAt?: string | null }[]): string | null {
  const pending = deadlines.filter((d) => !d.firedAt && !d.cancelledAt).map((d) => d.dueAt);
  if (pending.length === 0) return null;
  return dayjs(pending.sort()[0]).format('YYYY-MM-DD');
}
