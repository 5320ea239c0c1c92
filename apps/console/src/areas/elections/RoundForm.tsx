import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import type { RuleProfile } from '@scrutineer/domain/rules/profile';
import { Alert, App, Card, Checkbox, Col, Descriptions, Form, InputNumber, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { eventName } from '../../components/ActionBar';
import { RefusalAlert } from '../../components/RefusalAlert';
import { formatReason } from '../../reasons/format-reason';
import { RecordRound } from './steps';
import { previewRound, toRoundInput, type Preview, type RoundFormValues } from './tally-preview';

/** One post on the ballot of this round: its open seats and who stands. */
export interface BallotPost {
  post: string;
  seats: number;
  candidates: { id: string; name: string }[];
}

export interface RoundTarget {
  id: string;
  version: number;
  profile: RuleProfile;
  posts: BallotPost[];
  /** A re-vote among the tied is owed. */
  revote: boolean;
  kind: 'REGULAR' | 'EXTRA';
  registered: number | null;
}

const NUMBER_FIELDS = [
  ['attendance', ['registered', 'entitled', 'presentInPerson', 'presentByProxy', 'presentByMobileBox']],
  ['ballots', ['ballotsIssued', 'ballotsReturned', 'ballotsInvalid', 'maxProxiesPerHolder']],
] as const;

type Numbers = Record<string, number | null | undefined>;

/** The round's values from the form's numbers and the ballot it stands for. */
function roundValues(target: RoundTarget, kind: 'REGULAR' | 'EXTRA', revote: boolean, numbers: Numbers): RoundFormValues {
  return {
    kind,
    revote,
    registered: numbers.registered,
    entitled: numbers.entitled,
    presentInPerson: numbers.presentInPerson,
    presentByProxy: numbers.presentByProxy,
    presentByMobileBox: numbers.presentByMobileBox,
    ballotsIssued: numbers.ballotsIssued,
    ballotsReturned: numbers.ballotsReturned,
    ballotsInvalid: numbers.ballotsInvalid,
    maxProxiesPerHolder: numbers.maxProxiesPerHolder,
    posts: target.posts.map((p, i) => ({
      post: p.post,
      seats: p.seats,
      votes: p.candidates.map((c, j) => ({ candidateId: c.id, votes: numbers[`votes_${i}_${j}`] })),
    })),
  };
}

const Ok = ({ ok }: { ok: boolean }) =>
  ok ? <CheckCircleTwoTone twoToneColor="#389e0d" aria-hidden /> : <CloseCircleTwoTone twoToneColor="#cf1322" aria-hidden />;

/** The live preview: what the domain's tally rules make of the numbers as they stand. */
function PreviewPanel({ preview, names }: { preview: Preview; names: Map<string, string> }) {
  const { t } = useTranslation();
  if (preview.status === 'incomplete') return <Typography.Text type="secondary">{t('elections.round.incomplete')}</Typography.Text>;
  if (preview.status === 'inconsistent') {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('elections.round.inconsistent')}
        description={preview.problems.map((p, i) => (
          <div key={i}>
            {t(`elections.round.problems.${p.key}`, {
              ...p.values,
              field: p.key === 'wholeNumber' ? t(`elections.round.fields.${String(p.values.field)}`) : undefined,
            })}
          </div>
        ))}
      />
    );
  }
  const { result, margins } = preview;
  const name = (id: string) => names.get(id) ?? id;
  const quorum = result.decisions.find((d) => d.rule === 'quorum');
  const outcomeColour = result.outcome === 'COMPLETE' ? 'green' : result.outcome === 'INCOMPLETE' ? 'orange' : 'red';
  return (
    <div data-testid="tally-preview">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('elections.round.outcome')}</Typography.Text>
        <Tag color={outcomeColour}>{t(`vocab.tallyOutcome.${result.outcome}`)}</Tag>
      </Space>
      <Descriptions size="small" column={1} bordered>
        {quorum && (
          <Descriptions.Item label={t('elections.round.quorum')}>
            <Ok ok={quorum.ok} /> {formatReason({ ...quorum, citation: null }, t)}
          </Descriptions.Item>
        )}
        {result.posts.length > 0 && (
          <Descriptions.Item label={t('elections.round.threshold')}>
            {result.posts.map((p) => (
              <div key={p.post}>{t('elections.round.thresholdValue', { post: p.post, minimum: p.threshold.minimum })}</div>
            ))}
          </Descriptions.Item>
        )}
        {margins.length > 0 && (
          <Descriptions.Item label={t('elections.round.margin')}>
            {margins.map((m) => (
              <div key={m.post}>
                <Ok ok={m.ok} /> {t('elections.round.marginValue', { ...m })} ·{' '}
                {m.ok ? t('elections.round.ok') : t('elections.round.notOk')}
              </div>
            ))}
          </Descriptions.Item>
        )}
        {result.posts.map((p) => (
          <Descriptions.Item key={p.post} label={`${p.post}（${t('elections.round.seats', { seats: p.seats })}）`}>
            <div>
              {t('elections.round.electedPreview')}：
              {p.elected.length ? p.elected.map((e) => `${name(e.candidateId)}（${e.votes}）`).join('、') : t('elections.round.nobody')}
            </div>
            {p.tied.length > 0 && (
              <div>
                {t('elections.round.tiedPreview')}：{p.tied.map((e) => `${name(e.candidateId)}（${e.votes}）`).join('、')}
              </div>
            )}
            {p.unfilled > 0 && <div>{t('elections.round.unfilledPreview', { count: p.unfilled })}</div>}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {result.violations.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          message={t('elections.round.violations')}
          description={result.violations.map((v) => (
            <div key={v.rule}>{formatReason({ ...v, citation: null }, t)}</div>
          ))}
        />
      )}
    </div>
  );
}

/** Enter a round's tally; the preview follows every number typed, the server decides on submit. */
export function RoundForm({ target, onClose }: { target: RoundTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Numbers>();
  const [kind, setKind] = useState<'REGULAR' | 'EXTRA'>(target.kind);
  const [revote, setRevote] = useState(target.revote);
  const initial: Numbers = {
    registered: target.registered ?? undefined,
    presentByProxy: 0,
    presentByMobileBox: 0,
    ballotsInvalid: 0,
    maxProxiesPerHolder: 0,
  };
  const [numbers, setNumbers] = useState<Numbers>(initial);
  const [result, run] = useMutation(RecordRound);
  const [showError, setShowError] = useState(true);
  const values = roundValues(target, kind, revote, numbers);
  // Recomputed whenever a number changes (values is rebuilt each render; its JSON is the dependency).
  const valuesKey = JSON.stringify(values);
  const preview = useMemo(() => previewRound(target.profile, JSON.parse(valuesKey) as RoundFormValues), [target.profile, valuesKey]);
  const names = useMemo(() => new Map(target.posts.flatMap((p) => p.candidates.map((c) => [c.id, c.name] as const))), [target.posts]);
  const step = eventName(t, 'election', 'RECORD_ROUND');

  const submit = async () => {
    const round = toRoundInput(values);
    if (!round) return;
    setShowError(true);
    const answer = await run({
      input: {
        id: target.id,
        expectedVersion: target.version,
        kind: round.kind,
        revote: round.revote,
        registered: round.registered,
        entitled: round.entitled,
        presentInPerson: round.present.inPerson,
        presentByProxy: round.present.byProxy,
        presentByMobileBox: round.present.byMobileBox,
        ballotsIssued: round.ballotsIssued,
        ballotsReturned: round.ballotsReturned,
        ballotsInvalid: round.ballotsInvalid,
        maxProxiesPerHolder: round.maxProxiesPerHolder,
        posts: round.posts,
      },
    });
    if (!answer.error) {
      void message.success(t('elections.step.done', { step }));
      onClose();
    }
  };

  const numberItem = (name: string, label: string) => (
    <Col xs={12} sm={8} key={name}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: t('elections.step.required', { field: label }) }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Modal
      open
      title={t('elections.round.title')}
      okText={t('elections.round.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={result.fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={{ xs: '100%', lg: 1040 }}
      destroyOnHidden
    >
      {showError && <RefusalAlert error={result.error} onClose={() => setShowError(false)} />}
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={14}>
          <Form
            form={form}
            layout="vertical"
            initialValues={initial}
            onValuesChange={(_, all) => setNumbers(all)}
            onFinish={() => void submit()}
          >
            <Space wrap style={{ marginBottom: 12 }}>
              <span>{t('elections.round.kind')}</span>
              <Select
                aria-label={t('elections.round.kind')}
                value={kind}
                onChange={setKind}
                style={{ minWidth: 140 }}
                options={(['REGULAR', 'EXTRA'] as const).map((k) => ({ value: k, label: t(`vocab.roundKind.${k}`) }))}
              />
              <Checkbox checked={revote} onChange={(e) => setRevote(e.target.checked)}>
                {t('elections.round.revote')}
              </Checkbox>
            </Space>
            {NUMBER_FIELDS.map(([group, fields]) => (
              <div key={group}>
                <Typography.Title level={5}>{t(`elections.round.${group}`)}</Typography.Title>
                <Row gutter={12}>{fields.map((f) => numberItem(f, t(`elections.round.${f}`)))}</Row>
              </div>
            ))}
            <Typography.Title level={5}>{t('elections.round.votes')}</Typography.Title>
            {target.posts.map((p, i) => (
              <Card
                key={p.post}
                size="small"
                title={`${p.post}（${t('elections.round.seats', { seats: p.seats })}）`}
                style={{ marginBottom: 12 }}
              >
                <Row gutter={12}>{p.candidates.map((c, j) => numberItem(`votes_${i}_${j}`, c.name))}</Row>
              </Card>
            ))}
          </Form>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('elections.round.preview')}>
            <Typography.Paragraph type="secondary">{t('elections.round.previewHint')}</Typography.Paragraph>
            <PreviewPanel preview={preview} names={names} />
          </Card>
        </Col>
      </Row>
    </Modal>
  );
}
