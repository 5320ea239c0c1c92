import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { eventName } from '../../components/ActionBar';
import { RefusalAlert } from '../../components/RefusalAlert';
import { graphql } from '../../gql';

type Field = 'level' | 'note' | 'reason' | 'commitmentsSignedOn' | 'on' | 'initiator' | 'lateReason';

const StartReview = graphql(`
  mutation CandidateStartReview($input: CandidateStepInput!) {
    startCandidateReview(input: $input) {
      id
      version
      state
    }
  }
`);
const Approve = graphql(`
  mutation CandidateApprove($input: ApproveCandidateInput!) {
    approveCandidate(input: $input) {
      id
      version
      state
    }
  }
`);
const Disqualify = graphql(`
  mutation CandidateDisqualify($input: DisqualifyCandidateInput!) {
    disqualifyCandidate(input: $input) {
      id
      version
      state
    }
  }
`);
const ConfirmFormal = graphql(`
  mutation CandidateConfirmFormal($input: ConfirmFormalCandidateInput!) {
    confirmFormalCandidate(input: $input) {
      id
      version
      state
    }
  }
`);
const Withdraw = graphql(`
  mutation CandidateWithdraw($input: WithdrawCandidateInput!) {
    withdrawCandidate(input: $input) {
      id
      version
      state
    }
  }
`);

/** The candidate steps people take (electing, defeating and voiding are the system's), with their fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const CANDIDATE_STEPS: Readonly<Record<string, { mutation: TypedDocumentNode<any, { input: any }>; fields: readonly Field[] }>> = {
  START_REVIEW: { mutation: StartReview, fields: [] },
  APPROVE: { mutation: Approve, fields: ['level', 'note'] },
  DISQUALIFY: { mutation: Disqualify, fields: ['level', 'reason'] },
  CONFIRM_FORMAL: { mutation: ConfirmFormal, fields: ['commitmentsSignedOn', 'lateReason'] },
  WITHDRAW: { mutation: Withdraw, fields: ['initiator', 'on', 'reason', 'lateReason'] },
};

const DATES: readonly Field[] = ['commitmentsSignedOn', 'on'];
const OPTIONAL: readonly Field[] = ['note', 'lateReason', 'commitmentsSignedOn'];
const INITIATORS = ['CANDIDATE', 'ELECTION_COMMITTEE', 'UPPER_BODY'] as const;

export interface CandidateTarget {
  id: string;
  version: number;
  name: string;
  /** The review levels the election's rules ask for, in order. */
  reviewLevels: readonly string[];
}

/** One candidate step's form: its fields, validated; a refusal in the reader's language. */
export function CandidateStepForm({ event, target, onClose }: { event: string; target: CandidateTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const spec = CANDIDATE_STEPS[event]!;
  const [form] = Form.useForm<Partial<Record<Field, unknown>>>();
  const [result, run] = useMutation(spec.mutation);
  const [showError, setShowError] = useState(true);
  const step = eventName(t, 'candidate', event);
  const label = (f: Field) => t(`elections.candidateStep.${f}`);

  const submit = async (values: Partial<Record<Field, unknown>>) => {
    const input: Record<string, unknown> = { id: target.id, expectedVersion: target.version };
    for (const f of spec.fields) {
      const v = values[f];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
      input[f] = DATES.includes(f) ? (v as Dayjs).format('YYYY-MM-DD') : typeof v === 'string' ? v.trim() : v;
    }
    setShowError(true);
    const answer = await run({ input });
    if (!answer.error) {
      void message.success(t('elections.step.done', { step }));
      onClose();
    }
  };

  return (
    <Modal
      open
      title={`${step}：${target.name}`}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {showError && <RefusalAlert error={result.error} onClose={() => setShowError(false)} />}
      {spec.fields.length === 0 && <Typography.Paragraph>{t('elections.step.confirm', { step })}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ on: dayjs(), commitmentsSignedOn: dayjs(), level: target.reviewLevels[0] }}
      >
        {spec.fields.map((f) => {
          const rules = OPTIONAL.includes(f) ? [] : [{ required: true, message: t('elections.step.required', { field: label(f) }) }];
          const control =
            f === 'level' ? (
              <Select options={target.reviewLevels.map((l) => ({ value: l, label: t(`vocab.reviewLevel.${l}`) }))} />
            ) : f === 'initiator' ? (
              <Select options={INITIATORS.map((i) => ({ value: i, label: t(`vocab.withdrawalInitiator.${i}`) }))} />
            ) : DATES.includes(f) ? (
              <DatePicker style={{ width: '100%' }} />
            ) : (
              <Input.TextArea rows={f === 'lateReason' ? 2 : 3} maxLength={2000} />
            );
          return (
            <Form.Item key={f} name={f} label={label(f)} rules={rules}>
              {control}
            </Form.Item>
          );
        })}
      </Form>
    </Modal>
  );
}
