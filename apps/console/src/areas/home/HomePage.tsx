import { Card, Col, Row, Statistic, Typography } from 'antd';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../../auth/AuthProvider';
import { graphql } from '../../gql';

const CaseWork = graphql(`
  query HomeCaseWork {
    mine: cases(queue: MINE, first: 1) {
      totalCount
      totalCountExact
    }
    overdue: cases(queue: OVERDUE_IN_MY_JURISDICTION, first: 1) {
      totalCount
      totalCountExact
    }
    awaiting: cases(state: "open.received", first: 1) {
      totalCount
      totalCountExact
    }
  }
`);

const ElectionWork = graphql(`
  query HomeElectionWork {
    overdue: elections(overdue: true, first: 1) {
      totalCount
    }
    active: elections(state: "active.", first: 1) {
      totalCount
    }
  }
`);

const SupervisionWork = graphql(`
  query HomeSupervisionWork {
    supervisionCoverage {
      elections
      openOrders
      overdueOrders
    }
  }
`);

interface Tile {
  key: string;
  label: string;
  value: number | string | undefined;
  to: string;
  urgent?: boolean;
}

function Tiles({ tiles }: { tiles: Tile[] }) {
  return (
    <Row gutter={[16, 16]}>
      {tiles.map((tile) => (
        <Col key={tile.key} xs={24} sm={12} lg={8}>
          <Link to={tile.to}>
            <Card hoverable>
              <Statistic
                title={tile.label}
                value={tile.value ?? '—'}
                valueStyle={tile.urgent && tile.value ? { color: '#cf1322' } : undefined}
              />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

/** A case count as the API gives it: counted up to a cap, past which it shows as "10000+". */
const caseCount = (c: { totalCount: number; totalCountExact: boolean } | undefined) =>
  c && (c.totalCountExact ? c.totalCount : `${c.totalCount}+`);

/** What needs the signed-in user now, by what their role does. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const handlesCases = roleHasPermission(me.role, 'case.read');
  const runsElections = roleHasPermission(me.role, 'election.act');
  const supervises = roleHasPermission(me.role, 'supervision.read');
  const [cases] = useQuery({ query: CaseWork, pause: !handlesCases });
  const [elections] = useQuery({ query: ElectionWork, pause: !runsElections });
  const [supervision] = useQuery({ query: SupervisionWork, pause: !supervises });
  const tiles: Tile[] = [];
  if (handlesCases) {
    tiles.push(
      { key: 'mine', label: t('home.myCases'), value: caseCount(cases.data?.mine), to: '/cases?queue=MINE' },
      { key: 'awaiting', label: t('home.awaitingRegistration'), value: caseCount(cases.data?.awaiting), to: '/cases?state=open.received' },
      {
        key: 'overdue',
        label: t('home.overdueCases'),
        value: caseCount(cases.data?.overdue),
        to: '/cases?queue=OVERDUE_IN_MY_JURISDICTION',
        urgent: true,
      },
    );
  }
  if (runsElections) {
    tiles.push(
      { key: 'active', label: t('home.activeElections'), value: elections.data?.active.totalCount, to: '/elections?state=active.' },
      {
        key: 'overdueElections',
        label: t('home.overdueElections'),
        value: elections.data?.overdue.totalCount,
        to: '/elections?overdue=true',
        urgent: true,
      },
    );
  }
  if (supervises) {
    const c = supervision.data?.supervisionCoverage;
    tiles.push(
      { key: 'covered', label: t('home.coveredElections'), value: c?.elections, to: '/supervision' },
      { key: 'openOrders', label: t('home.openOrders'), value: c?.openOrders, to: '/supervision/orders' },
      { key: 'overdueOrders', label: t('home.overdueOrders'), value: c?.overdueOrders, to: '/supervision/orders', urgent: true },
    );
  }
  return (
    <div>
      <Typography.Title level={3}>{t('home.greeting', { name: me.displayName })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t(`roles.${me.role}`)} · {t('home.jurisdiction', { name: me.jurisdiction.name })}
      </Typography.Paragraph>
      <Typography.Title level={4}>{t('home.needsYou')}</Typography.Title>
      {tiles.length ? <Tiles tiles={tiles} /> : <Typography.Text type="secondary">{t('home.nothing')}</Typography.Text>}
    </div>
  );
}
