import { AuditOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Area } from '../../app/area';
import { registerMessages } from '../../i18n';
import { en, zh } from './messages';

registerMessages(zh, en);

/** 督导: the supervision team leader's pages (whoever reads supervision: supervisors, the office, inspectors). */
export const supervisionArea: Area = {
  id: 'supervision',
  routes: [
    {
      path: 'supervision',
      lazy: async () => ({ Component: (await import('./SupervisionFrame')).SupervisionFrame }),
      children: [
        { index: true, lazy: async () => ({ Component: (await import('./SitesPage')).SitesPage }) },
        { path: 'sites/:electionId', lazy: async () => ({ Component: (await import('./SitePage')).SitePage }) },
        { path: 'observations', lazy: async () => ({ Component: (await import('./ObservationsPage')).ObservationsPage }) },
        { path: 'observations/:id', lazy: async () => ({ Component: (await import('./ObservationPage')).ObservationPage }) },
        { path: 'orders', lazy: async () => ({ Component: (await import('./OrdersPage')).OrdersPage }) },
        { path: 'orders/:id', lazy: async () => ({ Component: (await import('./OrderPage')).OrderPage }) },
        { path: 'teams', lazy: async () => ({ Component: (await import('./TeamsPage')).TeamsPage }) },
      ],
    },
  ],
  nav: (me, t) =>
    roleHasPermission(me.role, 'supervision.read')
      ? [
          {
            key: 'supervision',
            path: 'supervision-menu',
            label: t('supervision.nav.group'),
            icon: <AuditOutlined />,
            children: [
              { key: 'supervision-sites', path: '/supervision', label: t('supervision.nav.sites') },
              { key: 'supervision-observations', path: '/supervision/observations', label: t('supervision.nav.observations') },
              { key: 'supervision-orders', path: '/supervision/orders', label: t('supervision.nav.orders') },
              { key: 'supervision-teams', path: '/supervision/teams', label: t('supervision.nav.teams') },
            ],
          },
        ]
      : [],
};
