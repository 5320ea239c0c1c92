import { loadConfig } from '@scrutineer/platform';
import { SessionCache, type SessionAccount } from './session-cache.js';

const config = (seconds: string) =>
  loadConfig({
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
    JWT_SECRET: 'x'.repeat(32),
    IDENTITY_KEY: Buffer.alloc(32, 1).toString('base64'),
    SESSION_CACHE_SECONDS: seconds,
  });

const account = (tokenVersion: number): SessionAccount => ({
  userId: 'u1',
  username: 'a',
  role: 'INSPECTOR',
  jurisdictionId: 'j1',
  scopePath: 'j1',
  active: true,
  tokenVersion,
});

describe('the session cache', () => {
  it('answers for the token version it read, or an older token (which the resolver then refuses)', () => {
    const cache = new SessionCache(config('3'));
    expect(cache.get('u1', 2)).toBeUndefined();
    cache.remember(account(2));
    expect(cache.get('u1', 2)?.tokenVersion).toBe(2);
    expect(cache.get('u1', 1)?.tokenVersion).toBe(2);
    // A token newer than what was read (a sign-in after a change elsewhere) reads the account again.
    expect(cache.get('u1', 3)).toBeUndefined();
  });

  it('forgets an account at once when this process changes it', () => {
    const cache = new SessionCache(config('3'));
    cache.remember(account(2));
    cache.forget('u1');
    expect(cache.get('u1', 2)).toBeUndefined();
  });

  it('keeps nothing when SESSION_CACHE_SECONDS is 0', () => {
    const cache = new SessionCache(config('0'));
    cache.remember(account(2));
    expect(cache.get('u1', 2)).toBeUndefined();
  });
});
