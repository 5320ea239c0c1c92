import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RefusalAlert } from '../../components/RefusalAlert';
import { Coverage } from './Coverage';
import { useCoverage, useForEach } from './data';
import { differsText, itemName } from './format';
import { SiteSummariesQuery } from './queries';

/** Where a site's summary lives: the election, and the site and stage as query parameters. */
export const sitePath = (electionId: string, site: string, stage: string) =>
  `/supervision/sites/${electionId}?${new URLSearchParams({ site, stage }).toString()}`;

/** 现场汇总: every site and stage more than one observer reported, across the elections covered; conflicts first and red. */
export function SitesPage() {
  const { t } = useTranslation();
  const coverage = useCoverage();
  const [electionId, setElectionId] = useState<string | undefined>();
  const ids = useMemo(
    () => coverage.elections.map((e) => e.id).filter((id) => !electionId || id === electionId),
    [coverage.elections, electionId],
  );
  const summaries = useForEach(
    SiteSummariesQuery,
    ids,
    (id) => ({ electionId: id }),
    (data, id) => data.siteSummaries.map((s) => ({ ...s, electionId: id, key: `${id}|${s.site}|${s.stage}` })),
  );
  const rows = [...summaries.rows].sort((a, b) => b.conflicts - a.conflicts);
  return (
    <div>
      <Typography.Title level={3}>{t('supervision.sites.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('supervision.sites.hint')}</Typography.Paragraph>
      <Coverage />
      <RefusalAlert error={coverage.error ?? summaries.error} />
      {!coverage.fetching && coverage.elections.length === 0 && <Alert type="info" showIcon message={t('supervision.common.notCovered')} />}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('supervision.common.election')}
          style={{ minWidth: 220, maxWidth: '100%' }}
          allowClear
          placeholder={t('supervision.common.allElections')}
          value={electionId}
          onChange={setElectionId}
          options={coverage.elections.map((e) => ({ value: e.id, label: e.organization.name }))}
        />
      </Space>
      <Table
        rowKey="key"
        size="middle"
        loading={coverage.fetching || summaries.fetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('supervision.sites.empty') }}
        onRow={(row) => (row.conflicts > 0 ? { className: 'supervision-conflict', style: { background: '#fff1f0' } } : {})}
        columns={[
          {
            title: t('supervision.common.site'),
            width: 180,
            render: (_, row) => <Link to={sitePath(row.electionId, row.site, row.stage)}>{row.site}</Link>,
          },
          {
            title: t('supervision.common.conflicts'),
            width: 120,
            render: (_, row) =>
              row.conflicts > 0 ? (
                <Tag color="red">{t('supervision.sites.conflictsCount', { count: row.conflicts })}</Tag>
              ) : (
                <Tag>{t('supervision.common.noConflict')}</Tag>
              ),
          },
          {
            title: t('supervision.sites.whatDiffers'),
            width: 280,
            render: (_, row) => (
              <Space size={[4, 4]} wrap>
                {row.items
                  .filter((i) => i.status === 'CONFLICT')
                  .map((i) => (
                    <Tag key={i.item} color="red" style={{ whiteSpace: 'normal' }}>
                      {itemName(t, i.item)}：{differsText(t, i.differs)}
                    </Tag>
                  ))}
              </Space>
            ),
          },
          { title: t('supervision.common.stage'), width: 140, render: (_, row) => t(`vocab.observedStage.${row.stage}`) },
          { title: t('supervision.common.observers'), dataIndex: 'observers', width: 90 },
          { title: t('supervision.common.election'), width: 160, render: (_, row) => coverage.electionName(row.electionId) },
        ]}
      />
    </div>
  );
}
