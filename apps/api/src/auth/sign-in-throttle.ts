import { type AppConfig, APP_CONFIG } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { clientKey } from '../rate-limits/client-key.js';
import { RateLimits } from '../rate-limits/rate-limits.service.js';

/**
 * Sign-in attempts per window from one client address and for one username, counted in the database
 * (every API process, across restarts), before any password is checked: a burst from one place, or at
 * one account from many, is refused with RATE_LIMITED and never reaches argon2. Unknown usernames count
 * like known ones, so the refusal says nothing about which accounts exist. The account lock after
 * LOGIN_MAX_FAILURES failures in a row is separate and unchanged.
 */
@Injectable()
export class SignInThrottle {
  private readonly perClient: RateLimiterPostgres;
  private readonly perUsername: RateLimiterPostgres;

  constructor(
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const { perClient, perUsername, windowSeconds } = config.auth.loginRate;
    this.perClient = limits.limiter({ name: 'login-client', points: perClient, windowSeconds });
    this.perUsername = limits.limiter({ name: 'login-user', points: perUsername, windowSeconds });
  }

  async attempt(ip: string | null, username: string): Promise<void> {
    await this.limits.consume(this.perClient, clientKey(ip), 'sign-in attempts');
    await this.limits.consume(this.perUsername, username.trim().toLowerCase().slice(0, 64), 'sign-in attempts');
  }
}
