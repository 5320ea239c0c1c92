import { AuditOutlined, BarChartOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Area, NavItem } from '../../app/area';
import { registerMessages } from '../../i18n';
import { en, zh } from './messages';

registerMessages(zh, en);

/** The inspector's pages: any object's audit trail, late entries (补录), statistics. */
export const inspectArea: Area = {
  id: 'inspect',
  routes: [
    { path: 'audit', lazy: async () => ({ Component: (await import('./AuditPage')).AuditPage }) },
    { path: 'audit/late', lazy: async () => ({ Component: (await import('./LateEntriesPage')).LateEntriesPage }) },
    { path: 'statistics', lazy: async () => ({ Component: (await import('./StatisticsPage')).StatisticsPage }) },
  ],
  nav: (me, t) => {
    const items: NavItem[] = [];
    if (roleHasPermission(me.role, 'audit.read')) {
      items.push(
        { key: 'audit', path: '/audit', label: t('nav.audit'), icon: <AuditOutlined /> },
        { key: 'audit-late', path: '/audit/late', label: t('inspect.nav.late'), icon: <FieldTimeOutlined /> },
      );
    }
    // Statistics read cases and coverage: for those who read both (the inspector), not for the admin.
    if (roleHasPermission(me.role, 'audit.read') && roleHasPermission(me.role, 'case.read')) {
      items.push({ key: 'statistics', path: '/statistics', label: t('nav.statistics'), icon: <BarChartOutlined /> });
    }
    return items;
  },
};
