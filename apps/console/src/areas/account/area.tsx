import type { Area } from '../../app/area';

/** The signed-in user's own account (reached from the header's user menu). */
export const accountArea: Area = {
  id: 'account',
  routes: [{ path: 'account/password', lazy: async () => ({ Component: (await import('./ChangePasswordPage')).ChangePasswordPage }) }],
};
