import { CheckCircleTwoTone, CloseCircleTwoTone, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { auditDetails } from './audit-details';
import { HistoryTable } from './HistoryTable';
import type { Machine } from './StateTag';

const Trail = graphql(`
  query AuditTrail($subjectId: ID!, $first: Int!) {
    auditTrail(subjectId: $subjectId, first: $first) {
      totalCount
      edges {
        node {
          id
          seq
          subjectType
          action
          fromState
          toState
          at
          recordedLate
          data
          actor {
            kind
            label
            role
          }
        }
      }
    }
  }
`);

const Verify = graphql(`
  query VerifyAuditChain($subjectId: ID!) {
    verifyAuditChain(subjectId: $subjectId) {
      valid
      entryCount
      anchoredSeq
      firstBreak {
        seq
        reason
      }
    }
  }
`);

const MACHINES: Record<string, Machine> = { election: 'election', candidate: 'candidate', case: 'case', rectification: 'rectification' };

/**
 * Everything that happened to one subject, oldest first, readable: when, who (and as what), which step,
 * from which state to which; dates entered late are marked. Inspectors check the hash chain with one click.
 */
export function AuditTrail({ subjectId, canVerify }: { subjectId: string; canVerify: boolean }) {
  const { t } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: Trail, variables: { subjectId, first: 100 } });
  const [verified, verify] = useQuery({ query: Verify, variables: { subjectId }, pause: true, requestPolicy: 'network-only' });
  const rows = data?.auditTrail.edges.map((e) => e.node) ?? [];
  const result = verified.data?.verifyAuditChain;
  return (
    <div>
      {canVerify && (
        <Space style={{ marginBottom: 12 }}>
          <Button
            icon={<SafetyCertificateOutlined />}
            loading={verified.fetching}
            onClick={() => verify({ requestPolicy: 'network-only' })}
          >
            {t('audit.verify')}
          </Button>
          {result &&
            (result.valid ? (
              <Tag icon={<CheckCircleTwoTone twoToneColor="#389e0d" />} color="success" style={{ color: '#135200' }}>
                {t('audit.valid', { count: result.entryCount })}
              </Tag>
            ) : (
              <Tag icon={<CloseCircleTwoTone twoToneColor="#cf1322" />} color="error" style={{ color: '#820014' }}>
                {t('audit.broken', {
                  seq: result.firstBreak?.seq ?? '?',
                  reason: result.firstBreak ? t(`vocab.chainBreakReason.${result.firstBreak.reason}`) : '',
                })}
              </Tag>
            ))}
        </Space>
      )}
      <HistoryTable
        rows={rows}
        loading={fetching}
        machineOf={(row) => MACHINES[row.subjectType]}
        expandable={{
          rowExpandable: (row) => auditDetails(row.data, t).length > 0,
          expandedRowRender: (row) => (
            <dl className="audit-details" style={{ margin: 0 }}>
              {auditDetails(row.data, t).map((line, i) => (
                <div key={i} style={{ display: 'flex', gap: 8 }}>
                  <dt style={{ flex: 'none', color: 'rgba(0, 0, 0, 0.68)' }}>{line.label}</dt>
                  <dd style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{line.value}</dd>
                </div>
              ))}
            </dl>
          ),
        }}
      />
    </div>
  );
}
