import { Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery, type CombinedError, type TypedDocumentNode } from 'urql';
import { eventName } from '../../components/ActionBar';
import { RefusalAlert } from '../../components/RefusalAlert';
import { graphql } from '../../gql';
import {
  assigneeOptions,
  dateFieldOf,
  LATE_ENTRY_DAYS,
  needsLateReason,
  STEP_FIELDS,
  stepInput,
  type StepField,
  type StepValues,
} from './steps';

const Step = {
  REGISTER: graphql(`
    mutation CaseRegisterReceived($input: CaseStepInput!) {
      registerReceivedCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  ACCEPT: graphql(`
    mutation CaseAccept($input: AcceptCaseInput!) {
      acceptCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  NOT_ACCEPT: graphql(`
    mutation CaseReject($input: CaseReasonInput!) {
      rejectCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  REFER: graphql(`
    mutation CaseRefer($input: ReferCaseInput!) {
      referCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  MERGE: graphql(`
    mutation CaseMerge($input: MergeCaseInput!) {
      mergeCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  ASSIGN: graphql(`
    mutation CaseAssign($input: AssignCaseInput!) {
      assignCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  TRANSFER: graphql(`
    mutation CaseTransfer($input: TransferCaseInput!) {
      transferCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  MARK_BLOCKING: graphql(`
    mutation CaseMarkBlocking($input: MarkCaseBlockingInput!) {
      markCaseBlocking(input: $input) {
        id
        version
        state
      }
    }
  `),
  EXTEND: graphql(`
    mutation CaseExtend($input: ExtendCaseInput!) {
      extendCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  DECIDE: graphql(`
    mutation CaseDecide($input: DecideCaseInput!) {
      decideCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  REPLY: graphql(`
    mutation CaseReply($input: ReplyCaseInput!) {
      replyToCase(input: $input) {
        id
        version
        state
      }
    }
  `),
  REQUEST_REVIEW: graphql(`
    mutation CaseRequestReview($input: RequestCaseReviewInput!) {
      requestCaseReview(input: $input) {
        id
        version
        state
      }
    }
  `),
  DECIDE_REVIEW: graphql(`
    mutation CaseDecideReview($input: DecideCaseReviewInput!) {
      decideCaseReview(input: $input) {
        id
        version
        state
      }
    }
  `),
  REQUEST_RE_REVIEW: graphql(`
    mutation CaseRequestReReview($input: RequestCaseReviewInput!) {
      requestCaseReReview(input: $input) {
        id
        version
        state
      }
    }
  `),
  DECIDE_RE_REVIEW: graphql(`
    mutation CaseDecideReReview($input: DecideCaseReviewInput!) {
      decideCaseReReview(input: $input) {
        id
        version
        state
      }
    }
  `),
} as Record<string, TypedDocumentNode<unknown, { input: Record<string, unknown> }>>;

const TransferUnits = graphql(`
  query CaseTransferUnits {
    jurisdictions(first: 100) {
      edges {
        node {
          id
          name
          levelLabel
        }
      }
    }
  }
`);

const FINDINGS = ['SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'];
const REMEDIES = ['EXPLANATION', 'CORRECTION', 'RECTIFICATION', 'DISCIPLINE', 'DISQUALIFY_CANDIDATE', 'ANNUL_ELECTION'];

export interface StepCase {
  id: string;
  version: number;
  kind: string;
  blocking: boolean;
  assignee?: { id: string; name: string } | null;
  /** Handlers it may be assigned to. */
  candidates: { id: string; name: string }[];
  /** Cases this one may be merged into (duplicates, links): id and a label. */
  others: { id: string; label: string }[];
}

type FormValues = Omit<StepValues, 'decidedOn' | 'repliedOn' | 'receivedOn'> & {
  decidedOn?: Dayjs;
  repliedOn?: Dayjs;
  receivedOn?: Dayjs;
};

const ymd = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** The form of one case step, in a dialog: validated fields matching its mutation's input; refusals in Chinese. */
export function StepModal({
  event,
  kase,
  me,
  preset,
  onClose,
  onDone,
}: {
  event: string;
  kase: StepCase;
  me: { id: string; displayName: string };
  preset?: Partial<FormValues>;
  onClose(): void;
  onDone(event: string): void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const fields = STEP_FIELDS[event] ?? [];
  const has = (f: StepField) => fields.includes(f);
  const [units] = useQuery({ query: TransferUnits, pause: !has('jurisdictionId') });
  const dateField = dateFieldOf(event);
  const date = Form.useWatch(dateField ?? 'decidedOn', form);
  const late = needsLateReason(ymd(date), dayjs().format('YYYY-MM-DD'));
  const label = eventName(t, 'case', event);
  const required = (field: string) => ({ required: true, whitespace: true, message: t('cases.validation.required', { field: t(field) }) });
  const choose = (field: string) => ({ required: true, message: t('cases.validation.choose', { field: t(field) }) });
  const max = (field: string, n: number) => ({ max: n, message: t('cases.validation.tooLong', { field: t(field), max: n }) });
  const notFuture = {
    validator: (_: unknown, v: Dayjs | undefined) =>
      v && v.isAfter(dayjs(), 'day') ? Promise.reject(new Error(t('cases.validation.future'))) : Promise.resolve(),
  };

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    const input = stepInput(
      event,
      { ...values, decidedOn: ymd(values.decidedOn), repliedOn: ymd(values.repliedOn), receivedOn: ymd(values.receivedOn) },
      kase,
    );
    const res = await client.mutation(Step[event]!, { input }).toPromise();
    setBusy(false);
    if (res.error) {
      setError(res.error);
      return;
    }
    onDone(event);
  };

  const dateItem = (name: 'decidedOn' | 'repliedOn' | 'receivedOn', mandatory: boolean) => (
    <Form.Item name={name} label={t(`cases.field.${name}`)} rules={mandatory ? [choose(`cases.field.${name}`), notFuture] : [notFuture]}>
      <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
    </Form.Item>
  );

  return (
    <Modal
      open
      title={label}
      okText={t('cases.step.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <RefusalAlert error={error} onClose={() => setError(null)} />
      {fields.length === 0 && <Typography.Paragraph>{t('cases.step.confirmRegister')}</Typography.Paragraph>}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{
          decidedOn: dayjs(),
          repliedOn: dayjs(),
          receivedOn: dayjs(),
          blocking: !kase.blocking,
          remedies: [],
          assigneeId: has('assigneeId') && kase.candidates.some((c) => c.id === me.id) ? me.id : undefined,
          ...preset,
        }}
      >
        {has('assigneeId') && (
          <Form.Item name="assigneeId" label={t('cases.field.assignee')} rules={[choose('cases.field.assignee')]}>
            <Select showSearch optionFilterProp="label" options={assigneeOptions(kase, me, t)} />
          </Form.Item>
        )}
        {has('jurisdictionId') && (
          <Form.Item name="jurisdictionId" label={t('cases.field.jurisdiction')} rules={[choose('cases.field.jurisdiction')]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={units.fetching}
              options={(units.data?.jurisdictions.edges ?? []).map(({ node }) => ({
                value: node.id,
                label: `${node.name}（${node.levelLabel}）`,
              }))}
            />
          </Form.Item>
        )}
        {has('intoCaseId') && (
          <Form.Item name="intoCaseId" label={t('cases.field.intoCase')} rules={[choose('cases.field.intoCase')]}>
            <Select options={kase.others.map((o) => ({ value: o.id, label: o.label }))} />
          </Form.Item>
        )}
        {has('sameMatterAsCaseId') && kase.others.length > 0 && (
          <Form.Item name="sameMatterAsCaseId" label={t('cases.field.sameMatter')}>
            <Select allowClear options={kase.others.map((o) => ({ value: o.id, label: o.label }))} />
          </Form.Item>
        )}
        {has('referredTo') && (
          <Form.Item
            name="referredTo"
            label={t('cases.field.referredTo')}
            rules={[required('cases.field.referredTo'), max('cases.field.referredTo', 200)]}
          >
            <Input />
          </Form.Item>
        )}
        {has('blocking') && (
          <Form.Item name="blocking" label={t('cases.field.blocking')} valuePropName="checked" extra={t('cases.field.blockingHelp')}>
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        )}
        {has('days') && (
          <Form.Item
            name="days"
            label={t('cases.field.days')}
            rules={[
              { required: true, message: t('cases.validation.days') },
              { type: 'integer', min: 1, max: 30, message: t('cases.validation.days') },
            ]}
          >
            <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {(has('finding') || has('findingOptional')) && (
          <Form.Item
            name="finding"
            label={t('cases.field.finding')}
            rules={has('finding') || kase.kind !== 'ENQUIRY' ? [{ required: true, message: t('cases.validation.findingRequired') }] : []}
          >
            <Select allowClear options={FINDINGS.map((f) => ({ value: f, label: t(`vocab.finding.${f}`) }))} />
          </Form.Item>
        )}
        {has('remedies') && (
          <Form.Item name="remedies" label={t('cases.field.remedies')}>
            <Checkbox.Group options={REMEDIES.map((r) => ({ value: r, label: t(`vocab.remedy.${r}`) }))} />
          </Form.Item>
        )}
        {has('summary') && (
          <Form.Item
            name="summary"
            label={t('cases.field.summary')}
            rules={[required('cases.field.summary'), max('cases.field.summary', 5000)]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {has('reply') && (
          <Form.Item name="reply" label={t('cases.field.reply')} rules={[required('cases.field.reply'), max('cases.field.reply', 10000)]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        )}
        {has('text') && (
          <Form.Item
            name="text"
            label={t('cases.field.replyText')}
            rules={[required('cases.field.replyText'), max('cases.field.replyText', 10000)]}
          >
            <Input.TextArea rows={5} />
          </Form.Item>
        )}
        {has('reason') && (
          <Form.Item
            name="reason"
            label={t(event === 'NOT_ACCEPT' || event === 'EXTEND' ? 'cases.field.reasonToComplainant' : 'cases.field.reason')}
            rules={[required('cases.field.reason'), max('cases.field.reason', 2000)]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        {has('reasonOptional') && (
          <Form.Item name="reason" label={t('cases.field.reason')} rules={[max('cases.field.reason', 2000)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {has('decidedOn') && dateItem('decidedOn', false)}
        {has('repliedOn') && dateItem('repliedOn', true)}
        {has('receivedOn') && dateItem('receivedOn', true)}
        {has('lateReason') && late && (
          <Form.Item
            name="lateReason"
            label={t('cases.field.lateReason')}
            extra={t('cases.field.lateReasonHelp', { days: LATE_ENTRY_DAYS })}
            rules={[{ required: true, whitespace: true, message: t('cases.validation.lateReason', { days: LATE_ENTRY_DAYS }) }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
