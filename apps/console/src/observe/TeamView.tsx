import { Alert, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type { SupervisionSiteSummariesQuery, TeamObservationsQuery } from '../gql/graphql';
import { TeamObservationsQuery as TeamObservations } from './queries';
import { SiteSummariesQuery, ledTeams, type ReferenceData } from './reference-data';

const POLL_MS = 15_000;

type Site = SupervisionSiteSummariesQuery['siteSummaries'][number] & { electionId: string };
type Submission = TeamObservationsQuery['observations']['edges'][number]['node'];

/**
 * The team leader's view while online: every site more than one observer reported, conflicts first (the
 * site-summary query, asked again every 15 seconds), and the team's latest submissions.
 */
export function TeamView({ data, online }: { data: ReferenceData; online: boolean }) {
  const { t } = useTranslation();
  const client = useClient();
  const [sites, setSites] = useState<Site[]>([]);
  const [recent, setRecent] = useState<Submission[]>([]);
  const [error, setError] = useState<string | null>(null);
  const leads = ledTeams(data).length > 0;
  const electionIds = data.elections.map((e) => e.id).join(',');

  useEffect(() => {
    if (!online || !leads) return;
    let live = true;
    const ids = electionIds.split(',').filter(Boolean);
    const poll = async () => {
      try {
        const answers = await Promise.all(
          ids.map(async (electionId) => {
            const [summaries, observations] = await Promise.all([
              client.query(SiteSummariesQuery, { electionId }, { requestPolicy: 'network-only' }).toPromise(),
              client.query(TeamObservations, { electionId }, { requestPolicy: 'network-only' }).toPromise(),
            ]);
            if (summaries.error) throw summaries.error;
            if (observations.error) throw observations.error;
            return {
              sites: summaries.data!.siteSummaries.map((s) => ({ ...s, electionId })),
              recent: observations.data!.observations.edges.map((e) => e.node),
            };
          }),
        );
        if (!live) return;
        setSites(answers.flatMap((a) => a.sites).sort((a, b) => b.conflicts - a.conflicts));
        setRecent(
          answers
            .flatMap((a) => a.recent)
            .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
            .slice(0, 20),
        );
        setError(null);
      } catch (e) {
        if (live) setError((e as Error).message);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [client, online, leads, electionIds]);

  if (!leads) return <Empty description={t('observe.team.notLeader')} />;
  if (!online) return <Alert type="info" showIcon title={t('observe.team.offline')} />;
  const electionName = (id: string) => {
    const e = data.elections.find((x) => x.id === id);
    return e ? `${e.jurisdiction.name} ${e.organization.name}` : id;
  };
  const members = new Map(data.teams.flatMap((team) => team.members.map((m) => [m.id, m.displayName] as const)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="warning" showIcon title={error} />}
      <Typography.Title level={5}>{t('observe.team.sites')}</Typography.Title>
      {sites.length === 0 ? (
        <Empty description={t('observe.team.noSites')} />
      ) : (
        <List
          dataSource={sites}
          renderItem={(s) => (
            <List.Item key={`${s.electionId}-${s.site}-${s.stage}`}>
              <Card size="small" style={{ width: '100%' }} className={s.conflicts ? 'observe-conflict' : undefined}>
                <Space direction="vertical" size={2}>
                  <Space wrap>
                    <Typography.Text strong>{s.site}</Typography.Text>
                    <Typography.Text>{t(`vocab.observedStage.${s.stage}`)}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">{electionName(s.electionId)}</Typography.Text>
                  <Space wrap>
                    <Tag>{t('observe.team.observers', { count: s.observers })}</Tag>
                    {s.conflicts ? (
                      <Tag color="red">{t('observe.team.conflicts', { count: s.conflicts })}</Tag>
                    ) : (
                      <Tag color="green">{t('observe.team.agree')}</Tag>
                    )}
                  </Space>
                  {s.items
                    .filter((i) => i.status === 'CONFLICT')
                    .map((i) => (
                      <Typography.Text key={i.item} type="danger">
                        {t(`vocab.checklistItem.${i.item}`)}
                      </Typography.Text>
                    ))}
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
      <Typography.Title level={5}>{t('observe.team.recent')}</Typography.Title>
      {recent.length === 0 ? (
        <Empty description={t('observe.team.noRecent')} />
      ) : (
        <List
          size="small"
          dataSource={recent}
          renderItem={(o) => (
            <List.Item key={o.id}>
              <Space direction="vertical" size={0}>
                <Space wrap>
                  <Typography.Text strong>{o.site.name}</Typography.Text>
                  <Typography.Text>{t(`vocab.observedStage.${o.stage}`)}</Typography.Text>
                  {o.flags.length > 0 && <Tag color="orange">{t('observe.team.flagged', { count: o.flags.length })}</Tag>}
                  {o.maxSeverity && <Tag color="red">{t(`vocab.severity.${o.maxSeverity}`)}</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  {members.get(o.observerId) ?? o.observerId.slice(0, 8)} · {new Date(o.submittedAt).toLocaleString()}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
