import { FileAddOutlined, InboxOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Area, NavItem } from '../../app/area';
import { registerMessages } from '../../i18n';
import { en, zh } from './messages';

registerMessages(zh, en);

/** Complaint and petition cases: the handler's inbox, intake and the case page (inspectors read). */
export const casesArea: Area = {
  id: 'cases',
  routes: [
    { path: 'cases', lazy: async () => ({ Component: (await import('./InboxPage')).InboxPage }) },
    { path: 'cases/new', lazy: async () => ({ Component: (await import('./IntakePage')).IntakePage }) },
    { path: 'cases/:id', lazy: async () => ({ Component: (await import('./CasePage')).CasePage }) },
  ],
  nav: (me, t) => {
    if (!roleHasPermission(me.role, 'case.read')) return [];
    const items: NavItem[] = [{ key: 'cases', path: '/cases', label: t('nav.cases'), icon: <InboxOutlined /> }];
    if (roleHasPermission(me.role, 'case.intake')) {
      items.push({ key: 'intake', path: '/cases/new', label: t('nav.intake'), icon: <FileAddOutlined /> });
    }
    return items;
  },
};
