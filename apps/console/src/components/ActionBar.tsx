import { Button, Space, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatReason, type Reason } from '../reasons/format-reason';
import type { Machine } from './StateTag';

export interface AvailableAction {
  event: string;
  allowed: boolean;
  reasons: Reason[];
}

/** What a button does: open the step's form (the area decides), or nothing when the area offers no form. */
export type ActionHandlers = Partial<Record<string, () => void>>;

/** A step's name in the reader's language (i18n `events.<machine>.<EVENT>`). */
export function eventName(t: (key: string, options?: Record<string, unknown>) => string, machine: Machine, event: string): string {
  return t(`events.${machine}.${event}`, { defaultValue: event });
}

/**
 * One button per step the object's state knows (its `availableActions`): allowed ones act, blocked ones
 * are disabled and say why, in the reader's language. Steps without a handler here are not shown.
 */
export function ActionBar({
  machine,
  actions,
  handlers,
  extra,
}: {
  machine: Machine;
  actions: readonly AvailableAction[];
  handlers: ActionHandlers;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const shown = actions.filter((a) => handlers[a.event]);
  return (
    <Space wrap>
      {shown.map((action) => {
        const label = eventName(t, machine, action.event);
        if (action.allowed) {
          return (
            <Button key={action.event} type="primary" ghost onClick={handlers[action.event]}>
              {label}
            </Button>
          );
        }
        const why = action.reasons.map((r) => formatReason(r, t));
        return (
          <Tooltip
            key={action.event}
            title={why.map((w) => (
              <div key={w}>{w}</div>
            ))}
          >
            {/* A disabled button takes no pointer events: the tooltip sits on its wrapper, which says why. */}
            <span tabIndex={0} aria-label={`${label}：${why.join('；')}`} data-blocked={action.event}>
              <Button disabled>{label}</Button>
            </span>
          </Tooltip>
        );
      })}
      {extra}
    </Space>
  );
}
