import { Button, Card, Col, Row, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag, stateName } from '../../components/StateTag';
import type { OrganizationType } from '../../gql/graphql';
import { ElectionFilterChoices, ElectionsListQuery } from './documents';
import { daysUntil, nextDue } from './due';
import { ELECTION_LIFECYCLE } from './LifecycleDiagram';

const PAGE = 20;

const TYPES: OrganizationType[] = [
  'VILLAGE_COMMITTEE',
  'RESIDENTS_COMMITTEE',
  'PARTY_BRANCH',
  'PARTY_GENERAL_BRANCH',
  'PARTY_COMMITTEE',
  'YOUTH_LEAGUE_BRANCH',
  'TRADE_UNION',
];

/** Elections in the reader's subtree, filtered by the address (so the home page's tiles land here filtered). */
export function ElectionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = params.get('state') ?? undefined;
  const organizationType = (params.get('type') as OrganizationType | null) ?? undefined;
  const withinJurisdictionId = params.get('jurisdiction') ?? undefined;
  const campaignId = params.get('campaign') ?? undefined;
  const overdue = params.get('overdue') === 'true' ? true : undefined;
  const filterKey = params.toString();
  // Cursor paging: the cursor each page starts after, learnt as pages are read; reset when the filters change.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[]; page: number }>({
    key: filterKey,
    cursors: [null],
    page: 0,
  });
  const current = paging.key === filterKey ? paging : { key: filterKey, cursors: [null], page: 0 };
  const [{ data, fetching, error }] = useQuery({
    query: ElectionsListQuery,
    variables: { first: PAGE, after: current.cursors[current.page], state, organizationType, withinJurisdictionId, overdue, campaignId },
  });
  const [choices] = useQuery({ query: ElectionFilterChoices });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const rows = data?.elections.edges.map((e) => e.node) ?? [];
  const total = data?.elections.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const goTo = (page: number) => {
    const cursors = [...current.cursors];
    if (page > current.page && data?.elections.pageInfo.endCursor) cursors[page] = data.elections.pageInfo.endCursor;
    setPaging({ key: filterKey, cursors, page });
  };
  const states = [...ELECTION_LIFECYCLE.main, ...ELECTION_LIFECYCLE.side];

  return (
    <div>
      <Typography.Title level={3}>{t('elections.list.title')}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} sm={12} lg={6}>
            <Select
              aria-label={t('elections.list.state')}
              style={{ width: '100%' }}
              value={state ?? ''}
              onChange={(v) => set('state', v || undefined)}
              options={[
                { value: '', label: t('elections.list.anyState') },
                { value: 'active.', label: t('elections.list.inProgress') },
                ...states.map((s) => ({ value: s, label: stateName(t, 'election', s) })),
              ]}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Select
              aria-label={t('elections.list.organization')}
              style={{ width: '100%' }}
              value={organizationType ?? ''}
              onChange={(v) => set('type', v || undefined)}
              options={[
                { value: '', label: t('elections.list.anyType') },
                ...TYPES.map((ty) => ({ value: ty, label: t(`vocab.organizationType.${ty}`) })),
              ]}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Select
              aria-label={t('elections.list.jurisdiction')}
              style={{ width: '100%' }}
              value={withinJurisdictionId ?? ''}
              onChange={(v) => set('jurisdiction', v || undefined)}
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { value: '', label: t('elections.list.anyJurisdiction') },
                ...(choices.data?.jurisdictions.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })),
              ]}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Select
              aria-label={t('elections.list.campaign')}
              style={{ width: '100%' }}
              value={campaignId ?? ''}
              onChange={(v) => set('campaign', v || undefined)}
              options={[
                { value: '', label: t('elections.list.anyCampaign') },
                ...(choices.data?.campaigns.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })),
              ]}
            />
          </Col>
          <Col xs={24} sm={12} lg={3}>
            <Space>
              <Switch
                id="overdue-only"
                checked={overdue === true}
                onChange={(on) => set('overdue', on ? 'true' : undefined)}
                aria-label={t('elections.list.overdueOnly')}
              />
              <label htmlFor="overdue-only">{t('elections.list.overdueOnly')}</label>
            </Space>
          </Col>
        </Row>
      </Card>
      <RefusalAlert error={error} />
      <Table
        rowKey="id"
        loading={fetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('elections.list.empty') }}
        columns={[
          {
            title: t('elections.list.organization'),
            render: (_, e) => <Link to={`/elections/${e.id}`}>{e.organization.name}</Link>,
          },
          { title: t('elections.list.jurisdiction'), width: 110, render: (_, e) => e.jurisdiction.name },
          { title: t('elections.list.profile'), width: 150, render: (_, e) => t(`vocab.ruleProfileId.${e.profile.id}`) },
          {
            title: t('elections.list.state'),
            width: 200,
            render: (_, e) => (
              <Space wrap size={4}>
                <StateTag machine="election" state={e.state} />
                {e.overdueItems.map((k) => (
                  <Tag color="red" key={k}>
                    {t(`vocab.overdueKind.${k}`, { defaultValue: k })}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('elections.list.electionDay'), dataIndex: 'electionDay', width: 110 },
          {
            title: t('elections.list.due'),
            width: 110,
            render: (_, e) => {
              const due = nextDue(e);
              return <DueTag dueOn={due} daysLeft={due ? daysUntil(due) : null} />;
            },
          },
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Typography.Text>{t('common.total', { count: total })}</Typography.Text>
        <Button disabled={current.page === 0} onClick={() => goTo(current.page - 1)}>
          {t('elections.list.prev')}
        </Button>
        <Typography.Text>
          {current.page + 1} / {pages}
        </Typography.Text>
        <Button disabled={!data?.elections.pageInfo.hasNextPage} onClick={() => goTo(current.page + 1)}>
          {t('elections.list.next')}
        </Button>
      </Space>
    </div>
  );
}
