import { explainGuard, type RuleFailure, type RuleSet } from '@scrutineer/domain';
import { getNextTransitions, type AnyMachineSnapshot, type AnyTransitionDefinition, type EventObject } from 'xstate';

export interface BlockReason {
  rule: string;
  message: string;
  citation: string | null;
  values: Record<string, string | number | boolean | null>;
}

/** One event the current state knows, whether it may be sent now, and if not, why. */
export interface AvailableAction {
  event: string;
  allowed: boolean;
  reasons: BlockReason[];
}

const toReason = (failure: RuleFailure): BlockReason => ({
  rule: failure.rule,
  message: failure.message,
  citation: failure.citation ?? null,
  values: failure.values ?? {},
});

/**
 * Every event the current state (and its ancestors) handles, allowed or not, with the reason each
 * blocked one is blocked (ARCHITECTURE.md §7). Uses XState's public `getNextTransitions` and
 * `snapshot.can`; guards are evaluated with the facts but without an event payload.
 */
export function availableActions(
  snapshot: AnyMachineSnapshot,
  envelope: (type: string) => EventObject,
  rules: RuleSet = {},
  /** The event actually sent, if any: its own entry is judged with its payload. */
  sent?: EventObject,
): AvailableAction[] {
  const byEvent = new Map<string, AnyTransitionDefinition[]>();
  for (const t of getNextTransitions(snapshot)) {
    const type = t.eventType;
    if (!type || type === '*' || type.startsWith('xstate.')) continue;
    const list = byEvent.get(type) ?? [];
    list.push(t);
    byEvent.set(type, list);
  }
  const result: AvailableAction[] = [];
  for (const [type, transitions] of byEvent) {
    const event = sent?.type === type ? sent : envelope(type);
    if (snapshot.can(event)) {
      result.push({ event: type, allowed: true, reasons: [] });
      continue;
    }
    const reasons: BlockReason[] = [];
    for (const t of transitions) {
      const outcome = explainGuard(rules, t.guard, { context: snapshot.context, event });
      if (!outcome.ok && !reasons.some((r) => r.rule === outcome.rule && r.message === outcome.message)) {
        reasons.push(toReason(outcome));
      }
    }
    if (reasons.length === 0) reasons.push({ rule: 'state', message: 'Not possible in the current state', citation: null, values: {} });
    result.push({ event: type, allowed: false, reasons });
  }
  return result;
}
