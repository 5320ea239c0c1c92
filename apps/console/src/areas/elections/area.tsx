import { ApartmentOutlined, FlagOutlined } from '@ant-design/icons';
import { roleHasPermission } from '@scrutineer/domain/access/permissions';
import type { Area } from '../../app/area';
import { registerMessages } from '../../i18n';
import { en, zh } from './messages';

registerMessages(zh, en);

/** 换届工作 and 选举: the election office's and committee's work; everyone who reads elections may look. */
export const electionsArea: Area = {
  id: 'elections',
  routes: [
    { path: 'campaigns', lazy: async () => ({ Component: (await import('./CampaignBoard')).CampaignBoard }) },
    { path: 'elections', lazy: async () => ({ Component: (await import('./ElectionsPage')).ElectionsPage }) },
    { path: 'elections/:id', lazy: async () => ({ Component: (await import('./ElectionPage')).ElectionPage }) },
  ],
  nav: (me, t) =>
    roleHasPermission(me.role, 'election.read')
      ? [
          { key: 'campaigns', path: '/campaigns', label: t('nav.campaigns'), icon: <FlagOutlined /> },
          { key: 'elections', path: '/elections', label: t('nav.elections'), icon: <ApartmentOutlined /> },
        ]
      : [],
};
