import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Area, NavItem } from '../../app/area';
import { registerMessages } from '../../i18n';
import { en, zh } from './messages';

registerMessages(zh, en);

/** The administrator's pages: the jurisdiction tree and the accounts of their subtree. */
export const adminArea: Area = {
  id: 'admin',
  routes: [
    { path: 'admin/jurisdictions', lazy: async () => ({ Component: (await import('./JurisdictionsPage')).JurisdictionsPage }) },
    { path: 'admin/users', lazy: async () => ({ Component: (await import('./UsersPage')).UsersPage }) },
  ],
  nav: (me, t) => {
    const items: NavItem[] = [];
    if (roleHasPermission(me.role, 'jurisdiction.manage')) {
      items.push({ key: 'admin-jurisdictions', path: '/admin/jurisdictions', label: t('nav.jurisdictions'), icon: <ApartmentOutlined /> });
    }
    if (roleHasPermission(me.role, 'user.manage')) {
      items.push({ key: 'admin-users', path: '/admin/users', label: t('nav.users'), icon: <TeamOutlined /> });
    }
    return items;
  },
};
