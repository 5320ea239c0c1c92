import type { Role } from '../access/roles.js';

/**
 * Who caused a transition. Users act with their role; the scheduler and the outbox relay act as
 * the system. Recorded in every audit entry.
 */
export interface WorkflowActor {
  kind: 'user' | 'system' | 'public';
  /** User id; null for the system and for the public. */
  id: string | null;
  role: Role | null;
  /** Username, or a system name such as `system:scheduler`. */
  label: string;
  /** Client IP for requests; null for the system. */
  ip: string | null;
}

export const systemActor = (name: string): WorkflowActor => ({
  kind: 'system',
  id: null,
  role: null,
  label: `system:${name}`,
  ip: null,
});
