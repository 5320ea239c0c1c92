import { Table, Tag, Typography, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { eventName } from './ActionBar';
import { stateName, type Machine } from './StateTag';

/** One entry of a subject's history, as the audit trail and an object's own `history` both give it. */
export interface HistoryRow {
  id: string;
  seq: number;
  at: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  recordedLate: boolean;
  actor: { label: string; role?: string | null };
}

/**
 * A history, readable: when, who (and as what), which step, from which state to which; dates entered
 * late are marked. `machineOf` names the workflow whose steps and states an entry speaks of (none for
 * platform actions such as `case.identity_revealed`, named from `audit.actions`).
 */
export function HistoryTable<R extends HistoryRow>({
  rows,
  loading,
  machineOf,
  expandable,
}: {
  rows: R[];
  loading: boolean;
  machineOf: (row: R) => Machine | undefined;
  expandable?: TableProps<R>['expandable'];
}) {
  const { t } = useTranslation();
  const stepOf = (row: R) => {
    const machine = machineOf(row);
    return machine && !row.action.includes('.')
      ? eventName(t, machine, row.action)
      : t(`audit.actions.${row.action}`, { defaultValue: row.action });
  };
  return (
    <Table<R>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 640 }}
      expandable={expandable}
      columns={[
        { title: '#', dataIndex: 'seq', width: 48 },
        { title: t('audit.at'), dataIndex: 'at', width: 150, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm') },
        {
          title: t('audit.who'),
          render: (_, row) => (
            <span>
              {row.actor.label}
              {row.actor.role ? <Typography.Text type="secondary">（{t(`roles.${row.actor.role}`)}）</Typography.Text> : null}
            </span>
          ),
        },
        {
          title: t('audit.step'),
          render: (_, row) => (
            <span>
              {stepOf(row)}
              {row.recordedLate ? (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  {t('audit.recordedLate')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        {
          title: t('audit.state'),
          render: (_, row) => {
            const machine = machineOf(row);
            if (!machine || !row.toState) return null;
            const to = stateName(t, machine, row.toState);
            return row.fromState && row.fromState !== row.toState ? `${stateName(t, machine, row.fromState)} → ${to}` : to;
          },
        },
      ]}
    />
  );
}
