import { Card, DatePicker, Form, Grid, Select, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { eventName } from '../../components/ActionBar';
import type { Machine } from '../../components/StateTag';
import { graphql } from '../../gql';

const LateEntries = graphql(`
  query LateEntries($from: String, $to: String, $subjectType: String) {
    lateEntries(first: 100, recordedFrom: $from, recordedTo: $to, subjectType: $subjectType) {
      totalCount
      edges {
        node {
          id
          subjectType
          subjectId
          step
          field
          dateGiven
          recordedAt
          daysBack
          actorLabel
          reason
        }
      }
    }
  }
`);

const MACHINES: Record<string, Machine> = { election: 'election', candidate: 'candidate', case: 'case' };
const SUBJECT_TYPES = ['election', 'candidate', 'case', 'observation'];

/** Who entered which date late (补录), for which step, and why: the inspector's list. */
export function LateEntriesPage() {
  const { t } = useTranslation();
  const narrow = !Grid.useBreakpoint().sm;
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [subjectType, setSubjectType] = useState<string | undefined>();
  const [{ data, fetching }] = useQuery({
    query: LateEntries,
    variables: {
      from: range?.[0]?.format('YYYY-MM-DD') ?? null,
      to: range?.[1]?.format('YYYY-MM-DD') ?? null,
      subjectType: subjectType ?? null,
    },
  });
  const rows = data?.lateEntries.edges.map((e) => e.node) ?? [];
  const stepName = (type: string, step: string) => {
    const machine = MACHINES[type];
    if (machine) return eventName(t, machine, step);
    return type === 'observation' ? t('inspect.late.observationSubmit') : step;
  };
  return (
    <div>
      <Typography.Title level={3}>{t('inspect.late.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspect.late.intro')}</Typography.Paragraph>
      <Card>
        <Form layout={narrow ? 'vertical' : 'inline'} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label={t('inspect.late.range')} htmlFor="late-range">
            <DatePicker.RangePicker
              id={{ start: 'late-range' }}
              style={narrow ? { width: '100%' } : undefined}
              value={range}
              onChange={(v) => setRange(v)}
              allowEmpty={[true, true]}
            />
          </Form.Item>
          <Form.Item label={t('inspect.late.subjectType')} htmlFor="late-type">
            <Select
              id="late-type"
              style={{ minWidth: 140 }}
              allowClear
              placeholder={t('inspect.late.all')}
              value={subjectType}
              onChange={setSubjectType}
              options={SUBJECT_TYPES.map((type) => ({ value: type, label: t(`inspect.audit.subjectTypes.${type}`) }))}
            />
          </Form.Item>
        </Form>
        <Table
          size="small"
          rowKey="id"
          loading={fetching}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 1000 }}
          footer={() => t('common.total', { count: data?.lateEntries.totalCount ?? 0 })}
          columns={[
            {
              title: t('inspect.late.recordedAt'),
              dataIndex: 'recordedAt',
              width: 140,
              render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
            },
            {
              title: t('inspect.late.subject'),
              width: 80,
              render: (_, row) => t(`inspect.audit.subjectTypes.${row.subjectType}`, { defaultValue: row.subjectType }),
            },
            { title: t('inspect.late.step'), width: 120, render: (_, row) => stepName(row.subjectType, row.step) },
            {
              title: t('inspect.late.field'),
              width: 90,
              render: (_, row) => t(`vocab.field.${row.field}`, { defaultValue: t('vocab.field.on') }),
            },
            { title: t('inspect.late.dateGiven'), dataIndex: 'dateGiven', width: 100 },
            {
              title: t('inspect.late.daysBack'),
              dataIndex: 'daysBack',
              width: 80,
              render: (days: number) => t('inspect.late.daysBackValue', { count: days }),
            },
            { title: t('inspect.late.who'), dataIndex: 'actorLabel', width: 120 },
            { title: t('inspect.late.reason'), dataIndex: 'reason', render: (reason: string | null) => reason ?? '—' },
            {
              title: t('inspect.late.history'),
              width: 80,
              render: (_, row) => (
                <Link to={`/audit?subject=${row.subjectId}`} style={{ color: '#b71c1c' }}>
                  {t('inspect.late.history')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
