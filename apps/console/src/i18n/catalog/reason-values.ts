/**
 * The ids among a rule's `values` (a date field, a nomination route, a state, roles …) named in the
 * reader's language before they go into the sentence: 选举当前处于“提名” rather than “active.nomination”.
 * Numbers, dates, post names and tracking codes pass through as they are.
 */

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** How a value is named: from a vocabulary (`vocab.<name>.<VALUE>`), as a workflow state, or as a plain list. */
type Naming =
  | { vocab: string; list?: boolean }
  | { states: 'election' | 'case' }
  /** A comma-joined list of free names (posts, tracking codes): only the separator changes. */
  | { list: true };

/** Value keys that mean the same wherever a rule gives them. */
const BY_KEY: Readonly<Record<string, Naming>> = {
  field: { vocab: 'field' },
  boundStep: { vocab: 'dateBound' },
  route: { vocab: 'nominationRoute' },
  routes: { vocab: 'nominationRoute', list: true },
  role: { vocab: 'role' },
  required: { vocab: 'role', list: true },
  next: { vocab: 'reviewLevel' },
  level: { vocab: 'reviewLevel' },
  levels: { vocab: 'reviewLevel', list: true },
  left: { vocab: 'reviewLevel', list: true },
  step: { vocab: 'clockStep' },
  expected: { vocab: 'roundKind' },
  remedy: { vocab: 'remedy' },
  firstItem: { vocab: 'checklistItem' },
  otherItem: { vocab: 'checklistItem' },
  posts: { list: true },
  references: { list: true },
};

/** Value keys whose meaning depends on the rule (`missing` is a list of items here, a count elsewhere). */
const BY_RULE: Readonly<Record<string, Readonly<Record<string, Naming>>>> = {
  preparation: { missing: { vocab: 'preparationItem', list: true } },
  'nomination-closed': { state: { states: 'election' } },
  'election-state': { electionState: { states: 'election' } },
  'merge-into-ended': { state: { states: 'case' } },
  'revote-kind': { kind: { vocab: 'roundKind' } },
  'child-level': { parentLevel: { vocab: 'jurisdictionLevel' }, childLevel: { vocab: 'jurisdictionLevel' } },
};

/** Eligibility exclusions (`exclusion-criminal-sentence` …) name their kind. */
const EXCLUSION: Readonly<Record<string, Naming>> = { kind: { vocab: 'exclusionKind' } };

const namingOf = (rule: string, key: string): Naming | undefined =>
  BY_RULE[rule]?.[key] ?? (rule.startsWith('exclusion-') ? EXCLUSION[key] : undefined) ?? BY_KEY[key];

/** A workflow state's name (`active.nomination` → 提名), as StateTag names it. */
const stateName = (t: Translate, machine: string, state: string): string =>
  t(`states.${machine}.${state.replace(/^(active|open)\./, '')}`, { defaultValue: state });

function name(t: Translate, naming: Naming, value: string): string {
  if ('states' in naming) return stateName(t, naming.states, value);
  const one = (v: string) => ('vocab' in naming ? t(`vocab.${naming.vocab}.${v}`, { defaultValue: v }) : v);
  return naming.list
    ? value
        .split(',')
        .filter((v) => v !== '')
        .map(one)
        .join(t('vocab.listSeparator'))
    : one(value);
}

/** The rule's values, with every id among them named for the reader; everything else unchanged. */
export function localiseValues(rule: string, values: Readonly<Record<string, unknown>>, t: Translate): Record<string, unknown> {
  const out: Record<string, unknown> = { ...values };
  // A date bound without its step's id (an older refusal, or a caller that gives none): "the step before".
  if ((rule === 'date-before' || rule === 'date-after') && values.boundStep == null) out.boundStep = t('vocab.dateBound.EARLIER_STEP');
  for (const [key, value] of Object.entries(values)) {
    if (key === 'yearsPassed' && value === -1) out[key] = t('vocab.notYetHandled');
    else {
      const naming = namingOf(rule, key);
      if (naming && typeof value === 'string') out[key] = name(t, naming, value);
    }
  }
  return out;
}

/** A placeholder the values did not fill: the sentence needs numbers this refusal did not carry. */
export const UNFILLED = /\{\{[^}]*\}\}/;
