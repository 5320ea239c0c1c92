import { EyeOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Row,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './cases.css';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { ActionBar, eventName, type ActionHandlers } from '../../components/ActionBar';
import { HistoryTable } from '../../components/HistoryTable';
import { Attachments } from '../../components/Attachments';
import { AuditTrail } from '../../components/AuditTrail';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag } from '../../components/StateTag';
import { graphql } from '../../gql';
import type { CasePageQuery, RevealComplainantIdentityMutation } from '../../gql/graphql';
import { StepModal, type StepCase } from './StepModal';
import { clockColour, STEPS } from './steps';

const CaseDetail = graphql(`
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      version
      trackingCode
      title
      body
      kind
      category
      channel
      state
      level
      competentLevel
      crossLevel
      blocking
      anonymous
      filedByPublic
      recordedLate
      receivedOn
      repliedOn
      createdAt
      dueOn
      daysLeft
      overdue
      unit {
        id
        name
      }
      supervisingUnit {
        id
        name
      }
      assignee {
        id
        name
      }
      assigneeCandidates {
        id
        name
      }
      election {
        id
        electionDay
        organization {
          name
        }
      }
      acceptance {
        outcome
        on
        reason
        referredTo
      }
      extension {
        days
        on
        reason
        approvedBy
      }
      attachments {
        id
        name
        mediaType
        size
        sha256
      }
      clocks {
        step
        startedOn
        dueOn
        count
        daysLeft
        extendedDays
        outcome
        overdue
        stoppedOn
      }
      decisions {
        stage
        finding
        remedies
        summary
        on
      }
      replies {
        stage
        on
        text
      }
      notes {
        event
        on
        reason
      }
      links {
        kind
        direction
        note
        case {
          id
          trackingCode
          title
          state
        }
      }
      duplicateSuggestions {
        similarity
        reason
        case {
          id
          trackingCode
          title
          state
        }
      }
      availableActions {
        event
        allowed
        reasons {
          rule
          message
          citation
          values
        }
      }
    }
  }
`);

const CaseHistory = graphql(`
  query CaseHistory($id: ID!) {
    case(id: $id) {
      id
      history(first: 100) {
        edges {
          node {
            id
            seq
            action
            fromState
            toState
            at
            recordedLate
            actor {
              label
              role
            }
          }
        }
      }
    }
  }
`);

const RevealIdentity = graphql(`
  mutation RevealComplainantIdentity($input: RevealIdentityInput!) {
    revealComplainantIdentity(input: $input) {
      name
      phone
      idNumber
      address
    }
  }
`);

type Kase = CasePageQuery['case'];

/** The timeline's dots (its named colours follow the theme's primary red, which would read as late). */
const DOT = { green: '#389e0d', red: '#cf1322', blue: '#0958d9', gray: '#8c8c8c' } as const;

/** The case's own history (for handlers, who do not read the audit trail as such). */
function CaseHistoryTable({ id }: { id: string }) {
  const [{ data, fetching }] = useQuery({ query: CaseHistory, variables: { id }, requestPolicy: 'network-only' });
  const rows = data?.case.history.edges.map((e) => e.node) ?? [];
  return <HistoryTable rows={rows} loading={fetching} machineOf={() => 'case'} />;
}

/** The statutory clocks as a timeline: each step's start and due day, how it ended, late ones in red. */
function Clocks({ kase }: { kase: Kase }) {
  const { t } = useTranslation();
  if (!kase.clocks.length) return <Empty description={t('cases.page.noClocks')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={kase.clocks.map((k, i) => ({
        key: `${k.step}-${i}`,
        color: DOT[clockColour(k)],
        children: (
          <div>
            <Typography.Text strong>{t(`vocab.clockStep.${k.step}`)}</Typography.Text>{' '}
            <Tag color={clockColour(k) === 'gray' ? 'default' : clockColour(k)}>{t(`vocab.clockOutcome.${k.outcome}`)}</Tag>
            {k.overdue && <Tag color="red">{t('cases.page.overdue')}</Tag>}
            {k.outcome === 'RUNNING' && <DueTag dueOn={k.dueOn} daysLeft={k.daysLeft} />}
            <div>
              <Typography.Text type="secondary">
                {t('cases.page.clockLine', { start: k.startedOn, due: k.dueOn, unit: t(`vocab.dayCount.${k.count}`) })}
                {k.extendedDays ? `；${t('cases.page.extended', { days: k.extendedDays })}` : ''}
                {k.stoppedOn ? `；${t('cases.page.stoppedOn', { on: k.stoppedOn })}` : ''}
              </Typography.Text>
            </div>
          </div>
        ),
      }))}
    />
  );
}

/** The complainant's identity: shown only on a reveal with a reason (audited server-side). */
function Identity({ kase, canReveal }: { kase: Kase; canReveal: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<RevealComplainantIdentityMutation['revealComplainantIdentity'] | undefined>(undefined);
  const [{ fetching, error }, reveal] = useMutation(RevealIdentity);
  const [form] = Form.useForm<{ reason: string }>();
  if (kase.anonymous) return <Typography.Text type="secondary">{t('cases.page.anonymousCase')}</Typography.Text>;
  const submit = async () => {
    const { reason } = await form.validateFields();
    const res = await reveal({ input: { id: kase.id, reason: reason.trim() } });
    if (!res.error) {
      setShown(res.data?.revealComplainantIdentity ?? null);
      setOpen(false);
    }
  };
  return (
    <div>
      {shown === undefined ? (
        canReveal && (
          <Button icon={<EyeOutlined />} onClick={() => setOpen(true)}>
            {t('cases.page.reveal')}
          </Button>
        )
      ) : shown ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('cases.field.name')}>{shown.name ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.phone')}>{shown.phone ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.idNumber')}>{shown.idNumber ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('cases.field.address')}>{shown.address ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('cases.page.noIdentity')}</Typography.Text>
      )}
      <Modal
        open={open}
        title={t('cases.page.revealTitle')}
        okText={t('cases.step.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
      >
        <Alert type="info" showIcon message={t('cases.page.revealWarning')} style={{ marginBottom: 16 }} />
        <RefusalAlert error={error} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('cases.field.revealReason')}
            rules={[
              { required: true, whitespace: true, message: t('cases.validation.required', { field: t('cases.field.revealReason') }) },
              { max: 500, message: t('cases.validation.tooLong', { field: t('cases.field.revealReason'), max: 500 }) },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** One case: summary, clocks, what was decided and replied, history, links and duplicates, and its steps. */
export function CasePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const me = useMe();
  const [{ data, fetching, error }, reload] = useQuery({ query: CaseDetail, variables: { id } });
  const [step, setStep] = useState<{ event: string; preset?: Record<string, unknown> } | null>(null);
  const [stamp, setStamp] = useState(0);
  const kase = data?.case;
  const canAct = roleHasPermission(me.role, 'case.act');
  const handlers: ActionHandlers = useMemo(
    () => (canAct ? Object.fromEntries(STEPS.map((event) => [event, () => setStep({ event })])) : {}),
    [canAct],
  );
  const mergeTargets = (data?.case.duplicateSuggestions.length ?? 0) + (data?.case.links.length ?? 0);
  if (!kase) {
    if (fetching) return <Spin />;
    return error ? <RefusalAlert error={error} /> : <Alert type="warning" message={t('cases.page.notFound')} />;
  }
  const others = [...kase.duplicateSuggestions.map((d) => d.case), ...kase.links.map((l) => l.case)].filter(
    (c, i, all) => c.id !== kase.id && all.findIndex((x) => x.id === c.id) === i,
  );
  const stepCase: StepCase = {
    id: kase.id,
    version: kase.version,
    kind: kase.kind,
    blocking: kase.blocking,
    assignee: kase.assignee,
    candidates: kase.assigneeCandidates,
    others: others.map((c) => ({ id: c.id, label: `${c.trackingCode} ${c.title}` })),
  };
  const mergeAllowed = canAct && kase.availableActions.some((a) => a.event === 'MERGE' && a.allowed);
  // Merging needs a case to merge into: offered from the duplicates and links, not with nothing to choose.
  const shownActions = canAct
    ? kase.availableActions.filter((a) => STEPS.includes(a.event) && (a.event !== 'MERGE' || !a.allowed || mergeTargets > 0))
    : [];
  const done = (event: string) => {
    setStep(null);
    void message.success(t('cases.page.done', { step: eventName(t, 'case', event) }));
    reload({ requestPolicy: 'network-only' });
    setStamp((s) => s + 1);
  };
  const caseLink = (c: { id: string; trackingCode: string; title: string; state: string }) => (
    <Space wrap size={4}>
      <Link to={`/cases/${c.id}`}>{c.trackingCode}</Link>
      <span>{c.title}</span>
      <StateTag machine="case" state={c.state} />
    </Space>
  );
  return (
    <div>
      <Space wrap align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {kase.title}
        </Typography.Title>
        <StateTag machine="case" state={kase.state} />
        {kase.dueOn && <DueTag dueOn={kase.dueOn} daysLeft={kase.daysLeft} />}
        {kase.blocking && <Tag color="volcano">{t('cases.page.blocking')}</Tag>}
        {kase.crossLevel && <Tag color="purple">{t('cases.page.crossLevel')}</Tag>}
        {kase.recordedLate && <Tag color="orange">{t('cases.page.recordedLate')}</Tag>}
      </Space>
      <Typography.Paragraph type="secondary" copyable={{ text: kase.trackingCode }}>
        {kase.trackingCode}
      </Typography.Paragraph>

      {canAct && (
        <Card title={t('cases.page.actions')} style={{ marginBottom: 16 }}>
          {shownActions.length ? (
            <ActionBar machine="case" actions={shownActions} handlers={handlers} />
          ) : (
            <Typography.Text type="secondary">{t('cases.page.noActions')}</Typography.Text>
          )}
        </Card>
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('cases.page.summary')}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('cases.page.kind')}>{t(`vocab.caseKind.${kase.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.category')}>{t(`vocab.caseCategory.${kase.category}`)}</Descriptions.Item>
              <Descriptions.Item label={t('cases.field.channel')}>
                {t(`vocab.caseChannel.${kase.channel}`)}（{kase.filedByPublic ? t('cases.page.filedByPublic') : t('cases.page.staffEntry')}
                ）
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.page.level')}>
                {t(`vocab.caseLevel.${kase.level}`)} · {t('cases.page.competentLevel')} {t(`vocab.caseLevel.${kase.competentLevel}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('cases.page.unit')}>{kase.unit.name}</Descriptions.Item>
              {kase.supervisingUnit && (
                <Descriptions.Item label={t('cases.page.supervisingUnit')}>{kase.supervisingUnit.name}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('cases.page.assignee')}>{kase.assignee?.name ?? t('cases.page.unassigned')}</Descriptions.Item>
              <Descriptions.Item label={t('cases.page.receivedOn')}>{kase.receivedOn}</Descriptions.Item>
              <Descriptions.Item label={t('cases.page.recordedAt')}>{dayjs(kase.createdAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
              {kase.repliedOn && <Descriptions.Item label={t('cases.page.repliedOn')}>{kase.repliedOn}</Descriptions.Item>}
              {kase.election && (
                <Descriptions.Item label={t('cases.page.election')}>
                  {kase.election.organization.name}（{kase.election.electionDay}）
                </Descriptions.Item>
              )}
              {kase.acceptance && (
                <Descriptions.Item label={t('cases.page.acceptance')}>
                  {t(`vocab.acceptanceOutcome.${kase.acceptance.outcome}`)}（{kase.acceptance.on}）
                  {kase.acceptance.referredTo ? ` → ${kase.acceptance.referredTo}` : ''}
                  {kase.acceptance.reason ? `：${kase.acceptance.reason}` : ''}
                </Descriptions.Item>
              )}
              {kase.extension && (
                <Descriptions.Item label={t('cases.page.extension')}>
                  {t('cases.page.extensionLine', {
                    days: kase.extension.days,
                    on: kase.extension.on,
                    by: kase.extension.approvedBy,
                    reason: kase.extension.reason,
                  })}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('cases.page.body')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{kase.body}</Typography.Paragraph>
          </Card>
          {kase.attachments.length > 0 && (
            <Card title={t('cases.page.attachments')} style={{ marginTop: 16 }}>
              <Attachments items={kase.attachments} />
            </Card>
          )}
          {(kase.decisions.length > 0 || kase.replies.length > 0) && (
            <Card title={`${t('cases.page.decisions')} · ${t('cases.page.replies')}`} style={{ marginTop: 16 }}>
              <List
                dataSource={[
                  ...kase.decisions.map((d) => ({
                    key: `d-${d.stage}-${d.on}`,
                    title: `${t('cases.page.decisions')}（${t(`vocab.decisionStage.${d.stage}`)}，${d.on}）`,
                    text: [
                      d.finding ? t(`vocab.finding.${d.finding}`) : null,
                      d.remedies.length ? d.remedies.map((r) => t(`vocab.remedy.${r}`)).join('、') : null,
                      d.summary,
                    ]
                      .filter(Boolean)
                      .join('；'),
                  })),
                  ...kase.replies.map((r) => ({
                    key: `r-${r.stage}-${r.on}`,
                    title: `${t('cases.page.replies')}（${t(`vocab.decisionStage.${r.stage}`)}，${r.on}）`,
                    text: r.text,
                  })),
                ]}
                renderItem={(item) => (
                  <List.Item key={item.key}>
                    <List.Item.Meta title={item.title} description={<span style={{ whiteSpace: 'pre-wrap' }}>{item.text}</span>} />
                  </List.Item>
                )}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('cases.page.clocks')}>
            <Clocks kase={kase} />
          </Card>
          <Card title={t('cases.page.identity')} style={{ marginTop: 16 }}>
            <Identity kase={kase} canReveal={roleHasPermission(me.role, 'case.identity')} />
          </Card>
          <Card title={t('cases.page.links')} style={{ marginTop: 16 }}>
            {kase.links.length ? (
              <List
                size="small"
                dataSource={kase.links}
                renderItem={(l) => (
                  <List.Item key={`${l.kind}-${l.case.id}`}>
                    <Space direction="vertical" size={0}>
                      <Space wrap size={4}>
                        <Tag>{t(`cases.page.linkKind.${l.kind}`, { defaultValue: l.kind })}</Tag>
                        <Typography.Text type="secondary">
                          {t(`cases.page.linkDirection.${l.direction}`, { defaultValue: '' })}
                        </Typography.Text>
                      </Space>
                      {caseLink(l.case)}
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t('cases.page.noLinks')}</Typography.Text>
            )}
          </Card>
          <Card title={t('cases.page.duplicates')} style={{ marginTop: 16 }}>
            {kase.duplicateSuggestions.length ? (
              <List
                size="small"
                dataSource={kase.duplicateSuggestions}
                renderItem={(d) => (
                  <List.Item
                    key={d.case.id}
                    actions={
                      mergeAllowed
                        ? [
                            <Button key="merge" size="small" onClick={() => setStep({ event: 'MERGE', preset: { intoCaseId: d.case.id } })}>
                              {t('cases.page.mergeInto')}
                            </Button>,
                          ]
                        : []
                    }
                  >
                    <Space direction="vertical" size={0}>
                      {caseLink(d.case)}
                      <Typography.Text type="secondary">
                        {t('cases.page.similarity', { percent: Math.round(d.similarity * 100) })}
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t('cases.page.noDuplicates')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('cases.page.history')}>
            {roleHasPermission(me.role, 'audit.read') ? (
              <AuditTrail key={stamp} subjectId={kase.id} canVerify />
            ) : (
              <CaseHistoryTable key={stamp} id={kase.id} />
            )}
            {kase.notes.length > 0 && (
              <>
                <Typography.Title level={5} style={{ marginTop: 16 }}>
                  {t('cases.page.notes')}
                </Typography.Title>
                <List
                  size="small"
                  dataSource={kase.notes}
                  renderItem={(n, i) => (
                    <List.Item key={`${n.event}-${i}`}>
                      {n.on} · {eventName(t, 'case', n.event)}
                      {n.reason ? `：${n.reason}` : ''}
                    </List.Item>
                  )}
                />
              </>
            )}
          </Card>
        </Col>
      </Row>
      {step && <StepModal event={step.event} kase={stepCase} me={me} preset={step.preset} onClose={() => setStep(null)} onDone={done} />}
    </div>
  );
}
