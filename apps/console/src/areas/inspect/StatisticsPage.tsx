import { Card, Col, DatePicker, Empty, Form, Grid, Row, Segmented, Statistic, Table, TreeSelect, Typography } from 'antd';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { stateName } from '../../components/StateTag';
import { graphql } from '../../gql';
import { usePlaces } from '../admin/usePlaces';
import { namedCounts, percent, violationRows, type NamedCount } from './stats';

const CaseStats = graphql(`
  query CaseStatistics($jurisdictionId: ID, $from: String, $to: String) {
    caseStatistics(jurisdictionId: $jurisdictionId, receivedFrom: $from, receivedTo: $to) {
      total
      accepted
      awaitingAcceptance
      resolved
      outstanding
      resolutionRate
      notAccepted
      referred
      merged
      underReview
      reviewWindowOpen
      open
      onTime {
        step
        met
        late
        share
      }
      byChannel {
        key
        count
      }
      byCategory {
        key
        count
      }
      byLevel {
        key
        count
      }
      byState {
        key
        count
      }
      byFinding {
        key
        count
      }
    }
  }
`);

const Coverage = graphql(`
  query CoverageStatistics($jurisdictionId: ID) {
    supervisionCoverage(jurisdictionId: $jurisdictionId) {
      elections
      observedOnPollingDay
      observations
      observationsPerElection
      openOrders
      overdueOrders
      violations
    }
  }
`);

const Campaigns = graphql(`
  query CampaignProgress {
    campaigns(first: 50) {
      edges {
        node {
          id
          name
          jurisdiction {
            id
            name
          }
          progress {
            total
            completed
            completedShare
            overdue
            byState {
              state
              count
            }
          }
        }
      }
    }
  }
`);

/** A long name shortened for an axis (the tooltip and the table keep it whole). */
const short = (name: string): string => (name.length > 8 ? `${name.slice(0, 7)}…` : name);

const COLOURS = { bar: '#b71c1c', met: '#237804', late: '#cf1322' };

/** A horizontal bar per count: readable with long Chinese names, on a phone too. */
function CountChart({ rows, label }: { rows: NamedCount[]; label: string }) {
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: Math.max(140, rows.length * 36 + 40) }}>
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} tickFormatter={short} />
          <Tooltip />
          <Bar dataKey="count" name={label} fill={COLOURS.bar} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function CountTable({ rows, title, countTitle }: { rows: NamedCount[]; title: string; countTitle: string }) {
  return (
    <Table
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      columns={[
        { title, dataIndex: 'name' },
        { title: countTitle, dataIndex: 'count', width: 90, align: 'right' },
      ]}
    />
  );
}

/** One breakdown: a chart or a table, as the reader chooses. */
function Breakdown({ title, rows, countTitle }: { title: string; rows: NamedCount[]; countTitle: string }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Segmented
          size="small"
          aria-label={title}
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          options={[
            { value: 'chart', label: t('inspect.stats.chart') },
            { value: 'table', label: t('inspect.stats.table') },
          ]}
        />
      }
    >
      {view === 'chart' ? <CountChart rows={rows} label={title} /> : <CountTable rows={rows} title={title} countTitle={countTitle} />}
    </Card>
  );
}

function Tiles({ items }: { items: { key: string; title: string; value: ReactNode; urgent?: boolean }[] }) {
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} lg={4}>
          <Card size="small">
            <Statistic
              title={item.title}
              value={item.value as string | number}
              styles={item.urgent && item.value ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** Cases, supervision coverage and campaign progress, as tables and charts, by date range and place. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const readsCases = roleHasPermission(me.role, 'case.read');
  const readsSupervision = roleHasPermission(me.role, 'supervision.read');
  const { tree } = usePlaces();
  const narrow = !Grid.useBreakpoint().sm;
  const [jurisdictionId, setJurisdictionId] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [cases] = useQuery({
    query: CaseStats,
    variables: {
      jurisdictionId: jurisdictionId ?? null,
      from: range?.[0]?.format('YYYY-MM-DD') ?? null,
      to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    },
    pause: !readsCases,
  });
  const [coverage] = useQuery({ query: Coverage, variables: { jurisdictionId: jurisdictionId ?? null }, pause: !readsSupervision });
  const [campaigns] = useQuery({ query: Campaigns });
  const s = cases.data?.caseStatistics;
  const c = coverage.data?.supervisionCoverage;
  const count = t('inspect.stats.count');
  const onTime = (s?.onTime ?? []).map((o) => ({ ...o, name: t(`vocab.clockStep.${o.step}`, { defaultValue: o.step }) }));
  const violations = violationRows((c?.violations ?? []) as Record<string, unknown>[]);

  return (
    <div>
      <Typography.Title level={3}>{t('inspect.stats.title')}</Typography.Title>
      <Card style={{ marginBottom: 16 }}>
        <Form layout={narrow ? 'vertical' : 'inline'} style={{ rowGap: 8 }}>
          <Form.Item label={t('inspect.stats.jurisdiction')} htmlFor="stats-jurisdiction" style={{ marginBottom: narrow ? 8 : 0 }}>
            <TreeSelect
              id="stats-jurisdiction"
              style={narrow ? { width: '100%' } : { minWidth: 200 }}
              allowClear
              treeDefaultExpandAll
              placeholder={t('inspect.stats.jurisdictionPlaceholder')}
              treeData={tree}
              value={jurisdictionId}
              onChange={(v: string | undefined) => setJurisdictionId(v)}
            />
          </Form.Item>
          {readsCases && (
            <Form.Item label={t('inspect.stats.range')} htmlFor="stats-range" style={{ marginBottom: 0 }}>
              <DatePicker.RangePicker
                id={{ start: 'stats-range' }}
                style={narrow ? { width: '100%' } : undefined}
                value={range}
                onChange={(v) => setRange(v)}
                allowEmpty={[true, true]}
              />
            </Form.Item>
          )}
        </Form>
      </Card>

      {readsCases && (
        <section aria-labelledby="stats-cases">
          <Typography.Title level={4} id="stats-cases">
            {t('inspect.stats.cases')}
          </Typography.Title>
          <Tiles
            items={[
              { key: 'total', title: t('inspect.stats.received'), value: s?.total ?? '—' },
              { key: 'accepted', title: t('inspect.stats.accepted'), value: s?.accepted ?? '—' },
              { key: 'resolved', title: t('inspect.stats.resolved'), value: s?.resolved ?? '—' },
              { key: 'outstanding', title: t('inspect.stats.outstanding'), value: s?.outstanding ?? '—' },
              { key: 'rate', title: t('inspect.stats.resolutionRate'), value: percent(s?.resolutionRate) },
              { key: 'notAccepted', title: t('inspect.stats.notAccepted'), value: s?.notAccepted ?? '—' },
            ]}
          />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t('inspect.stats.onTime')}>
                {onTime.length ? (
                  <div role="img" aria-label={t('inspect.stats.onTime')} style={{ width: '100%', height: 200 }}>
                    <ResponsiveContainer>
                      <BarChart data={onTime} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Legend />
                        <Bar dataKey="met" stackId="a" name={t('inspect.stats.met')} fill={COLOURS.met} isAnimationActive={false} />
                        <Bar dataKey="late" stackId="a" name={t('inspect.stats.late')} fill={COLOURS.late} isAnimationActive={false} />
                      </BarChart>
                    </ResponsiveContainer>
                  </div>
                ) : null}
                <Table
                  size="small"
                  rowKey="step"
                  dataSource={onTime}
                  pagination={false}
                  loading={cases.fetching}
                  columns={[
                    { title: t('inspect.stats.step'), dataIndex: 'name' },
                    { title: t('inspect.stats.met'), dataIndex: 'met', align: 'right' },
                    { title: t('inspect.stats.late'), dataIndex: 'late', align: 'right' },
                    { title: t('inspect.stats.share'), dataIndex: 'share', align: 'right', render: (v: number | null) => percent(v) },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={t('inspect.stats.byChannel')}
                countTitle={count}
                rows={namedCounts(s?.byChannel ?? [], (k) => t(`vocab.caseChannel.${k}`, { defaultValue: k }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={t('inspect.stats.byCategory')}
                countTitle={count}
                rows={namedCounts(s?.byCategory ?? [], (k) => t(`vocab.caseCategory.${k}`, { defaultValue: k }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={t('inspect.stats.byLevel')}
                countTitle={count}
                rows={namedCounts(s?.byLevel ?? [], (k) => t(`vocab.caseLevel.${k}`, { defaultValue: k }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={t('inspect.stats.byState')}
                countTitle={count}
                rows={namedCounts(s?.byState ?? [], (k) => stateName(t, 'case', k))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <Breakdown
                title={t('inspect.stats.byFinding')}
                countTitle={count}
                rows={namedCounts(s?.byFinding ?? [], (k) =>
                  k === 'NONE' ? t('inspect.stats.noFinding') : t(`vocab.finding.${k}`, { defaultValue: k }),
                )}
              />
            </Col>
          </Row>
        </section>
      )}

      {readsSupervision && (
        <section aria-labelledby="stats-supervision">
          <Typography.Title level={4} id="stats-supervision">
            {t('inspect.stats.supervision')}
          </Typography.Title>
          <Tiles
            items={[
              { key: 'elections', title: t('inspect.stats.elections'), value: c?.elections ?? '—' },
              { key: 'polling', title: t('inspect.stats.observedOnPollingDay'), value: c?.observedOnPollingDay ?? '—' },
              { key: 'observations', title: t('inspect.stats.observations'), value: c?.observations ?? '—' },
              {
                key: 'perElection',
                title: t('inspect.stats.observationsPerElection'),
                value: c ? (Math.round(c.observationsPerElection * 10) / 10).toFixed(1) : '—',
              },
              { key: 'open', title: t('inspect.stats.openOrders'), value: c?.openOrders ?? '—' },
              { key: 'overdue', title: t('inspect.stats.overdueOrders'), value: c?.overdueOrders ?? '—', urgent: true },
            ]}
          />
          <Card size="small" title={t('inspect.stats.violations')} style={{ marginBottom: 16 }}>
            <Table
              size="small"
              rowKey="key"
              dataSource={violations}
              pagination={false}
              loading={coverage.fetching}
              locale={{ emptyText: t('inspect.stats.none') }}
              columns={[
                {
                  title: t('inspect.stats.violation'),
                  dataIndex: 'code',
                  render: (v: string) => t(`vocab.violationCode.${v}`, { defaultValue: v }),
                },
                {
                  title: t('inspect.stats.severity'),
                  dataIndex: 'severity',
                  render: (v: string) => t(`vocab.severity.${v}`, { defaultValue: v }),
                },
                { title: count, dataIndex: 'count', align: 'right', width: 90 },
              ]}
            />
          </Card>
        </section>
      )}

      <section aria-labelledby="stats-campaigns">
        <Typography.Title level={4} id="stats-campaigns">
          {t('inspect.stats.campaigns')}
        </Typography.Title>
        {(campaigns.data?.campaigns.edges ?? []).map(({ node }) => (
          <Card key={node.id} size="small" title={`${node.name}（${node.jurisdiction.name}）`} style={{ marginBottom: 16 }}>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                <Table
                  size="small"
                  rowKey="key"
                  pagination={false}
                  showHeader={false}
                  dataSource={[
                    { key: 'total', label: t('inspect.stats.elections'), value: String(node.progress.total) },
                    { key: 'completed', label: t('inspect.stats.completed'), value: String(node.progress.completed) },
                    { key: 'share', label: t('inspect.stats.completedShare'), value: percent(node.progress.completedShare) },
                    { key: 'overdue', label: t('inspect.stats.overdue'), value: String(node.progress.overdue) },
                    ...node.progress.byState.map((b) => ({
                      key: b.state,
                      label: stateName(t, 'election', b.state),
                      value: String(b.count),
                    })),
                  ]}
                  columns={[
                    { dataIndex: 'label', title: t('inspect.stats.state') },
                    { dataIndex: 'value', title: count, align: 'right', width: 90 },
                  ]}
                />
              </Col>
              <Col xs={24} lg={14}>
                <CountChart
                  label={`${t('inspect.stats.byState')}：${node.name}`}
                  rows={namedCounts(
                    node.progress.byState.map((b) => ({ key: b.state, count: b.count })),
                    (k) => stateName(t, 'election', k),
                  )}
                />
              </Col>
            </Row>
          </Card>
        ))}
        {campaigns.data && !campaigns.data.campaigns.edges.length && <Empty description={t('inspect.stats.none')} />}
      </section>
    </div>
  );
}
