import fc from 'fast-check';
import { actorIsSystem, actorRoleIn } from './actor-rules.js';
import { systemActor, type WorkflowActor } from './actor.js';
import { fail, guardsFromRules, pass, type Rule } from './rules.js';
import { ROLES } from '../access/roles.js';

const atLeast: Rule<unknown, { n: number }, { min: number }> = ({ event }, { min }) =>
  event.n >= min ? pass() : fail('at-least', `needs ${min}, has ${event.n}`, { values: { n: event.n, min } });

describe('rules and guards', () => {
  it('derives guards that agree with their rules on every input', () => {
    const guards = guardsFromRules({ atLeast });
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (n, min) => {
        expect(guards.atLeast({ context: {}, event: { n } }, { min })).toBe(atLeast({ context: {}, event: { n } }, { min }).ok);
      }),
    );
  });

  it('explains a failing rule with its numbers', () => {
    expect(atLeast({ context: {}, event: { n: 35 } }, { min: 45 })).toEqual({
      ok: false,
      rule: 'at-least',
      message: 'needs 45, has 35',
      values: { n: 35, min: 45 },
    });
  });

  it('lets only the named roles, and only the system, through', () => {
    const user = (role: (typeof ROLES)[number]): WorkflowActor => ({ kind: 'user', id: 'u', role, label: 'u', ip: null });
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.subarray([...ROLES]), (role, roles) => {
        expect(actorRoleIn({ context: {}, event: { actor: user(role) } }, { roles }).ok).toBe(roles.includes(role));
        expect(actorIsSystem({ context: {}, event: { actor: user(role) } }, undefined).ok).toBe(false);
      }),
    );
    expect(actorIsSystem({ context: {}, event: { actor: systemActor('scheduler') } }, undefined).ok).toBe(true);
    expect(actorRoleIn({ context: {}, event: { actor: systemActor('scheduler') } }, { roles: ROLES }).ok).toBe(false);
  });
});
