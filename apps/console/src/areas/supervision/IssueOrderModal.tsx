import { dueDayProblem } from '@scrutineer/domain/calendar/given-date';
import { App, DatePicker, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { RefusalAlert } from '../../components/RefusalAlert';
import { formatReason } from '../../reasons/format-reason';
import { beijingToday } from './format';
import { IssueOrderMutation } from './queries';

interface Values {
  observationId?: string;
  requirement: string;
  dueOn: Dayjs;
  blocking: boolean;
  teamId?: string;
}

/**
 * 下发整改通知: from an observation or a site's summary, to the election observed. The due day is checked
 * here at once with the domain's own rule; the server still decides (and may refuse, in Chinese).
 */
export function IssueOrderModal({
  open,
  onClose,
  electionId,
  electionName,
  observations,
  defaultObservationId,
  teams,
}: {
  open: boolean;
  onClose(): void;
  electionId: string;
  electionName: string;
  observations: { id: string; label: string }[];
  defaultObservationId?: string;
  teams: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [result, issue] = useMutation(IssueOrderMutation);
  const today = beijingToday();

  const submit = async (values: Values) => {
    const answer = await issue({
      input: {
        electionId,
        observationId: values.observationId || null,
        requirement: values.requirement.trim(),
        dueOn: values.dueOn.format('YYYY-MM-DD'),
        blocking: values.blocking,
        teamId: values.teamId ?? null,
      },
    });
    const order = answer.data?.issueRectificationOrder;
    if (order) {
      void message.success(t('supervision.issue.issued'));
      onClose();
      navigate(`/supervision/orders/${order.id}`);
    }
  };

  return (
    <Modal
      open={open}
      title={t('supervision.issue.title')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('supervision.common.election')}：{electionName}
      </Typography.Paragraph>
      <RefusalAlert error={result.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ observationId: defaultObservationId, blocking: false, dueOn: dayjs(today).add(7, 'day') }}
      >
        {observations.length > 0 && (
          <Form.Item name="observationId" label={t('supervision.issue.observation')}>
            <Select
              allowClear
              placeholder={t('supervision.issue.observationNone')}
              options={observations.map((o) => ({ value: o.id, label: o.label }))}
            />
          </Form.Item>
        )}
        {teams.length > 1 && (
          <Form.Item name="teamId" label={t('supervision.issue.team')} rules={[{ required: true }]}>
            <Select options={teams.map((team) => ({ value: team.id, label: team.name }))} />
          </Form.Item>
        )}
        <Form.Item
          name="requirement"
          label={t('supervision.issue.requirement')}
          rules={[{ required: true, whitespace: true, message: t('supervision.issue.requirementRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label={t('supervision.issue.dueOn')}
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
        <Form.Item name="blocking" label={t('supervision.issue.blocking')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
