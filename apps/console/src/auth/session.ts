/** The session token, kept in this browser until sign-out or expiry. */
const KEY = 'scrutineer.token';

export const session = {
  token: (): string | null => localStorage.getItem(KEY),
  save: (token: string): void => localStorage.setItem(KEY, token),
  clear: (): void => localStorage.removeItem(KEY),
};
