import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { RuleProfile } from '@scrutineer/domain/rules/profile';
import { Alert, Breadcrumb, Card, Col, Descriptions, List, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ActionBar, eventName, type ActionHandlers } from '../../components/ActionBar';
import { AuditTrail } from '../../components/AuditTrail';
import { DueTag } from '../../components/DueTag';
import { RefusalAlert } from '../../components/RefusalAlert';
import { StateTag, stateName } from '../../components/StateTag';
import type { ElectionPageQuery as ElectionPageData } from '../../gql/graphql';
import { useMe } from '../../auth/AuthProvider';
import { formatReason } from '../../reasons/format-reason';
import { CANDIDATE_STEPS, CandidateStepForm } from './CandidateStepForm';
import { ElectionPageQuery } from './documents';
import { LifecycleDiagram } from './LifecycleDiagram';
import { RoundForm, type RoundTarget } from './RoundForm';
import { StepForm, type StepTarget } from './StepForm';
import { STEPS, withFormAnswers } from './steps';
import { daysUntil } from './due';

type Election = ElectionPageData['election'];

type Candidate = Election['candidates'][number];

/** What the next round is about: a re-vote among the tied, else every post with open seats and its formal candidates. */
export function roundTarget(e: Election): RoundTarget {
  const name = new Map(e.candidates.map((c) => [c.id, c.name]));
  const counted = e.rounds.filter((r) => (r.outcome === 'COMPLETE' || r.outcome === 'INCOMPLETE') && !r.revote);
  const posts =
    e.ties.length > 0
      ? e.ties.map((tie) => ({
          post: tie.post,
          seats: tie.seats,
          candidates: tie.candidateIds.map((id) => ({ id, name: name.get(id) ?? id })),
        }))
      : e.vacancies
          .filter((v) => v.seats > 0)
          .map((v) => ({
            post: v.post,
            seats: v.seats,
            candidates: e.candidates.filter((c) => c.post === v.post && c.state === 'formal').map((c) => ({ id: c.id, name: c.name })),
          }));
  return {
    id: e.id,
    version: e.version,
    profile: e.profile.data as unknown as RuleProfile,
    posts,
    revote: e.ties.length > 0,
    kind: e.ties.length > 0 ? (counted.at(-1)?.kind ?? 'REGULAR') : counted.length > 0 ? 'EXTRA' : 'REGULAR',
    registered: e.roll.registered ?? e.organization.memberCount,
  };
}

/** The states the election passed through, from its history. */
export function visitedStates(e: Pick<Election, 'history'>): Set<string> {
  return new Set(e.history.edges.flatMap(({ node }) => [node.fromState, node.toState]).filter((s): s is string => Boolean(s)));
}

/** The election's history, readable: when, who (as what), which step, from which state to which. */
function History({ election }: { election: Election }) {
  const { t } = useTranslation();
  return (
    <Timeline
      items={election.history.edges.map(({ node }) => ({
        key: node.id,
        color: node.recordedLate ? 'orange' : 'blue',
        children: (
          <div>
            <Typography.Text type="secondary">{dayjs(node.at).format('YYYY-MM-DD HH:mm')}</Typography.Text> {node.actor.label}
            {node.actor.role ? `（${t(`roles.${node.actor.role}`)}）` : ''}：{eventName(t, 'election', node.action)}
            {node.toState && node.fromState !== node.toState ? (
              <span>
                {' '}
                {node.fromState ? `${stateName(t, 'election', node.fromState)} → ` : ''}
                {stateName(t, 'election', node.toState)}
              </span>
            ) : null}
            {node.recordedLate ? (
              <Tag color="orange" style={{ marginLeft: 8 }}>
                {t('audit.recordedLate')}
              </Tag>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}

function Findings({ candidate }: { candidate: Candidate }) {
  const { t } = useTranslation();
  return (
    <div>
      {candidate.findings.length === 0 ? (
        <Typography.Text type="secondary">{t('elections.page.noFindings')}</Typography.Text>
      ) : (
        candidate.findings.map((f) => (
          <div key={f.rule}>
            <Tag color={f.effect === 'INELIGIBLE' ? 'red' : 'orange'}>
              {t(`vocab.eligibilityEffect.${f.effect}`, { defaultValue: f.effect })}
            </Tag>
            {formatReason({ rule: f.rule, message: f.message, citation: f.citation, values: f.values }, t)}
          </div>
        ))
      )}
      {candidate.reviews.map((r) => (
        <div key={`${r.level}-${r.on}`}>
          <Typography.Text type="secondary">
            {r.on} {t(`vocab.reviewLevel.${r.level}`)}：{t(`elections.page.reviewOutcome.${r.outcome}`, { defaultValue: r.outcome })}
            {r.note ? `（${r.note}）` : ''}
          </Typography.Text>
        </div>
      ))}
      {candidate.disqualification && (
        <div>
          <Typography.Text type="danger">
            {candidate.disqualification.on} {t(`vocab.reviewLevel.${candidate.disqualification.level}`)}：
            {candidate.disqualification.reason}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

function Candidates({ election, onStep }: { election: Election; onStep?: (candidate: Candidate, event: string) => void }) {
  const { t } = useTranslation();
  const elected = new Set(election.elected.flatMap((p) => p.candidateIds));
  if (election.candidates.length === 0) return <Typography.Text type="secondary">{t('elections.page.noCandidates')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={election.candidates}
      scroll={onStep ? { x: 960 } : undefined}
      columns={[
        { title: t('elections.page.post'), dataIndex: 'post', width: 80 },
        {
          title: t('elections.page.candidateName'),
          dataIndex: 'name',
          width: 110,
          render: (name: string, c) => (
            <span>
              {name}
              {elected.has(c.id) ? (
                <Tag color="green" style={{ marginLeft: 6 }}>
                  {t('elections.page.elected')}
                </Tag>
              ) : null}
            </span>
          ),
        },
        {
          title: t('elections.list.state'),
          dataIndex: 'state',
          width: 120,
          render: (s: string) => <StateTag machine="candidate" state={s} />,
        },
        { title: t('elections.page.route'), dataIndex: 'route', width: 100, render: (r: string) => t(`vocab.nominationRoute.${r}`) },
        { title: t('elections.page.nominatedOn'), dataIndex: 'nominatedOn', width: 110 },
        { title: t('elections.page.findings'), render: (_, c) => <Findings candidate={c} /> },
        ...(onStep
          ? [
              {
                title: t('elections.page.candidateActions'),
                width: 200,
                render: (_: unknown, c: Candidate) => (
                  <ActionBar
                    machine="candidate"
                    actions={withFormAnswers(c.availableActions ?? [])}
                    handlers={Object.fromEntries(
                      (c.availableActions ?? []).filter((a) => CANDIDATE_STEPS[a.event]).map((a) => [a.event, () => onStep(c, a.event)]),
                    )}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function Rounds({ election }: { election: Election }) {
  const { t } = useTranslation();
  const name = new Map(election.candidates.map((c) => [c.id, c.name]));
  const named = (list: { candidateId: string; votes: number }[]) =>
    list.map((v) => `${name.get(v.candidateId) ?? v.candidateId}（${v.votes}）`).join('、');
  if (election.rounds.length === 0) return <Typography.Text type="secondary">{t('elections.page.noRounds')}</Typography.Text>;
  return (
    <List
      itemLayout="vertical"
      dataSource={election.rounds}
      renderItem={(r) => (
        <List.Item key={r.number}>
          <Space wrap>
            <Typography.Text strong>
              {t('elections.page.roundTitle', { number: r.number, kind: t(`vocab.roundKind.${r.kind}`) })}
              {r.revote ? t('elections.page.revote') : ''}
            </Typography.Text>
            <Tag color={r.outcome === 'COMPLETE' ? 'green' : r.outcome === 'INCOMPLETE' ? 'orange' : 'red'}>
              {t(`vocab.tallyOutcome.${r.outcome}`, { defaultValue: r.outcome })}
            </Tag>
          </Space>
          {r.posts.map((p) => (
            <div key={p.post}>
              {p.post}：{t('elections.page.minimumVotes', { count: p.minimumVotes })}；{t('elections.page.electedNames')}{' '}
              {named(p.elected) || '—'}
              {p.tied.length ? `；${t('elections.page.tiedNames')} ${named(p.tied)}` : ''}
              {p.unfilled ? `；${t('elections.page.unfilled', { count: p.unfilled })}` : ''}
            </div>
          ))}
          {r.decisions
            .filter((d) => d.rule === 'quorum' || d.rule === 'ballots-returned')
            .map((d) => (
              <Typography.Text type="secondary" key={d.rule} style={{ display: 'block' }}>
                {formatReason({ ...d, citation: null }, t)}
              </Typography.Text>
            ))}
        </List.Item>
      )}
    />
  );
}

function Blockers({ blockers }: { blockers: NonNullable<Election['blockers']> }) {
  const { t } = useTranslation();
  if (blockers.length === 0) return <Typography.Text type="secondary">{t('elections.page.noBlockers')}</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={blockers}
      renderItem={(b) => (
        <List.Item key={b.reference}>
          <div>
            <Space wrap size={4}>
              <Typography.Text strong>{b.reference}</Typography.Text>
              <Tag>{t(`vocab.electionBlockerKind.${b.kind}`)}</Tag>
              <StateTag machine={b.kind === 'COMPLAINT_CASE' ? 'case' : 'rectification'} state={b.state} />
              <Typography.Text type="secondary">
                {t('elections.page.since')} {b.since}
              </Typography.Text>
              {b.dueOn ? <DueTag dueOn={b.dueOn} daysLeft={daysUntil(b.dueOn)} /> : null}
            </Space>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {t(`vocab.electionBlockerRule.${b.kind}`)}
            </Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}

/** One election: summary, the lifecycle from the machine, candidates, rounds, blockers and its steps. */
export function ElectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const acts = roleHasPermission(me.role, 'election.act');
  const seesBlockers = roleHasPermission(me.role, 'election.blockers');
  const [{ data, fetching, error }, reload] = useQuery({ query: ElectionPageQuery, variables: { id, withBlockers: seesBlockers, acts } });
  const close = () => {
    setOpen(null);
    setCandidateStep(null);
    reload({ requestPolicy: 'network-only' });
  };
  const [open, setOpen] = useState<string | null>(null);
  const [candidateStep, setCandidateStep] = useState<{ candidate: Candidate; event: string } | null>(null);
  const election = data?.election;
  if (!election) {
    if (error) return <RefusalAlert error={error} />;
    return fetching ? <Spin /> : <Alert type="warning" message={t('elections.page.notFound')} />;
  }
  const handlers: ActionHandlers = Object.fromEntries(
    election.availableActions.filter((a) => STEPS[a.event] || a.event === 'RECORD_ROUND').map((a) => [a.event, () => setOpen(a.event)]),
  );
  const profile = election.profile.data as unknown as RuleProfile;
  const stepTarget: StepTarget = {
    id: election.id,
    version: election.version,
    openObjections: election.roll.objections.filter((o) => !o.answeredOn),
    attendanceQuorum: profile.tally?.quorum?.measure === 'PRESENT',
  };
  const vacancies = election.vacancies.filter((v) => v.seats > 0);
  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/elections">{t('elections.list.title')}</Link> }, { title: election.organization.name }]}
      />
      <Space wrap align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {election.organization.name}
        </Typography.Title>
        <StateTag machine="election" state={election.state} />
        {election.overdueItems.map((k) => (
          <Tag color="red" key={k}>
            {t(`vocab.overdueKind.${k}`, { defaultValue: k })}
          </Tag>
        ))}
        {election.recordedLate ? <Tag color="orange">{t('elections.page.recordedLate')}</Tag> : null}
      </Space>

      <Card size="small" title={t('elections.page.actions')} style={{ marginBottom: 16 }}>
        {acts ? (
          Object.keys(handlers).length ? (
            <ActionBar machine="election" actions={withFormAnswers(election.availableActions)} handlers={handlers} />
          ) : (
            <Typography.Text type="secondary">{t('elections.page.noActions')}</Typography.Text>
          )
        ) : (
          <Typography.Text type="secondary">{t('elections.page.readOnly')}</Typography.Text>
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('elections.page.summary')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('elections.page.jurisdiction')}>{election.jurisdiction.name}</Descriptions.Item>
              <Descriptions.Item label={t('elections.page.campaign')}>{election.campaign?.name ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('elections.page.profile')}>{t(`vocab.ruleProfileId.${election.profile.id}`)}</Descriptions.Item>
              <Descriptions.Item label={t('elections.page.memberCount')}>{election.organization.memberCount}</Descriptions.Item>
              <Descriptions.Item label={t('elections.page.electionDay')}>{election.electionDay}</Descriptions.Item>
              <Descriptions.Item label={t('elections.page.seats')}>
                {election.posts.map((p) => t('elections.page.seatsValue', p)).join('，')}
              </Descriptions.Item>
              {vacancies.length > 0 && election.rounds.length > 0 && (
                <Descriptions.Item label={t('elections.page.vacancies')}>
                  {vacancies.map((p) => t('elections.page.seatsValue', p)).join('，')}
                </Descriptions.Item>
              )}
              {election.roll.publishedOn && (
                <Descriptions.Item label={t('elections.page.roll')}>
                  {t('elections.page.rollValue', { publishedOn: election.roll.publishedOn, registered: election.roll.registered ?? '—' })}
                  {election.roll.objectionsUntil ? `，${t('elections.page.objectionsUntil', { date: election.roll.objectionsUntil })}` : ''}
                </Descriptions.Item>
              )}
              {election.noticePostedOn && (
                <Descriptions.Item label={t('elections.page.noticePostedOn')}>{election.noticePostedOn}</Descriptions.Item>
              )}
              {election.pollingOpenedOn && (
                <Descriptions.Item label={t('elections.page.pollingOpenedOn')}>{election.pollingOpenedOn}</Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('elections.page.lifecycle')}>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('elections.page.lifecycleHint')}
            </Typography.Paragraph>
            <LifecycleDiagram state={election.state} visited={visitedStates(election)} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('elections.page.candidates')}>
            <Candidates election={election} onStep={acts ? (candidate, event) => setCandidateStep({ candidate, event }) : undefined} />
          </Card>
        </Col>
        <Col xs={24} lg={seesBlockers ? 12 : 24}>
          <Card size="small" title={t('elections.page.rounds')}>
            <Rounds election={election} />
          </Card>
        </Col>
        {seesBlockers && (
          <Col xs={24} lg={12}>
            <Card size="small" title={t('elections.page.blockers')}>
              <Blockers blockers={election.blockers ?? []} />
            </Card>
          </Col>
        )}
        {election.notes.length > 0 && (
          <Col xs={24}>
            <Card size="small" title={t('elections.page.notes')}>
              {election.notes.map((n, i) => (
                <div key={i}>
                  {n.on} {eventName(t, 'election', n.event)}：{n.reason}
                </div>
              ))}
            </Card>
          </Col>
        )}
        <Col xs={24}>
          <Card size="small" title={t('elections.page.history')}>
            {roleHasPermission(me.role, 'audit.read') ? <AuditTrail subjectId={election.id} canVerify /> : <History election={election} />}
          </Card>
        </Col>
      </Row>

      {candidateStep ? (
        <CandidateStepForm
          event={candidateStep.event}
          target={{
            id: candidateStep.candidate.id,
            version: candidateStep.candidate.version,
            name: candidateStep.candidate.name,
            reviewLevels: profile.candidates?.reviewLevels?.value ?? [],
          }}
          onClose={close}
        />
      ) : null}
      {open === 'RECORD_ROUND' ? (
        <RoundForm target={roundTarget(election)} onClose={close} />
      ) : open ? (
        <StepForm event={open} target={stepTarget} onClose={close} />
      ) : null}
    </div>
  );
}
