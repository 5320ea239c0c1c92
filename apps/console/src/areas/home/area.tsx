import { HomeOutlined } from '@ant-design/icons';
import type { Area } from '../../app/area';

export const homeArea: Area = {
  id: 'home',
  routes: [{ index: true, lazy: async () => ({ Component: (await import('./HomePage')).HomePage }) }],
  nav: (_me, t) => [{ key: 'home', path: '/', label: t('nav.home'), icon: <HomeOutlined /> }],
};
