import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The workflows whose states and steps have names in the catalogue (i18n `states.<machine>.<state>`). */
export type Machine = 'election' | 'candidate' | 'case' | 'rectification';

const COLOURS: [RegExp, string][] = [
  [/overdue|failed|annulled|notAccepted|cancelled/i, 'red'],
  [/archived|final|closed|certified|elected|verified|handedOver|merged|referred|lapsed/i, 'default'],
  [/awaiting|Pending|received|registered|issued|nominated|underReview/i, 'gold'],
];

/** A state's name in the reader's language (`active.nomination` → 提名), coloured by what it means. */
export function stateName(t: (key: string, options?: Record<string, unknown>) => string, machine: Machine, state: string): string {
  const key = state.replace(/^active\./, '').replace(/^open\./, '');
  return t(`states.${machine}.${key}`, { defaultValue: t(`states.${machine}.${state}`, { defaultValue: state }) });
}

export function StateTag({ machine, state }: { machine: Machine; state: string }) {
  const { t } = useTranslation();
  const colour = COLOURS.find(([pattern]) => pattern.test(state))?.[1] ?? 'blue';
  return <Tag color={colour}>{stateName(t, machine, state)}</Tag>;
}
