import { PASSWORD_WORK_AT_ONCE, PASSWORD_WORK_QUEUE, hashPassword, passwordWorkLoad, verifyPassword } from './passwords.js';

describe('password work', () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword('the right password');
  });

  it('runs at most a few argon2 checks at once; the rest wait their turn', async () => {
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, passwordWorkLoad().running)), 1);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => verifyPassword(hash, i === 3 ? 'the right password' : `no ${i}`)),
    );
    clearInterval(sampler);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(PASSWORD_WORK_AT_ONCE);
    expect(passwordWorkLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once with RATE_LIMITED when too many are already waiting, and recovers', async () => {
    const extra = 3;
    const outcomes = await Promise.allSettled(Array.from({ length: PASSWORD_WORK_QUEUE + extra }, () => verifyPassword(hash, 'wrong')));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(extra);
    expect(refused[0]!.reason).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: 1 } });
    expect(await verifyPassword(hash, 'the right password')).toBe(true);
  });
});
