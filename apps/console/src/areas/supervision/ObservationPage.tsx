import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag } from '../../components/StateTag';
import { formatReason } from '../../reasons/format-reason';
import { useCoverage } from './data';
import { beijingToday, coveredElections, daysUntil, isOpenOrder, itemName, numbersText } from './format';
import { IssueOrderModal } from './IssueOrderModal';
import { SEVERITY_COLOUR } from './ObservationsPage';
import { ObservationQuery } from './queries';
import { sitePath } from './SitesPage';

/** One observation as submitted: checklist answers by name, violations, narrative, contradictions, amendments, orders. */
export function ObservationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { id = '' } = useParams();
  const coverage = useCoverage();
  const [{ data, fetching, error }] = useQuery({ query: ObservationQuery, variables: { id } });
  const [issuing, setIssuing] = useState(false);
  const o = data?.observation;
  const texts = new Map((coverage.vocabulary?.checklist ?? []).map((c) => [c.id, c.text]));
  const observer = o ? (coverage.memberName(o.observerId) ?? t('supervision.common.unknownObserver')) : '';
  const election = o ? coverage.all.find((e) => e.id === o.electionId) : undefined;
  const today = beijingToday();
  return (
    <div>
      <Typography.Title level={3}>{t('supervision.observation.title')}</Typography.Title>
      <RefusalAlert error={error} />
      {fetching && !o && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
      {o && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
              <Descriptions.Item label={t('supervision.common.election')}>{coverage.electionName(o.electionId)}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.common.site')}>
                <Link to={sitePath(o.electionId, o.site.name, o.stage)}>{o.site.name}</Link>（
                {t(`vocab.siteKind.${o.site.kind}`, { defaultValue: o.site.kind })}）
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.common.stage')}>{t(`vocab.observedStage.${o.stage}`)}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.common.observer')}>{observer}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.common.observedAt')}>
                {dayjs(o.observedAt).format('YYYY-MM-DD HH:mm')}
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.observation.submittedAt')}>
                {dayjs(o.submittedAt).format('YYYY-MM-DD HH:mm')}
                {o.recordedLate && (
                  <Tag color="orange" style={{ marginLeft: 8 }}>
                    {t('supervision.observations.recordedLate')}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.observation.channel')}>
                {t(`vocab.observationChannel.${o.channel}`)}
              </Descriptions.Item>
              {o.lateReason && <Descriptions.Item label={t('supervision.observation.lateReason')}>{o.lateReason}</Descriptions.Item>}
            </Descriptions>
            {o.flags.length > 0 && (
              <Space size={[4, 4]} wrap style={{ marginTop: 8 }}>
                <Typography.Text strong>{t('supervision.observations.flags')}：</Typography.Text>
                {o.flags.map((f, i) => (
                  <Tag key={i} color="red" style={{ whiteSpace: 'normal' }}>
                    {formatReason({ rule: f.rule, message: f.message, values: f.values }, t)}
                  </Tag>
                ))}
              </Space>
            )}
            {roleHasPermission(me.role, 'supervision.observe') && (
              <div style={{ marginTop: 12 }}>
                <Button type="primary" onClick={() => setIssuing(true)}>
                  {t('supervision.common.issueOrder')}
                </Button>
              </div>
            )}
          </Card>
          <Card title={t('supervision.observation.checklist')} style={{ marginBottom: 16 }}>
            <Table
              rowKey="item"
              size="small"
              pagination={false}
              dataSource={o.checklist}
              scroll={{ x: 640 }}
              columns={[
                { title: t('supervision.observation.item'), render: (_, c) => itemName(t, c.item, texts.get(c.item)) },
                {
                  title: t('supervision.observation.answer'),
                  width: 90,
                  render: (_, c) => (
                    <Tag color={c.answer === 'NO' ? 'red' : c.answer === 'YES' ? 'green' : undefined}>
                      {t(`vocab.checklistAnswer.${c.answer}`)}
                    </Tag>
                  ),
                },
                { title: t('supervision.observation.numbers'), width: 200, render: (_, c) => numbersText(t, c.numbers) },
                { title: t('supervision.observation.note'), render: (_, c) => c.note ?? '' },
              ]}
            />
          </Card>
          <Card title={t('supervision.observation.violations')} style={{ marginBottom: 16 }}>
            {o.violations.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <Space direction="vertical">
                {o.violations.map((v, i) => (
                  <div key={i}>
                    <Tag color={SEVERITY_COLOUR[v.severity]}>
                      {t(`vocab.violationCode.${v.code}`)}·{t(`vocab.severity.${v.severity}`)}
                    </Tag>
                    {v.description}
                  </div>
                ))}
              </Space>
            )}
          </Card>
          <Card title={t('supervision.observation.narrative')} style={{ marginBottom: 16 }}>
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              {o.narrative || t('supervision.observation.noNarrative')}
            </Typography.Paragraph>
          </Card>
          <Card title={t('supervision.observation.amendments')} style={{ marginBottom: 16 }}>
            {data.observationAmendments.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={data.observationAmendments}
                scroll={{ x: 560 }}
                columns={[
                  {
                    title: t('supervision.observation.amendedAt'),
                    width: 150,
                    render: (_, a) => dayjs(a.amendedAt).format('YYYY-MM-DD HH:mm'),
                  },
                  { title: t('supervision.common.observer'), width: 110, render: (_, a) => coverage.memberName(a.amendedBy) ?? '—' },
                  { title: t('supervision.observation.reason'), dataIndex: 'reason' },
                  {
                    title: t('supervision.observation.changes'),
                    render: (_, a) =>
                      Object.keys(a.changes)
                        .map((field) => t(`supervision.observation.${field}`, { defaultValue: field }))
                        .join('、'),
                  },
                ]}
              />
            )}
          </Card>
          <Card title={t('supervision.observation.orders')}>
            {data.observationOrders.length === 0 ? (
              <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
            ) : (
              <Space direction="vertical">
                {data.observationOrders.map((order) => (
                  <Space key={order.id} wrap>
                    <StateTag machine="rectification" state={order.state} />
                    {isOpenOrder(order.state) && <DueTag dueOn={order.dueOn} daysLeft={daysUntil(order.dueOn, today)} />}
                    <Link to={`/supervision/orders/${order.id}`}>{order.requirement}</Link>
                  </Space>
                ))}
              </Space>
            )}
          </Card>
          {issuing && (
            <IssueOrderModal
              open
              onClose={() => setIssuing(false)}
              electionId={o.electionId}
              electionName={coverage.electionName(o.electionId)}
              observations={[{ id: o.id, label: `${observer} · ${t(`vocab.observedStage.${o.stage}`)}` }]}
              defaultObservationId={o.id}
              teams={election ? coverage.teams.filter((team) => coveredElections([election], team.assignments).length > 0) : []}
            />
          )}
        </>
      )}
    </div>
  );
}
