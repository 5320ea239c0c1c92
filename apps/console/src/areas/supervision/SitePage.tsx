import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { RefusalAlert } from '../../components/RefusalAlert';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { useCoverage } from './data';
import { coveredElections, differsText, itemName, numbersText } from './format';
import { IssueOrderModal } from './IssueOrderModal';
import { SiteSummaryQuery } from './queries';

const STATUS_COLOUR: Record<string, string | undefined> = { CONFLICT: 'red', AGREE: 'green' };

/** One site and stage: each checklist item across its observers, conflicts red with what disagrees; an order follows from it. */
export function SitePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { electionId = '' } = useParams();
  const [params] = useSearchParams();
  const site = params.get('site') ?? '';
  const stage = params.get('stage') ?? '';
  const coverage = useCoverage();
  const [{ data, fetching, error }] = useQuery({ query: SiteSummaryQuery, variables: { electionId, site, stage } });
  const [issuing, setIssuing] = useState(false);
  const summary = data?.siteSummary;
  const observations = useMemo(() => {
    const seen = new Map<string, string>();
    for (const item of summary?.items ?? []) for (const a of item.answers) seen.set(a.observationId, a.observer);
    return [...seen].map(([id, observer]) => ({ id, label: `${observer} · ${t(`vocab.observedStage.${stage}`)}` }));
  }, [summary, stage, t]);
  const election = coverage.all.find((e) => e.id === electionId);
  const issuingTeams = election ? coverage.teams.filter((team) => coveredElections([election], team.assignments).length > 0) : [];
  const firstConflict = summary?.items.find((i) => i.status === 'CONFLICT');
  const electionName = coverage.electionName(electionId);
  return (
    <div>
      <Typography.Title level={3}>
        {t('supervision.site.title', { site, stage: t(`vocab.observedStage.${stage}`, { defaultValue: stage }) })}
      </Typography.Title>
      <RefusalAlert error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={t('supervision.common.election')}>{electionName}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.common.observers')}>{summary?.observers ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('supervision.common.conflicts')}>
            {summary ? (
              summary.conflicts > 0 ? (
                <Tag color="red">{t('supervision.sites.conflictsCount', { count: summary.conflicts })}</Tag>
              ) : (
                <Tag>{t('supervision.common.noConflict')}</Tag>
              )
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
        {roleHasPermission(me.role, 'supervision.observe') && summary && (
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => setIssuing(true)}>
              {t('supervision.common.issueOrder')}
            </Button>
          </Space>
        )}
      </Card>
      <Table
        rowKey="item"
        loading={fetching}
        dataSource={summary?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        onRow={(row) => (row.status === 'CONFLICT' ? { className: 'supervision-conflict', style: { background: '#fff1f0' } } : {})}
        columns={[
          { title: t('supervision.site.item'), width: 240, render: (_, row) => itemName(t, row.item) },
          {
            title: t('supervision.site.status'),
            width: 200,
            render: (_, row) => (
              <Space direction="vertical" size={2}>
                <Tag color={STATUS_COLOUR[row.status]}>{t(`vocab.siteItemStatus.${row.status}`, { defaultValue: row.status })}</Tag>
                {row.status === 'CONFLICT' && (
                  <span style={{ color: '#a8071a' }}>
                    {t('supervision.sites.whatDiffers')}：{differsText(t, row.differs)}
                  </span>
                )}
              </Space>
            ),
          },
          {
            title: t('supervision.site.answers'),
            render: (_, row) => (
              <Space direction="vertical" size={2}>
                {row.answers.map((a) => (
                  <span key={a.observationId}>
                    <Link to={`/supervision/observations/${a.observationId}`}>{a.observer}</Link>：
                    {t(`vocab.checklistAnswer.${a.answer}`, { defaultValue: a.answer })}
                    {numbersText(t, a.numbers) ? `（${numbersText(t, a.numbers)}）` : ''}
                  </span>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {issuing && (
        <IssueOrderModal
          open
          onClose={() => setIssuing(false)}
          electionId={electionId}
          electionName={electionName}
          observations={observations}
          defaultObservationId={
            firstConflict?.answers.find((a) => a.answer === 'NO')?.observationId ?? firstConflict?.answers[0]?.observationId
          }
          teams={issuingTeams}
        />
      )}
    </div>
  );
}
