import type { WorkflowActor } from './actor.js';

/**
 * What a machine receives: the caller's event plus what the runtime adds. Guards read only this
 * and the context (ARCHITECTURE.md §3): no database, no clock.
 */
export type Envelope<TEvent extends { type: string }, TFacts = Record<string, unknown>> = TEvent & {
  /** Facts the runtime gathered for the guards (counts, open blockers, …). */
  facts: TFacts;
  actor: WorkflowActor;
  /** The instant of the transition, ISO 8601, from the runtime's injectable clock. */
  now: string;
  /** Present when the scheduler fires a deadline: which one. */
  deadline?: DeadlineInfo;
};

/** The deadline an event fires, set by the scheduler. */
export interface DeadlineInfo {
  id: string;
  kind: string;
  /** ISO 8601. */
  dueAt: string;
}

/** Keys only the runtime sets: stripped from a caller's event, so nobody can forge them. */
export const ENVELOPE_KEYS = ['facts', 'actor', 'now', 'deadline'] as const;
