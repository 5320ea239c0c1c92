import { Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { RefusalAlert } from '../../components/RefusalAlert';
import { formatReason } from '../../reasons/format-reason';
import { useCoverage } from './data';
import { ObservationsQuery } from './queries';

export const SEVERITY_COLOUR: Record<string, string> = { INFO: 'default', MINOR: 'gold', MAJOR: 'orange', CRITICAL: 'red' };
type Filter = 'election' | 'stage' | 'severity' | 'violationCode' | 'site' | 'flagged';

/** 现场记录: observations in the elections covered, filtered; contradictions kept with each one shown as tags. */
export function ObservationsPage() {
  const { t } = useTranslation();
  const coverage = useCoverage();
  const [params, setParams] = useSearchParams();
  const get = (key: Filter) => params.get(key) ?? undefined;
  const set = (key: Filter, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const [{ data, fetching, error }] = useQuery({
    query: ObservationsQuery,
    variables: {
      electionId: get('election') ?? null,
      stage: get('stage') ?? null,
      severity: get('severity') ?? null,
      violationCode: get('violationCode') ?? null,
      site: get('site') ?? null,
    },
    requestPolicy: 'cache-and-network',
  });
  const flaggedOnly = get('flagged') === 'true';
  const all = data?.observations.edges.map((e) => e.node) ?? [];
  const rows = flaggedOnly ? all.filter((o) => o.flags.length > 0) : all;
  const v = coverage.vocabulary;
  return (
    <div>
      <Typography.Title level={3}>{t('supervision.observations.title')}</Typography.Title>
      <RefusalAlert error={error ?? coverage.error} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('supervision.common.election')}
          style={{ minWidth: 200, maxWidth: '100%' }}
          allowClear
          placeholder={t('supervision.common.allElections')}
          value={get('election')}
          onChange={(value?: string) => set('election', value)}
          options={coverage.elections.map((e) => ({ value: e.id, label: e.organization.name }))}
        />
        <Select
          aria-label={t('supervision.common.stage')}
          style={{ minWidth: 160 }}
          allowClear
          placeholder={t('supervision.common.stage')}
          value={get('stage')}
          onChange={(value?: string) => set('stage', value)}
          options={(v?.stages ?? []).map((s) => ({ value: s.code, label: t(`vocab.observedStage.${s.code}`, { defaultValue: s.label }) }))}
        />
        <Select
          aria-label={t('supervision.observations.filters.severity')}
          style={{ minWidth: 180 }}
          allowClear
          placeholder={t('supervision.observations.filters.severity')}
          value={get('severity')}
          onChange={(value?: string) => set('severity', value)}
          options={(v?.severities ?? []).map((s) => ({ value: s, label: t(`vocab.severity.${s}`) }))}
        />
        <Select
          aria-label={t('supervision.observations.filters.violationCode')}
          style={{ minWidth: 160 }}
          allowClear
          placeholder={t('supervision.observations.filters.violationCode')}
          value={get('violationCode')}
          onChange={(value?: string) => set('violationCode', value)}
          options={(v?.violationCodes ?? []).map((c) => ({
            value: c.code,
            label: t(`vocab.violationCode.${c.code}`, { defaultValue: c.label }),
          }))}
        />
        <Input.Search
          aria-label={t('supervision.observations.filters.site')}
          placeholder={t('supervision.observations.filters.site')}
          allowClear
          defaultValue={get('site')}
          onSearch={(value) => set('site', value.trim() || undefined)}
          style={{ width: 200 }}
        />
        <Checkbox checked={flaggedOnly} onChange={(e) => set('flagged', e.target.checked ? 'true' : undefined)}>
          {t('supervision.observations.filters.flaggedOnly')}
        </Checkbox>
      </Space>
      {data && (
        <Typography.Paragraph type="secondary">
          {t('supervision.observations.shown', { shown: rows.length, total: data.observations.totalCount })}
        </Typography.Paragraph>
      )}
      <Table
        rowKey="id"
        loading={fetching || coverage.fetching}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('supervision.common.observedAt'),
            width: 140,
            render: (_, o) => <Link to={`/supervision/observations/${o.id}`}>{dayjs(o.observedAt).format('YYYY-MM-DD HH:mm')}</Link>,
          },
          { title: t('supervision.common.election'), width: 150, render: (_, o) => coverage.electionName(o.electionId) },
          { title: t('supervision.common.site'), width: 160, render: (_, o) => o.site.name },
          { title: t('supervision.common.stage'), width: 130, render: (_, o) => t(`vocab.observedStage.${o.stage}`) },
          {
            title: t('supervision.common.observer'),
            width: 110,
            render: (_, o) => coverage.memberName(o.observerId) ?? t('supervision.common.unknownObserver'),
          },
          {
            title: t('supervision.observations.violations'),
            width: 170,
            render: (_, o) => (
              <Space size={[4, 4]} wrap>
                {o.violations.map((x, i) => (
                  <Tag key={i} color={SEVERITY_COLOUR[x.severity]}>
                    {t(`vocab.violationCode.${x.code}`)}·{t(`vocab.severity.${x.severity}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('supervision.observations.flags'),
            render: (_, o) => (
              <Space size={[4, 4]} wrap>
                {o.recordedLate && <Tag color="orange">{t('supervision.observations.recordedLate')}</Tag>}
                {o.flags.map((f, i) => (
                  <Tag key={i} color="red" style={{ whiteSpace: 'normal' }}>
                    {formatReason({ rule: f.rule, message: f.message, values: f.values }, t)}
                  </Tag>
                ))}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
