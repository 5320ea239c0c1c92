import { ACCESS_RULE_IDS, DomainError } from '@scrutineer/domain';
import type { AvailableAction } from './available-actions.js';

export function conflict(type: string, id: string, expectedVersion: number, actualVersion: number): DomainError {
  return new DomainError(
    'CONFLICT',
    `This ${type} was changed by someone else (it is now at version ${actualVersion}, you had version ${expectedVersion}). Reload it and try again.`,
    { expectedVersion, actualVersion, id },
  );
}

export function invalidTransition(state: string, event: string, actions: AvailableAction[]): DomainError {
  const own = actions.find((a) => a.event === event);
  const why = own
    ? own.reasons.map((r) => r.message + (r.citation ? ` (${r.citation})` : '')).join('; ')
    : `the state "${state}" does not take ${event}`;
  const allowed = actions.filter((a) => a.allowed).map((a) => a.event);
  return new DomainError(
    'INVALID_TRANSITION',
    `${event} is not possible now: ${why}. Possible now: ${allowed.length ? allowed.join(', ') : 'nothing'}.`,
    { state, event, availableActions: actions },
  );
}

/**
 * Why an event is refused: FORBIDDEN when only who-may-do-it rules block it (the step exists and is
 * otherwise possible), INVALID_TRANSITION for everything else.
 */
export function refusal(state: string, event: string, actions: AvailableAction[]): DomainError {
  const own = actions.find((a) => a.event === event);
  if (own && own.reasons.length > 0 && own.reasons.every((r) => ACCESS_RULE_IDS.includes(r.rule))) {
    return new DomainError('FORBIDDEN', `${event}: ${own.reasons.map((r) => r.message).join('; ')}`, {
      state,
      event,
      availableActions: actions,
    });
  }
  return invalidTransition(state, event, actions);
}
