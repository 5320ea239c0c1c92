import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CoverageQuery } from './queries';

/** The supervision numbers of the reader's jurisdiction, at a glance. */
export function Coverage() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: CoverageQuery });
  const c = data?.supervisionCoverage;
  const tiles: { key: keyof NonNullable<typeof c>; urgent?: boolean }[] = [
    { key: 'elections' },
    { key: 'observations' },
    { key: 'openOrders' },
    { key: 'overdueOrders', urgent: true },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {tiles.map(({ key, urgent }) => (
        <Col key={key} xs={12} lg={6}>
          <Card size="small">
            <Statistic
              title={t(`supervision.coverage.${key}`)}
              value={c?.[key] ?? '—'}
              valueStyle={urgent && c?.[key] ? { color: '#cf1322' } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
