import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Radio, Row, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { RefusalAlert } from '../../components/RefusalAlert';
import { useCoverage } from './data';
import { AssignTeamMutation, CreateTeamMutation, JurisdictionsQuery } from './queries';

const KINDS = ['SUPERVISION', 'GUIDANCE', 'INSPECTION', 'OBSERVERS'] as const;

/** 新建督导组 (the office): a name, a kind, the jurisdiction sending it. */
function CreateTeamModal({ jurisdictions, onClose }: { jurisdictions: { id: string; name: string }[]; onClose(done: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; kind: (typeof KINDS)[number]; jurisdictionId: string }>();
  const [result, create] = useMutation(CreateTeamMutation);
  return (
    <Modal
      open
      title={t('supervision.teams.create')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <RefusalAlert error={result.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'SUPERVISION' }}
        onFinish={async (values) => {
          const answer = await create({ input: { name: values.name.trim(), kind: values.kind, jurisdictionId: values.jurisdictionId } });
          if (!answer.error) onClose(true);
        }}
      >
        <Form.Item
          name="name"
          label={t('supervision.teams.name')}
          rules={[{ required: true, whitespace: true, message: t('supervision.teams.nameRequired') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('supervision.teams.kind')} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`vocab.teamKind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="jurisdictionId"
          label={t('supervision.teams.jurisdiction')}
          rules={[{ required: true, message: t('supervision.teams.jurisdictionRequired') }]}
        >
          <Select showSearch optionFilterProp="label" options={jurisdictions.map((j) => ({ value: j.id, label: j.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 分配负责范围 (the office): one election, or a jurisdiction and everything below it. */
function AssignModal({
  teamId,
  elections,
  jurisdictions,
  onClose,
}: {
  teamId: string;
  elections: { id: string; name: string }[];
  jurisdictions: { id: string; name: string }[];
  onClose(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ what: 'election' | 'jurisdiction'; target: string }>();
  const what = Form.useWatch('what', form) ?? 'jurisdiction';
  const [result, assign] = useMutation(AssignTeamMutation);
  return (
    <Modal
      open
      title={t('supervision.teams.assign')}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onCancel={() => onClose(false)}
      onOk={() => form.submit()}
    >
      <RefusalAlert error={result.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ what: 'jurisdiction' }}
        onFinish={async (values) => {
          const input = values.what === 'election' ? { teamId, electionId: values.target } : { teamId, jurisdictionId: values.target };
          const answer = await assign({ input });
          if (!answer.error) onClose(true);
        }}
      >
        <Form.Item name="what" label={t('supervision.teams.assignWhat')}>
          <Radio.Group
            onChange={() => form.setFieldValue('target', undefined)}
            options={[
              { value: 'jurisdiction', label: t('supervision.teams.assignJurisdiction') },
              { value: 'election', label: t('supervision.teams.assignElection') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="target"
          label={t(what === 'election' ? 'supervision.common.election' : 'supervision.teams.jurisdiction')}
          rules={[{ required: true }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={(what === 'election' ? elections : jurisdictions).map((x) => ({ value: x.id, label: x.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 督导组: each team, its leader and members, and what it covers; the office sets teams up and assigns them. */
export function TeamsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const coverage = useCoverage();
  const manages = roleHasPermission(me.role, 'supervision.manage');
  const [places] = useQuery({ query: JurisdictionsQuery });
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState<string | null>(null);
  const jurisdictions = places.data?.jurisdictions.edges.map((e) => e.node) ?? [];
  const placeName = (id: string) => jurisdictions.find((j) => j.id === id)?.name ?? '—';
  const elections = coverage.all.map((e) => ({ id: e.id, name: `${e.organization.name}（${e.jurisdiction.name}）` }));
  const done = (ok: boolean, text: string) => {
    setCreating(false);
    setAssigning(null);
    if (ok) void message.success(text);
  };
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3}>{t('supervision.teams.title')}</Typography.Title>
        {manages && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('supervision.teams.create')}
          </Button>
        )}
      </Space>
      <RefusalAlert error={coverage.error} />
      {!coverage.fetching && coverage.teams.length === 0 && <Empty description={t('supervision.teams.empty')} />}
      <Row gutter={[16, 16]}>
        {coverage.teams.map((team) => (
          <Col key={team.id} xs={24} lg={12}>
            <Card
              title={team.name}
              extra={<Tag color="blue">{t(`vocab.teamKind.${team.kind}`)}</Tag>}
              actions={
                manages
                  ? [
                      <Button key="assign" type="link" onClick={() => setAssigning(team.id)}>
                        {t('supervision.teams.assign')}
                      </Button>,
                    ]
                  : undefined
              }
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('supervision.teams.jurisdiction')}>{placeName(team.jurisdictionId)}</Descriptions.Item>
                <Descriptions.Item label={t('supervision.teams.leader')}>
                  {team.members.find((m) => m.id === team.leaderId)?.displayName ?? t('supervision.teams.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('supervision.teams.members')}>
                  {team.members.length ? team.members.map((m) => m.displayName).join('、') : t('supervision.teams.none')}
                </Descriptions.Item>
                <Descriptions.Item label={t('supervision.teams.assignments')}>
                  {team.assignments.length ? (
                    <Space direction="vertical" size={2}>
                      {team.assignments.map((a) => (
                        <span key={`${a.electionId ?? ''}${a.jurisdictionId ?? ''}`}>
                          {a.electionId
                            ? t('supervision.teams.electionAssignment', { name: coverage.electionName(a.electionId) })
                            : t('supervision.teams.jurisdictionAssignment', { name: placeName(a.jurisdictionId ?? '') })}
                        </span>
                      ))}
                    </Space>
                  ) : (
                    t('supervision.teams.none')
                  )}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        ))}
      </Row>
      {creating && <CreateTeamModal jurisdictions={jurisdictions} onClose={(ok) => done(ok, t('supervision.teams.created'))} />}
      {assigning && (
        <AssignModal
          teamId={assigning}
          elections={elections}
          jurisdictions={jurisdictions}
          onClose={(ok) => done(ok, t('supervision.teams.assigned'))}
        />
      )}
    </div>
  );
}
