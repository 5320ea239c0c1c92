import { PlusOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { Alert, Button, Card, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './cases.css';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag, stateName } from '../../components/StateTag';
import { graphql } from '../../gql';
import type { CaseQueue, InboxCasesQuery } from '../../gql/graphql';
import { searchOf } from './steps';

export const InboxCases = graphql(`
  query InboxCases($queue: CaseQueue, $state: String, $search: String, $trackingCode: String, $first: Int!, $after: String) {
    cases(queue: $queue, state: $state, search: $search, trackingCode: $trackingCode, first: $first, after: $after) {
      totalCount
      totalCountExact
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          trackingCode
          title
          state
          category
          channel
          dueOn
          daysLeft
          overdue
        }
      }
    }
  }
`);

type Row = InboxCasesQuery['cases']['edges'][number]['node'];

const QUEUES: CaseQueue[] = ['MINE', 'MY_UNIT', 'OVERDUE_IN_MY_JURISDICTION'];
const ALL = 'ALL';
const PAGE = 20;

/**
 * The handler's inbox: their queues (mine, my unit, overdue in my jurisdiction) or all cases in their
 * jurisdiction, soonest due first, with days left in colour; a search box finds a case by its tracking
 * code or by words of its matter or text. The home page's tiles link here with `?queue=` or `?state=`.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? undefined;
  const q = params.get('q') ?? '';
  const asked = params.get('queue');
  // Handlers start from their own cases; a state filter (from the home page) or an inspector reads them all.
  const tab =
    asked && (QUEUES as string[]).includes(asked) ? asked : asked === ALL || state || me.role !== 'PETITION_HANDLER' ? ALL : 'MINE';
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [text, setText] = useState(q);
  const found = searchOf(q);
  const tooShort = Boolean(found && 'search' in found && found.search.length < 2);
  const variables = useMemo(
    () => ({
      queue: tab === ALL ? undefined : (tab as CaseQueue),
      state,
      ...(found && !tooShort ? found : {}),
      first: PAGE,
      after: cursors[cursors.length - 1] ?? undefined,
    }),
    [tab, state, q, cursors],
  );
  const [{ data, fetching, error }] = useQuery({ query: InboxCases, variables, requestPolicy: 'cache-and-network' });
  const update = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setCursors([null]);
    setParams(next);
  };
  const rows: Row[] = data?.cases.edges.map((e) => e.node) ?? [];
  const tabs = [
    ...(me.role === 'PETITION_HANDLER' ? QUEUES.map((key) => ({ key, label: t(`vocab.caseQueue.${key}`) })) : []),
    { key: ALL, label: t('cases.inbox.all') },
  ];
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('cases.inbox.title')}
        </Typography.Title>
        {roleHasPermission(me.role, 'case.intake') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/cases/new')}>
            {t('cases.inbox.newCase')}
          </Button>
        )}
      </Space>
      <Card style={{ marginTop: 16 }}>
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('cases.inbox.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value) update({ q: null });
          }}
          // A search looks through the whole jurisdiction, not only the queue at hand.
          onSearch={(value) => update(value.trim() ? { q: value.trim(), queue: ALL } : { q: null })}
          style={{ maxWidth: 560 }}
        />
        {tooShort && <Alert type="warning" showIcon style={{ marginTop: 12 }} message={t('cases.inbox.searchTooShort')} />}
        <Space wrap style={{ marginTop: 12 }}>
          {found && !tooShort && (
            <Tag closable onClose={() => (setText(''), update({ q: null }))}>
              {'trackingCode' in found ? t('cases.inbox.foundByCode') : t('cases.inbox.foundByWords')}：{q}
            </Tag>
          )}
          {state && (
            <Tag closable color="gold" onClose={() => update({ state: null })}>
              {t('cases.inbox.stateFilter', { state: stateName(t, 'case', state.replace(/\.$/, '')) })}
            </Tag>
          )}
        </Space>
        <Tabs activeKey={tab} items={tabs} onChange={(key) => update({ queue: key })} />
        <RefusalAlert error={error} />
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={fetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('cases.inbox.empty') }}
          columns={[
            {
              title: t('cases.column.trackingCode'),
              dataIndex: 'trackingCode',
              width: 150,
              render: (code: string, row) => <Link to={`/cases/${row.id}`}>{code}</Link>,
            },
            { title: t('cases.column.title'), dataIndex: 'title', ellipsis: true },
            {
              title: t('cases.column.state'),
              dataIndex: 'state',
              width: 150,
              render: (s: string) => <StateTag machine="case" state={s} />,
            },
            {
              title: t('cases.column.category'),
              dataIndex: 'category',
              width: 150,
              render: (c: string) => t(`vocab.caseCategory.${c}`),
            },
            { title: t('cases.column.channel'), dataIndex: 'channel', width: 120, render: (c: string) => t(`vocab.caseChannel.${c}`) },
            {
              title: t('cases.column.due'),
              width: 190,
              render: (_, row) =>
                row.dueOn ? (
                  <Space size={4}>
                    <span>{row.dueOn}</span>
                    <DueTag dueOn={row.dueOn} daysLeft={row.daysLeft} />
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ),
            },
          ]}
        />
        <Space style={{ marginTop: 16, width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography.Text type="secondary">
            {t(data?.cases.totalCountExact === false ? 'common.totalOver' : 'common.total', { count: data?.cases.totalCount ?? 0 })}
          </Typography.Text>
          <Space>
            <Button disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
              {t('cases.inbox.previous')}
            </Button>
            <Button
              disabled={!data?.cases.pageInfo.hasNextPage}
              onClick={() => setCursors((c) => [...c, data?.cases.pageInfo.endCursor ?? null])}
            >
              {t('cases.inbox.next')}
            </Button>
          </Space>
        </Space>
      </Card>
    </div>
  );
}
