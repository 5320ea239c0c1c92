import { Card, Col, Empty, List, Progress, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag, stateName } from '../../components/StateTag';
import type { CampaignBoardQuery as CampaignBoardData } from '../../gql/graphql';
import { CampaignBoardQuery } from './documents';
import { ELECTION_LIFECYCLE } from './LifecycleDiagram';

type Campaign = CampaignBoardData['campaigns']['edges'][number]['node'];

/** Phases in the order of the lifecycle (drawn from the machine), states it does not know last. */
export function byPhase(counts: readonly { state: string; count: number }[]): { state: string; count: number }[] {
  const order = [...ELECTION_LIFECYCLE.main, ...ELECTION_LIFECYCLE.side];
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length);
  return [...counts].filter((c) => c.count > 0).sort((a, b) => rank(a.state) - rank(b.state));
}

function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const p = campaign.progress;
  const overdue = campaign.elections.edges.map((e) => e.node);
  return (
    <Card
      title={campaign.name}
      extra={<Link to={`/elections?campaign=${campaign.id}`}>{t('elections.board.allElections')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary">
        {campaign.jurisdiction.name} ·{' '}
        {t('elections.board.window', { from: campaign.startsOn, to: campaign.endsOn, target: campaign.targetOn })}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Statistic title={t('elections.board.total')} value={p.total} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('elections.board.completed')} value={p.completed} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('elections.board.overdue')} value={p.overdue} valueStyle={p.overdue ? { color: '#cf1322' } : undefined} />
        </Col>
        <Col xs={12} md={6}>
          <Typography.Text type="secondary">{t('elections.board.completedShare')}</Typography.Text>
          <Progress percent={Math.round(p.completedShare * 100)} aria-label={t('elections.board.completedShare')} />
        </Col>
      </Row>
      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={14}>
          <Typography.Title level={5}>{t('elections.board.byState')}</Typography.Title>
          {byPhase(p.byState).map((s) => {
            const label = stateName(t, 'election', s.state);
            return (
              <Row key={s.state} gutter={8} align="middle" wrap={false}>
                <Col flex="120px">
                  <Link to={`/elections?campaign=${campaign.id}&state=${encodeURIComponent(s.state)}`}>{label}</Link>
                </Col>
                <Col flex="auto">
                  <Progress
                    percent={p.total ? Math.round((s.count / p.total) * 100) : 0}
                    format={() => s.count}
                    aria-label={`${label}：${s.count}`}
                    size="small"
                  />
                </Col>
              </Row>
            );
          })}
        </Col>
        <Col xs={24} lg={10}>
          <Typography.Title level={5}>{t('elections.board.overdueList')}</Typography.Title>
          {overdue.length === 0 ? (
            <Typography.Text type="secondary">{t('elections.board.noOverdue')}</Typography.Text>
          ) : (
            <List
              size="small"
              dataSource={overdue}
              renderItem={(e) => (
                <List.Item key={e.id}>
                  <Space wrap size={4}>
                    <Link to={`/elections/${e.id}`}>{e.organization.name}</Link>
                    <StateTag machine="election" state={e.state} />
                    {e.overdueItems.map((k) => (
                      <Tag color="red" key={k}>
                        {t(`vocab.overdueKind.${k}`, { defaultValue: k })}
                      </Tag>
                    ))}
                  </Space>
                </List.Item>
              )}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}

/** 换届工作: each campaign's progress by phase and its elections with a missed deadline. */
export function CampaignBoard() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: CampaignBoardQuery });
  const campaigns = data?.campaigns.edges.map((e) => e.node) ?? [];
  return (
    <div>
      <Typography.Title level={3}>{t('elections.board.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('elections.board.subtitle')}</Typography.Paragraph>
      <RefusalAlert error={error} />
      {fetching && !data ? <Spin /> : null}
      {data && campaigns.length === 0 ? <Empty description={t('elections.board.none')} /> : null}
      {campaigns.map((c) => (
        <CampaignCard key={c.id} campaign={c} />
      ))}
    </div>
  );
}
