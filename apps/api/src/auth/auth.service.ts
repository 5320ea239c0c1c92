import { type AppConfig, APP_CONFIG, CLOCK } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, badInput, clipText, type Clock } from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity, sql } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { PlatformAudit, UNKNOWN_ACCOUNT_SUBJECT } from '../audit/platform-audit.service.js';
import { publicActor, toWorkflowActor, type Actor } from './actor.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { TokenService, type IssuedToken } from './token.service.js';
import { SessionCache } from './session-cache.js';

export interface Session extends IssuedToken {
  user: UserEntity;
  actor: Actor;
}

/** One answer for every failed sign-in, so that it tells nothing about which accounts exist. */
const WRONG_CREDENTIALS =
  'Wrong username or password, or the account is locked for a while after repeated failures; try again later or ask an administrator';

/**
 * Sign-in and password changes. Every attempt that gets past the throttle (sign-in-throttle.ts), failed
 * or not, is on the audit trail.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly throttle: SignInThrottle,
    private readonly sessions: SessionCache,
  ) {}

  async login(username: string, password: string, ip: string | null): Promise<Session> {
    await this.throttle.attempt(ip, username);
    const user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const attempt = publicActor(ip, `login:${clipText(username, 64)}`);

    if (!user) {
      await burnPasswordCheck(password);
      await this.recordFailure(UNKNOWN_ACCOUNT_SUBJECT, null, attempt, { username: clipText(username, 64), reason: 'unknown_user' });
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    // Count this attempt as a failure before the slow password check, so that a burst of parallel
    // guesses cannot outrun the lock: at most LOGIN_MAX_FAILURES checks per lock period.
    const claim = await this.claimAttempt(user.id);
    if (!claim.allowed) {
      await burnPasswordCheck(password);
      await this.recordFailure(user.id, user.jurisdictionId, attempt, { reason: 'locked' });
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user.id, user.jurisdictionId, attempt, {
        reason: 'wrong_password',
        ...(claim.lockedUntil ? { lockedUntil: claim.lockedUntil.toISOString() } : {}),
      });
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    if (!user.active) {
      await this.recordFailure(user.id, user.jurisdictionId, attempt, { reason: 'deactivated' });
      throw new DomainError('UNAUTHENTICATED', 'This account is deactivated; ask an administrator');
    }
    return this.dataSource.transaction(async (tx) => {
      const at = this.clock.now();
      await tx.update(UserEntity, { id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: at });
      const jurisdiction = await tx.findOneByOrFail(JurisdictionEntity, { id: user.jurisdictionId });
      const actor: Actor = {
        userId: user.id,
        username: user.username,
        role: user.role,
        jurisdictionId: user.jurisdictionId,
        scopePath: jurisdiction.path,
        ip,
      };
      await this.audit.record(tx, {
        subjectType: 'user',
        subjectId: user.id,
        action: 'auth.login',
        actor: toWorkflowActor(actor),
        jurisdictionId: user.jurisdictionId,
      });
      const issued = await this.tokens.issue(user.id, user.tokenVersion);
      return { ...issued, user: { ...user, passwordHash: '', failedLoginCount: 0, lockedUntil: null, lastLoginAt: at }, actor };
    });
  }

  async changeMyPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<Session> {
    const user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.dataSource.transaction((tx) =>
        this.audit.record(tx, {
          subjectType: 'user',
          subjectId: user.id,
          action: 'user.password_change_refused',
          actor: toWorkflowActor(actor),
          jurisdictionId: user.jurisdictionId,
        }),
      );
      throw badInput('The current password is wrong', { field: 'currentPassword' });
    }
    if (currentPassword === newPassword) throw badInput('The new password must differ from the current one', { field: 'newPassword' });
    const passwordHash = await hashPassword(newPassword);
    const changed = await this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const [updated] = await sql<{ token_version: number; version: number }>(
        tx,
        'UPDATE users SET password_hash = $2, token_version = token_version + 1, version = version + 1, updated_at = $3 WHERE id = $1 RETURNING token_version, version',
        [user.id, passwordHash, now],
      );
      const tokenVersion = Number(updated!.token_version);
      const version = Number(updated!.version);
      await this.audit.record(tx, {
        subjectType: 'user',
        subjectId: user.id,
        action: 'user.password_change',
        actor: toWorkflowActor(actor),
        jurisdictionId: user.jurisdictionId,
      });
      const issued = await this.tokens.issue(user.id, tokenVersion);
      return { ...issued, user: { ...user, passwordHash: '', tokenVersion: tokenVersion, version, updatedAt: now }, actor };
    });
    this.sessions.forget(user.id);
    return changed;
  }

  /**
   * Take one attempt from the account's allowance, atomically: refused while locked; the attempt that
   * reaches the limit locks the account (a correct password on it still signs in and clears the lock).
   */
  private async claimAttempt(userId: string): Promise<{ allowed: boolean; lockedUntil: Date | null }> {
    return this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const lockUntil = new Date(now.getTime() + this.config.auth.lockMinutes * 60_000);
      const [row] = await sql<{ locked_until: Date | null }>(
        tx,
        `UPDATE users SET
           failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz ELSE NULL END
         WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $4)
         RETURNING locked_until`,
        [userId, this.config.auth.maxFailedLogins, lockUntil, now],
      );
      if (!row) return { allowed: false, lockedUntil: null };
      return { allowed: true, lockedUntil: row.locked_until ? new Date(row.locked_until) : null };
    });
  }

  private recordFailure(
    subjectId: string,
    jurisdictionId: string | null,
    attempt: ReturnType<typeof publicActor>,
    data: Record<string, unknown>,
  ): Promise<unknown> {
    return this.dataSource.transaction((tx) =>
      this.audit.record(tx, {
        subjectType: subjectId === UNKNOWN_ACCOUNT_SUBJECT ? 'auth' : 'user',
        subjectId,
        action: 'auth.login_failed',
        actor: attempt,
        jurisdictionId,
        data,
      }),
    );
  }
}
