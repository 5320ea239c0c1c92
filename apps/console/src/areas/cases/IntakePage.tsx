import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './cases.css';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { RefusalAlert } from '../../components/RefusalAlert';
import { graphql } from '../../gql';
import type { CaseCategory, CaseChannel, CaseKind, RegisterCaseInput } from '../../gql/graphql';
import { LATE_ENTRY_DAYS, needsLateReason } from './steps';

const RegisterCase = graphql(`
  mutation RegisterCase($input: RegisterCaseInput!) {
    registerCase(input: $input) {
      pin
      case {
        id
        trackingCode
        title
      }
    }
  }
`);

const IntakeChoices = graphql(`
  query IntakeChoices {
    jurisdictions(first: 100) {
      edges {
        node {
          id
          name
          levelLabel
          depth
        }
      }
    }
    elections(first: 100) {
      edges {
        node {
          id
          electionDay
          organization {
            name
          }
          jurisdiction {
            name
          }
        }
      }
    }
  }
`);

const KINDS: CaseKind[] = ['PETITION', 'REPORT', 'OBJECTION', 'ENQUIRY'];
const CHANNELS: CaseChannel[] = ['LETTER', 'VISIT', 'HOTLINE', 'SUPERVISION_PHONE', 'ONLINE', 'REPORTING_BOX', 'OPINION_BOX', 'IN_PERSON'];
const CATEGORIES: CaseCategory[] = [
  'BRIBERY',
  'CANVASSING',
  'CLAN_INTERFERENCE',
  'INTIMIDATION',
  'PROCEDURE',
  'ELIGIBILITY',
  'VOTER_REGISTRATION',
  'COUNTING',
  'FINANCE_AUDIT',
  'LAND_COMPENSATION',
  'OTHER',
];

interface Values {
  kind: CaseKind;
  channel: CaseChannel;
  category: CaseCategory;
  title: string;
  body: string;
  receivedOn?: Dayjs;
  lateReason?: string;
  electionId?: string;
  jurisdictionId?: string;
  blocking: 'default' | 'yes' | 'no';
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
}

const today = () => dayjs().format('YYYY-MM-DD');
const clean = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** The registerCase input from the form: identity only when something was given (else anonymous). */
export function intakeInput(v: Values): RegisterCaseInput {
  const identity = { name: clean(v.name), phone: clean(v.phone), idNumber: clean(v.idNumber), address: clean(v.address) };
  const given = Object.values(identity).some(Boolean);
  const receivedOn = v.receivedOn?.format('YYYY-MM-DD');
  return {
    kind: v.kind,
    channel: v.channel,
    category: v.category,
    title: v.title.trim(),
    body: v.body.trim(),
    subject: { electionId: v.electionId || undefined, jurisdictionId: v.electionId ? undefined : v.jurisdictionId || undefined },
    ...(receivedOn ? { receivedOn } : {}),
    ...(clean(v.lateReason) ? { lateReason: clean(v.lateReason) } : {}),
    ...(v.blocking === 'default' ? {} : { blocking: v.blocking === 'yes' }),
    ...(given ? { identity: Object.fromEntries(Object.entries(identity).filter(([, x]) => x)) } : {}),
  };
}

/**
 * Staff entry of a case received by the unit (letter, visit, hotline …). The PIN is shown once, in a
 * dialog that says so; then the case page opens.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data: choices }] = useQuery({ query: IntakeChoices });
  const [{ fetching, error }, register] = useMutation(RegisterCase);
  const [saved, setSaved] = useState<{ id: string; trackingCode: string; pin: string } | null>(null);
  const receivedOn = Form.useWatch('receivedOn', form);
  const late = needsLateReason(receivedOn?.format('YYYY-MM-DD'), today());
  const required = (field: string) => ({ required: true, whitespace: true, message: t('cases.validation.required', { field: t(field) }) });
  const choose = (field: string) => ({ required: true, message: t('cases.validation.choose', { field: t(field) }) });
  const max = (field: string, n: number) => ({ max: n, message: t('cases.validation.tooLong', { field: t(field), max: n }) });

  const onFinish = async (values: Values) => {
    const res = await register({ input: intakeInput(values) });
    const done = res.data?.registerCase;
    if (done) setSaved({ id: done.case.id, trackingCode: done.case.trackingCode, pin: done.pin });
  };

  return (
    <div>
      <Typography.Title level={3}>{t('cases.intake.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.intake.intro')}</Typography.Paragraph>
      <RefusalAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ kind: 'PETITION', blocking: 'default', receivedOn: dayjs() }}
        scrollToFirstError
      >
        <Card>
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <Form.Item name="kind" label={t('cases.field.kind')} rules={[choose('cases.field.kind')]}>
                <Select options={KINDS.map((k) => ({ value: k, label: t(`vocab.caseKind.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="channel" label={t('cases.field.channel')} rules={[choose('cases.field.channel')]}>
                <Select options={CHANNELS.map((k) => ({ value: k, label: t(`vocab.caseChannel.${k}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="category" label={t('cases.field.category')} rules={[choose('cases.field.category')]}>
                <Select options={CATEGORIES.map((k) => ({ value: k, label: t(`vocab.caseCategory.${k}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="title" label={t('cases.field.title')} rules={[required('cases.field.title'), max('cases.field.title', 200)]}>
            <Input maxLength={200} showCount />
          </Form.Item>
          <Form.Item name="body" label={t('cases.field.body')} rules={[required('cases.field.body'), max('cases.field.body', 20000)]}>
            <Input.TextArea rows={5} maxLength={20000} />
          </Form.Item>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="electionId" label={t('cases.field.subjectElection')} extra={t('cases.intake.subjectHelp')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={(choices?.elections.edges ?? []).map(({ node: e }) => ({
                    value: e.id,
                    label: `${e.organization.name}（${e.electionDay}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="jurisdictionId" label={t('cases.field.subjectJurisdiction')}>
                <Select
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  options={(choices?.jurisdictions.edges ?? []).map(({ node: j }) => ({
                    value: j.id,
                    label: `${j.name}（${j.levelLabel}）`,
                  }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="receivedOn"
                label={t('cases.field.receivedOn')}
                rules={[
                  {
                    validator: (_, v: Dayjs | undefined) =>
                      v && v.isAfter(dayjs(), 'day') ? Promise.reject(new Error(t('cases.validation.future'))) : Promise.resolve(),
                  },
                ]}
              >
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="blocking" label={t('cases.field.blocking')} extra={t('cases.field.blockingHelp')}>
                <Radio.Group
                  options={[
                    { value: 'default', label: t('cases.field.blockingDefault') },
                    { value: 'yes', label: t('common.yes') },
                    { value: 'no', label: t('common.no') },
                  ]}
                />
              </Form.Item>
            </Col>
          </Row>
          {late && (
            <Form.Item
              name="lateReason"
              label={t('cases.field.lateReason')}
              extra={t('cases.field.lateReasonHelp', { days: LATE_ENTRY_DAYS })}
              rules={[{ required: true, whitespace: true, message: t('cases.validation.lateReason', { days: LATE_ENTRY_DAYS }) }]}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          )}
        </Card>
        <Card title={t('cases.field.identity')} style={{ marginTop: 16 }}>
          <Typography.Paragraph type="secondary">{t('cases.field.identityOptional')}</Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item name="name" label={t('cases.field.name')} rules={[max('cases.field.name', 100)]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="phone"
                label={t('cases.field.phone')}
                rules={[{ pattern: /^\s*\+?[0-9][0-9 -]{2,39}\s*$/, message: t('cases.validation.phone') }]}
              >
                <Input autoComplete="off" inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                name="idNumber"
                label={t('cases.field.idNumber')}
                rules={[{ pattern: /^\s*(\d{15}|\d{17}[\dXx])\s*$/, message: t('cases.validation.idNumber') }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="address" label={t('cases.field.address')} rules={[max('cases.field.address', 300)]}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Button type="primary" htmlType="submit" loading={fetching} style={{ marginTop: 16 }}>
          {t('cases.intake.submit')}
        </Button>
      </Form>
      <Modal
        open={Boolean(saved)}
        title={t('cases.intake.pinTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => saved && navigate(`/cases/${saved.id}`)}>
            {t('cases.intake.pinDone')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('cases.intake.pinWarning')} style={{ marginBottom: 16 }} />
        {saved && (
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('cases.intake.trackingCode')}>
              <Typography.Text copyable strong data-testid="tracking-code">
                {saved.trackingCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('cases.intake.pin')}>
              <Typography.Text copyable strong style={{ fontSize: 20, letterSpacing: 2 }} data-testid="pin">
                {saved.pin}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        )}
      </Modal>
    </div>
  );
}
