import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { eventName } from '../../components/ActionBar';
import { RefusalAlert } from '../../components/RefusalAlert';
import { DATE_FIELDS, STEPS, stepInput, type StepField, type StepValues } from './steps';

export interface StepTarget {
  id: string;
  version: number;
  /** Objections still to answer (ANSWER_OBJECTION). */
  openObjections: { number: number; receivedOn: string; summary: string }[];
  /** Whether the quorum counts those present: OPEN_POLLING asks for the attendance then. */
  attendanceQuorum: boolean;
}

const PREPARATION_ITEMS = ['COMMITTEE_FORMED', 'RULES_ADOPTED', 'AUDIT_PUBLISHED'] as const;

type Values = StepValues;

/** The form of one election step: its fields, validated; a refusal shown in the reader's language. */
export function StepForm({ event, target, onClose }: { event: string; target: StepTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const spec = STEPS[event]!;
  const [form] = Form.useForm<Values>();
  const [result, run] = useMutation(spec.mutation);
  const [shownError, setShownError] = useState(true);
  const step = eventName(t, 'election', event);
  const fieldLabel = (field: StepField): string => {
    switch (field) {
      case 'on':
      case 'publishedOn':
      case 'receivedOn':
      case 'answeredOn':
      case 'postedOn':
      case 'electionDay':
        return field === 'electionDay' && event !== 'RESCHEDULE'
          ? t('elections.step.electionDay')
          : t(`vocab.field.${field}`, { defaultValue: t('elections.step.date') });
      default:
        return t(`elections.step.${field}`);
    }
  };
  const required = (field: StepField | string) => [
    { required: true, message: t('elections.step.required', { field: field.includes('.') ? t(field) : fieldLabel(field as StepField) }) },
  ];

  const submit = async (values: Values) => {
    setShownError(true);
    const answer = await run({ input: stepInput(target, spec.fields, values) });
    if (!answer.error) {
      void message.success(t('elections.step.done', { step }));
      onClose();
    }
  };

  const today = dayjs();
  return (
    <Modal
      open
      title={step}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {shownError && <RefusalAlert error={result.error} onClose={() => setShownError(false)} />}
      {spec.fields.length === 0 && <Typography.Paragraph>{t('elections.step.confirm', { step })}</Typography.Paragraph>}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={Object.fromEntries(
          spec.fields.filter((f) => DATE_FIELDS.includes(f) && f !== 'electionDay').map((f) => [f, today] as const),
        )}
      >
        {spec.fields.map((field) => {
          switch (field) {
            case 'reason':
              return (
                <Form.Item
                  key={field}
                  name={field}
                  label={fieldLabel(field)}
                  extra={t('elections.step.reasonHint')}
                  rules={required(field)}
                >
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
              );
            case 'summary':
            case 'outcome':
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} rules={required(field)}>
                  <Input.TextArea rows={3} maxLength={2000} />
                </Form.Item>
              );
            case 'lateReason':
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} extra={t('elections.step.lateReasonHint')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              );
            case 'item':
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} rules={required(field)}>
                  <Select options={PREPARATION_ITEMS.map((i) => ({ value: i, label: t(`vocab.preparationItem.${i}`) }))} />
                </Form.Item>
              );
            case 'registered':
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} rules={required(field)}>
                  <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              );
            case 'objection':
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} rules={required(field)}>
                  <Select
                    options={target.openObjections.map((o) => ({
                      value: o.number,
                      label: t('elections.step.objectionOption', { number: o.number, receivedOn: o.receivedOn, summary: o.summary }),
                    }))}
                  />
                </Form.Item>
              );
            case 'attendance':
              return target.attendanceQuorum ? (
                <div key={field}>
                  <Typography.Paragraph type="secondary">{t('elections.step.attendanceHint')}</Typography.Paragraph>
                  <Form.Item name="entitled" label={t('elections.step.entitled')} rules={required('elections.step.entitled')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  <Form.Item name="present" label={t('elections.step.present')} rules={required('elections.step.present')}>
                    <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </div>
              ) : null;
            case 'secretBoothReady':
              return (
                <Form.Item key={field} name={field} valuePropName="checked">
                  <Checkbox>{t('elections.step.secretBoothReady')}</Checkbox>
                </Form.Item>
              );
            default:
              return (
                <Form.Item key={field} name={field} label={fieldLabel(field)} rules={required(field)}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              );
          }
        })}
      </Form>
    </Modal>
  );
}
