import type { Role } from '../access/roles.js';
import type { WorkflowActor } from './actor.js';
import { fail, pass, type Rule } from './rules.js';

/** Who may cause a transition: a rule so that availableActions can say "needs ELECTION_OFFICE". */
export const actorRoleIn: Rule<unknown, { actor: WorkflowActor }, { roles: readonly Role[] }> = ({ event }, { roles }) =>
  event.actor.role !== null && roles.includes(event.actor.role)
    ? pass()
    : fail('actor-role', `Only ${roles.join(', ')} may do this`, {
        values: { role: event.actor.role, required: roles.join(',') },
      });

/** Deadline and relay events come from the system only. */
export const actorIsSystem: Rule<unknown, { actor: WorkflowActor }, undefined> = ({ event }) =>
  event.actor.kind === 'system' ? pass() : fail('system-only', 'Only the system sends this event');

/** Rules about who acts rather than about the state of things: failing only these means FORBIDDEN. */
export const ACCESS_RULE_IDS: readonly string[] = ['actor-role', 'system-only'];

/** A role rule with its roles fixed, for composing with `all`. */
export const role =
  (roles: readonly Role[]): Rule<unknown, { actor: WorkflowActor }> =>
  (args) =>
    actorRoleIn(args, { roles });

export const systemOnly: Rule<unknown, { actor: WorkflowActor }> = (args) => actorIsSystem(args, undefined);
