import { dueDayProblem } from '@scrutineer/domain/calendar/given-date';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { App, Card, DatePicker, Descriptions, Form, Input, Modal, Space, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { ActionBar, eventName } from '../../components/ActionBar';
import { AuditTrail } from '../../components/AuditTrail';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag } from '../../components/StateTag';
import { formatReason } from '../../reasons/format-reason';
import { useCoverage } from './data';
import { beijingToday, daysUntil, isOpenOrder } from './format';
import { AcknowledgeOrder, CancelOrder, ChangeOrderDue, OrderQuery, RectifyOrder, RejectOrder, VerifyOrder } from './queries';

type Step = 'ACKNOWLEDGE' | 'RECTIFY' | 'VERIFY' | 'REJECT' | 'CHANGE_DUE' | 'CANCEL';
const STEPS: Step[] = ['ACKNOWLEDGE', 'RECTIFY', 'VERIFY', 'REJECT', 'CHANGE_DUE', 'CANCEL'];

interface StepValues {
  evidence?: string;
  note?: string;
  reason?: string;
  dueOn?: Dayjs;
}

interface Entry {
  on?: string;
  evidence?: string;
  note?: string;
  reason?: string;
  by?: string;
}

/** One step's form: what the step needs, checked before it is sent; a refusal shown in the reader's language. */
function StepModal({
  step,
  order,
  onClose,
  onDone,
}: {
  step: Step;
  order: { id: string; version: number };
  onClose(): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<StepValues>();
  const [ack, acknowledge] = useMutation(AcknowledgeOrder);
  const [rec, rectify] = useMutation(RectifyOrder);
  const [ver, verify] = useMutation(VerifyOrder);
  const [rej, reject] = useMutation(RejectOrder);
  const [due, changeDue] = useMutation(ChangeOrderDue);
  const [can, cancel] = useMutation(CancelOrder);
  const [error, setError] = useState<CombinedError | undefined>();
  const today = beijingToday();
  const base = { id: order.id, expectedVersion: order.version };
  const fetching = ack.fetching || rec.fetching || ver.fetching || rej.fetching || due.fetching || can.fetching;

  const submit = async (v: StepValues) => {
    const reason = v.reason?.trim() ?? '';
    const answer =
      step === 'ACKNOWLEDGE'
        ? await acknowledge({ input: base })
        : step === 'RECTIFY'
          ? await rectify({ input: { ...base, evidence: v.evidence?.trim() ?? '', attachmentIds: [] } })
          : step === 'VERIFY'
            ? await verify({ input: { ...base, note: v.note?.trim() || null } })
            : step === 'REJECT'
              ? await reject({ input: { ...base, reason } })
              : step === 'CANCEL'
                ? await cancel({ input: { ...base, reason } })
                : await changeDue({ input: { ...base, reason, dueOn: v.dueOn!.format('YYYY-MM-DD') } });
    if (answer.error) setError(answer.error);
    else onDone();
  };

  const needsReason = step === 'REJECT' || step === 'CANCEL' || step === 'CHANGE_DUE';
  return (
    <Modal
      open
      title={eventName(t, 'rectification', step)}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <RefusalAlert error={error} onClose={() => setError(undefined)} />
      <Form<StepValues> form={form} layout="vertical" onFinish={submit}>
        {step === 'ACKNOWLEDGE' && <Typography.Paragraph>{t('supervision.order.confirmAcknowledge')}</Typography.Paragraph>}
        {step === 'RECTIFY' && (
          <Form.Item
            name="evidence"
            label={t('supervision.order.evidence')}
            rules={[{ required: true, whitespace: true, message: t('reasons.evidence') }]}
          >
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
        )}
        {step === 'VERIFY' && (
          <Form.Item name="note" label={t('supervision.order.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
        {step === 'CHANGE_DUE' && (
          <Form.Item
            name="dueOn"
            label={t('supervision.order.newDue')}
            rules={[
              { required: true, message: t('supervision.issue.dueRequired') },
              {
                validator: async (_, value: Dayjs | undefined) => {
                  if (!value) return;
                  const check = dueDayProblem('dueOn', value.format('YYYY-MM-DD'), today);
                  if (!check.ok) throw new Error(formatReason({ rule: check.rule, message: check.message, values: check.values }, t));
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {needsReason && (
          <Form.Item name="reason" label={t('supervision.order.reason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 整改通知: what must be put right, by when (its clock), how far it got, and one button per step. */
export function OrderPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { id = '' } = useParams();
  const coverage = useCoverage();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrderQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [step, setStep] = useState<Step | null>(null);
  const order = data?.rectificationOrder;
  const actions = data?.rectificationOrderActions ?? [];
  const handlers = Object.fromEntries(STEPS.map((s) => [s, () => setStep(s)]));
  const rectification = order?.rectification as Entry | null | undefined;
  const verification = order?.verification as Entry | null | undefined;
  const rejections = (order?.rejections ?? []) as Entry[];
  return (
    <div>
      <Typography.Title level={3}>{t('supervision.order.title')}</Typography.Title>
      <RefusalAlert error={error} />
      {order && (
        <>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('supervision.common.election')}>{coverage.electionName(order.electionId)}</Descriptions.Item>
              <Descriptions.Item label={t('supervision.orders.state')}>
                <StateTag machine="rectification" state={order.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.orders.due')}>
                <Space size={4} wrap>
                  <span>{order.dueOn}</span>
                  {isOpenOrder(order.state) && <DueTag dueOn={order.dueOn} daysLeft={daysUntil(order.dueOn, beijingToday())} />}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.orders.blocking')}>
                {order.blocking ? <Tag color="red">{t('supervision.orders.blockingYes')}</Tag> : t('common.no')}
              </Descriptions.Item>
              <Descriptions.Item label={t('supervision.orders.requirement')} span={2}>
                {order.requirement}
              </Descriptions.Item>
              {order.observationId && (
                <Descriptions.Item label={t('supervision.order.issuedFrom')} span={2}>
                  <Link to={`/supervision/observations/${order.observationId}`}>{t('supervision.common.open')}</Link>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <Card title={t('supervision.order.actions')} style={{ marginBottom: 16 }}>
            <ActionBar machine="rectification" actions={actions} handlers={handlers} />
          </Card>
          {(rectification || verification || rejections.length > 0) && (
            <Card title={t('supervision.order.history')} style={{ marginBottom: 16 }}>
              <Timeline
                items={[
                  ...rejections.map((r, i) => ({
                    key: `rejection-${i}`,
                    color: 'red',
                    children: `${r.on ?? ''} ${t('supervision.order.rejections')}：${r.reason ?? ''}（${r.by ?? ''}）`,
                  })),
                  ...(rectification
                    ? [
                        {
                          key: 'rectification',
                          children: `${rectification.on ?? ''} ${t('supervision.order.rectification')}：${rectification.evidence ?? ''}`,
                        },
                      ]
                    : []),
                  ...(verification
                    ? [
                        {
                          key: 'verification',
                          color: 'green',
                          children: `${verification.on ?? ''} ${t('supervision.order.verification')}：${verification.note || '—'}（${verification.by ?? ''}）`,
                        },
                      ]
                    : []),
                ]}
              />
            </Card>
          )}
          {roleHasPermission(me.role, 'audit.read') && (
            <Card title={t('supervision.order.history')}>
              <AuditTrail subjectId={order.id} canVerify />
            </Card>
          )}
          {step && (
            <StepModal
              step={step}
              order={order}
              onClose={() => setStep(null)}
              onDone={() => {
                setStep(null);
                void message.success(t('supervision.order.done'));
                refetch({ requestPolicy: 'network-only' });
              }}
            />
          )}
        </>
      )}
      {fetching && !order && <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>}
    </div>
  );
}
