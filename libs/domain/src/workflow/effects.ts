/**
 * The effect vocabulary machines use. Effects are XState actions that do nothing when executed;
 * the workflow runtime reads them from `transition()`'s action list and writes them in the same
 * transaction as the state change (ARCHITECTURE.md §4, §5). Never use XState `after` or invoked
 * actors for these: timers are lost on restore and actors re-run.
 */

/** A message for other workflows or the outside world, delivered at least once by the relay. */
export interface OutboxEffect {
  topic: string;
  payload: Record<string, unknown>;
}

/** A durable deadline: at `dueAt` the scheduler sends `event` (default `{ type: 'DEADLINE', kind }`). */
export interface ScheduleDeadlineEffect {
  kind: string;
  /** ISO 8601 instant. */
  dueAt: string;
  event?: { type: string } & Record<string, unknown>;
}

export interface CancelDeadlineEffect {
  kind: string;
}

/**
 * A date someone gave more than LATE_ENTRY_DAYS before the day it was recorded: the runtime lists it
 * (table late_entries) beside the transition's audit entry, for inspectors.
 */
export interface LateEntryEffect {
  step: string;
  field: string;
  date: string;
  recordedAt: string;
  daysBack: number;
  reason: string | null;
}

export const EFFECT = {
  outbox: 'effect.outbox',
  scheduleDeadline: 'effect.scheduleDeadline',
  cancelDeadline: 'effect.cancelDeadline',
  lateEntry: 'effect.lateEntry',
} as const;

export type EffectType = (typeof EFFECT)[keyof typeof EFFECT];

const noop = (): void => undefined;

/**
 * Spread into `setup({ actions: { ...effectActions } })` so machines may name the effects.
 * Each takes its effect as params, e.g. `{ type: EFFECT.outbox, params: ({ context }) => ({ … }) }`.
 */
export const effectActions = {
  [EFFECT.outbox]: (_: unknown, _params: OutboxEffect) => noop(),
  [EFFECT.scheduleDeadline]: (_: unknown, _params: ScheduleDeadlineEffect) => noop(),
  [EFFECT.cancelDeadline]: (_: unknown, _params: CancelDeadlineEffect) => noop(),
  [EFFECT.lateEntry]: (_: unknown, _params: LateEntryEffect) => noop(),
};

/** Any other action a machine declares for the runtime (a named, in-transaction effect handler). */
export interface CustomEffect {
  type: string;
  params: unknown;
}
