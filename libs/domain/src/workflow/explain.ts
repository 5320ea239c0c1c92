import type { EventObject } from 'xstate';
import type { RuleResult, RuleSet } from './rules.js';

/** A guard as a machine holds it: a name, `{ type, params }`, or something else (inline, composite). */
export type GuardRef = unknown;

/** Explain one guard through the rule of the same name. Inline or composite guards cannot explain themselves. */
export function explainGuard(rules: RuleSet, guard: GuardRef, args: { context: unknown; event: EventObject }): RuleResult {
  if (guard === undefined) return { ok: true };
  const ref = typeof guard === 'string' ? { type: guard, params: undefined } : guard;
  const name = typeof ref === 'object' && ref !== null && 'type' in ref ? String(ref.type) : undefined;
  const rule = name ? rules[name] : undefined;
  if (!name || !rule) {
    return { ok: false, rule: name ?? 'guard', message: 'A condition of this step is not met' };
  }
  const rawParams = (ref as { params?: unknown }).params;
  const params = typeof rawParams === 'function' ? (rawParams as (a: unknown) => unknown)(args) : rawParams;
  try {
    return rule(args, params);
  } catch {
    return { ok: false, rule: name, message: 'A condition of this step cannot be evaluated without the event details' };
  }
}
