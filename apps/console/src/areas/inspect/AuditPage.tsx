import { Alert, Card, Col, Descriptions, Form, Input, Row, Select, Space, Typography } from 'antd';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { AuditTrail } from '../../components/AuditTrail';
import { StateTag } from '../../components/StateTag';
import { graphql } from '../../gql';

const Pickable = graphql(`
  query AuditPickable($cases: Boolean!, $users: Boolean!) {
    elections(first: 100) {
      edges {
        node {
          id
          state
          electionDay
          organization {
            name
          }
        }
      }
    }
    cases(first: 100) @include(if: $cases) {
      edges {
        node {
          id
          trackingCode
          title
        }
      }
    }
    users(first: 100) @include(if: $users) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`);

const CaseByCode = graphql(`
  query AuditCaseByCode($code: String!) {
    cases(trackingCode: $code, first: 1) {
      edges {
        node {
          id
          trackingCode
          title
        }
      }
    }
  }
`);

const UserByName = graphql(`
  query AuditUserByName($search: String!) {
    users(search: $search, first: 5) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`);

const Head = graphql(`
  query AuditHead($subjectId: ID!) {
    auditTrail(subjectId: $subjectId, first: 1) {
      totalCount
      edges {
        node {
          id
          subjectType
        }
      }
    }
  }
`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Any object's history by its id or a case's tracking code, with the chain checked on request. */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const subjectId = params.get('subject');
  const canReadCases = roleHasPermission(me.role, 'case.read');
  const canReadUsers = roleHasPermission(me.role, 'user.read');
  const [pickable] = useQuery({ query: Pickable, variables: { cases: canReadCases, users: canReadUsers } });
  const [head] = useQuery({ query: Head, variables: { subjectId: subjectId ?? '' }, pause: !subjectId });
  const [notFound, setNotFound] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  const choose = (id: string | undefined) => {
    setNotFound(null);
    setParams(id ? { subject: id } : {});
  };

  const find = async (raw: string) => {
    const query = raw.trim();
    if (!query) return;
    if (UUID.test(query)) return choose(query);
    setSearching(true);
    try {
      if (canReadCases) {
        const found = await client.query(CaseByCode, { code: query }, { requestPolicy: 'network-only' }).toPromise();
        const hit = found.data?.cases.edges[0]?.node;
        if (hit) return choose(hit.id);
      }
      if (canReadUsers) {
        const found = await client.query(UserByName, { search: query }, { requestPolicy: 'network-only' }).toPromise();
        const hit = found.data?.users.edges.map((e) => e.node).find((u) => u.username.toLowerCase() === query.toLowerCase());
        if (hit) return choose(hit.id);
      }
      setNotFound(query);
    } finally {
      setSearching(false);
    }
  };

  const elections = pickable.data?.elections.edges.map((e) => e.node) ?? [];
  const cases = pickable.data?.cases?.edges.map((e) => e.node) ?? [];
  const users = pickable.data?.users?.edges.map((e) => e.node) ?? [];
  const election = elections.find((e) => e.id === subjectId);
  const kase = cases.find((c) => c.id === subjectId);
  const user = users.find((u) => u.id === subjectId);
  const subjectName = election
    ? `${election.organization.name}（${election.electionDay}）`
    : kase
      ? `${kase.trackingCode} ${kase.title}`
      : user
        ? `${user.displayName}（${user.username}）`
        : subjectId;
  const subjectType = head.data?.auditTrail.edges[0]?.node.subjectType;

  return (
    <div>
      <Typography.Title level={3}>{t('inspect.audit.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('inspect.audit.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical" onFinish={(values: { query?: string }) => void find(values.query ?? '')}>
          <Form.Item name="query" label={t('inspect.audit.searchLabel')} style={{ marginBottom: 12 }}>
            <Input.Search
              placeholder={t('inspect.audit.placeholder')}
              enterButton={t('inspect.audit.find')}
              loading={searching}
              allowClear
              onSearch={(value) => void find(value)}
            />
          </Form.Item>
        </Form>
        <Row gutter={[16, 8]}>
          <Col xs={24} lg={8}>
            <label htmlFor="pick-election">{t('inspect.audit.pickElection')}</label>
            <Select
              id="pick-election"
              aria-label={t('inspect.audit.pickElection')}
              style={{ width: '100%' }}
              showSearch
              optionFilterProp="label"
              placeholder={t('inspect.audit.pickPlaceholder')}
              value={election?.id}
              onChange={choose}
              options={elections.map((e) => ({ value: e.id, label: `${e.organization.name}（${e.electionDay}）` }))}
            />
          </Col>
          {canReadCases && (
            <Col xs={24} lg={8}>
              <label htmlFor="pick-case">{t('inspect.audit.pickCase')}</label>
              <Select
                id="pick-case"
                aria-label={t('inspect.audit.pickCase')}
                style={{ width: '100%' }}
                showSearch
                optionFilterProp="label"
                placeholder={t('inspect.audit.pickPlaceholder')}
                value={kase?.id}
                onChange={choose}
                options={cases.map((c) => ({ value: c.id, label: `${c.trackingCode} ${c.title}` }))}
              />
            </Col>
          )}
          {canReadUsers && (
            <Col xs={24} lg={8}>
              <label htmlFor="pick-user">{t('inspect.audit.pickUser')}</label>
              <Select
                id="pick-user"
                aria-label={t('inspect.audit.pickUser')}
                style={{ width: '100%' }}
                showSearch
                optionFilterProp="label"
                placeholder={t('inspect.audit.pickPlaceholder')}
                value={user?.id}
                onChange={choose}
                options={users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
              />
            </Col>
          )}
        </Row>
      </Card>
      {notFound && <Alert type="warning" showIcon title={t('inspect.audit.notFound', { query: notFound })} style={{ marginBottom: 16 }} />}
      {subjectId ? (
        <Card>
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
              <Descriptions.Item label={t('inspect.audit.subject')}>
                <span style={{ wordBreak: 'break-all' }}>{subjectName}</span>
              </Descriptions.Item>
              {subjectType && (
                <Descriptions.Item label={t('inspect.late.subjectType')}>
                  {t(`inspect.audit.subjectTypes.${subjectType}`, { defaultValue: t('inspect.audit.subject') })}
                  {election ? (
                    <span style={{ marginLeft: 8 }}>
                      <StateTag machine="election" state={election.state} />
                    </span>
                  ) : null}
                </Descriptions.Item>
              )}
            </Descriptions>
            {head.data && head.data.auditTrail.totalCount === 0 ? (
              <Alert type="info" showIcon title={t('inspect.audit.empty')} />
            ) : (
              <>
                {head.data && (
                  <Typography.Text type="secondary">
                    {t('inspect.audit.entries', { count: head.data.auditTrail.totalCount })}
                  </Typography.Text>
                )}
                <AuditTrail subjectId={subjectId} canVerify />
              </>
            )}
          </Space>
        </Card>
      ) : (
        <Typography.Text type="secondary">{t('inspect.audit.choose')}</Typography.Text>
      )}
    </div>
  );
}
