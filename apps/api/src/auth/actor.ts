import type { Role, WorkflowActor } from '@scrutineer/domain';

/** The signed-in user behind a request, loaded fresh from the database for each request. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  jurisdictionId: string;
  /** Materialized path of the home jurisdiction: the subtree this actor may see. */
  scopePath: string;
  ip: string | null;
}

export const toWorkflowActor = (actor: Actor): WorkflowActor => ({
  kind: 'user',
  id: actor.userId,
  role: actor.role,
  label: actor.username,
  ip: actor.ip,
});

/** For a request nobody signed in to (public complaint intake, a failed login). */
export const publicActor = (ip: string | null, label = 'public'): WorkflowActor => ({
  kind: 'public',
  id: null,
  role: null,
  label,
  ip,
});
