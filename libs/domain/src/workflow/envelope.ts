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
};

/** Keys the runtime adds; they are stripped before an event is logged as the caller's payload. */
export const ENVELOPE_KEYS = ['facts', 'actor', 'now'] as const;
