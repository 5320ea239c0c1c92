/**
 * Guards are rules that can explain themselves. A rule returns why it fails, with the statute or
 * source it comes from and the numbers involved, so a refusal names its reason (ARCHITECTURE.md §7):
 * "quorum: 35 of 55 present, more than 44 needed — 基层组织选举工作条例 / seed 000 L247".
 */
export type RuleResult =
  | { ok: true }
  | {
      ok: false;
      /** Stable rule id, e.g. `quorum`. */
      rule: string;
      /** A sentence a person can act on. */
      message: string;
      /** Source: statute article or `seed 000 L247`. */
      citation?: string;
      /** The numbers behind the decision. */
      values?: Record<string, string | number | boolean | null>;
    };

export type RuleFailure = Extract<RuleResult, { ok: false }>;

export interface RuleArgs<TContext = unknown, TEvent = unknown> {
  context: TContext;
  event: TEvent;
}

// Defaults are `any` so that rules of any shape fit one RuleSet; each rule narrows its own types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<TContext = any, TEvent = any, TParams = any> = (args: RuleArgs<TContext, TEvent>, params: TParams) => RuleResult;

export type RuleSet = Record<string, Rule>;

export const pass = (): RuleResult => ({ ok: true });

export const fail = (
  rule: string,
  message: string,
  extra: { citation?: string; values?: Record<string, string | number | boolean | null> } = {},
): RuleResult => ({ ok: false, rule, message, ...extra });

/** Turn rules into XState guards with the same names: the machine and its explanations cannot drift. */
// XState hands guards its own event union; the envelope's shape is the machine's promise, so `any` here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type GuardsOf<R extends RuleSet> = { [K in keyof R]: (args: RuleArgs<any, any>, params: Parameters<R[K]>[1]) => boolean };

export function guardsFromRules<R extends RuleSet>(rules: R): GuardsOf<R> {
  const guards = {} as GuardsOf<R>;
  for (const name of Object.keys(rules) as (keyof R)[]) {
    guards[name] = (args, params) => rules[name]!(args, params).ok;
  }
  return guards;
}

/** All of the rules, in order; the first failure is the answer (put who-may-act rules first). */
export const all =
  (...rules: Rule[]): Rule =>
  (args, params) => {
    for (const rule of rules) {
      const result = rule(args, params);
      if (!result.ok) return result;
    }
    return pass();
  };

/** Passes when the rule fails: for routing between branches of one event. */
export const not =
  (rule: Rule, id: string, message: string): Rule =>
  (args, params) =>
    rule(args, params).ok ? fail(id, message) : pass();
