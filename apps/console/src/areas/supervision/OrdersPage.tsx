import { Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag } from '../../components/StateTag';
import { useCoverage, useForEach } from './data';
import { beijingToday, daysUntil, isOpenOrder } from './format';
import { OrdersQuery } from './queries';

/** 整改通知: every order to the elections covered, open first by due day, with their clocks. */
export function OrdersPage() {
  const { t } = useTranslation();
  const coverage = useCoverage();
  const [params, setParams] = useSearchParams();
  const electionId = params.get('election') ?? undefined;
  const openOnly = params.get('open') === 'true';
  const overdueOnly = params.get('overdue') === 'true';
  const ids = useMemo(
    () => coverage.elections.map((e) => e.id).filter((id) => !electionId || id === electionId),
    [coverage.elections, electionId],
  );
  const orders = useForEach(
    OrdersQuery,
    ids,
    (id) => ({ electionId: id }),
    (data) => data.rectificationOrders,
  );
  const today = beijingToday();
  const rows = orders.rows
    .filter((o) => (!openOnly || isOpenOrder(o.state)) && (!overdueOnly || o.overdue))
    .sort((a, b) => Number(isOpenOrder(b.state)) - Number(isOpenOrder(a.state)) || a.dueOn.localeCompare(b.dueOn));
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <div>
      <Typography.Title level={3}>{t('supervision.orders.title')}</Typography.Title>
      <RefusalAlert error={coverage.error ?? orders.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('supervision.common.election')}
          style={{ minWidth: 220, maxWidth: '100%' }}
          allowClear
          placeholder={t('supervision.common.allElections')}
          value={electionId}
          onChange={(v?: string) => set('election', v)}
          options={coverage.elections.map((e) => ({ value: e.id, label: e.organization.name }))}
        />
        <Checkbox checked={openOnly} onChange={(e) => set('open', e.target.checked ? 'true' : undefined)}>
          {t('supervision.orders.filterOpen')}
        </Checkbox>
        <Checkbox checked={overdueOnly} onChange={(e) => set('overdue', e.target.checked ? 'true' : undefined)}>
          {t('supervision.orders.filterOverdue')}
        </Checkbox>
      </Space>
      <Table
        rowKey="id"
        loading={coverage.fetching || orders.fetching}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 860 }}
        locale={{ emptyText: t('supervision.orders.empty') }}
        columns={[
          { title: t('supervision.common.election'), width: 160, render: (_, o) => coverage.electionName(o.electionId) },
          {
            title: t('supervision.orders.requirement'),
            render: (_, o) => <Link to={`/supervision/orders/${o.id}`}>{o.requirement}</Link>,
          },
          { title: t('supervision.orders.state'), width: 120, render: (_, o) => <StateTag machine="rectification" state={o.state} /> },
          {
            title: t('supervision.orders.due'),
            width: 150,
            render: (_, o) => (
              <Space size={4} wrap>
                <span>{o.dueOn}</span>
                {isOpenOrder(o.state) && <DueTag dueOn={o.dueOn} daysLeft={daysUntil(o.dueOn, today)} />}
              </Space>
            ),
          },
          {
            title: t('supervision.orders.blocking'),
            width: 110,
            render: (_, o) => (o.blocking ? <Tag color="red">{t('supervision.orders.blockingYes')}</Tag> : t('common.no')),
          },
        ]}
      />
    </div>
  );
}
