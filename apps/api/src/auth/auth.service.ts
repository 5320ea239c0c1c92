import { type AppConfig, APP_CONFIG, CLOCK } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, badInput, type Clock } from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity, sql } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import { PlatformAudit, UNKNOWN_ACCOUNT_SUBJECT } from '../audit/platform-audit.service.js';
import { publicActor, toWorkflowActor, type Actor } from './actor.js';
import { burnPasswordCheck, hashPassword, verifyPassword } from './passwords.js';
import { TokenService, type IssuedToken } from './token.service.js';

export interface Session extends IssuedToken {
  user: UserEntity;
  actor: Actor;
}

const WRONG_CREDENTIALS = 'Wrong username or password';

/** Sign-in and password changes. Every attempt, failed or not, is on the audit trail. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(username: string, password: string, ip: string | null): Promise<Session> {
    const user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
    const attempt = publicActor(ip, `login:${username.slice(0, 64)}`);

    if (!user) {
      await burnPasswordCheck(password);
      await this.recordFailure(UNKNOWN_ACCOUNT_SUBJECT, null, attempt, { username: username.slice(0, 64), reason: 'unknown_user' });
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.recordFailure(user.id, user.jurisdictionId, attempt, { reason: 'locked', lockedUntil: user.lockedUntil.toISOString() });
      throw new DomainError(
        'UNAUTHENTICATED',
        `Too many failed sign-ins: this account is locked until ${user.lockedUntil.toISOString()}. Try again later or ask an administrator to unlock it.`,
        {
          lockedUntil: user.lockedUntil.toISOString(),
        },
      );
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordWrongPassword(user, attempt);
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
      const issued = await this.tokens.issue(user.id, user.tokenVersion, at);
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
    return this.dataSource.transaction(async (tx) => {
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
      const issued = await this.tokens.issue(user.id, tokenVersion, now);
      return { ...issued, user: { ...user, passwordHash: '', tokenVersion: tokenVersion, version, updatedAt: now }, actor };
    });
  }

  private async recordWrongPassword(user: UserEntity, attempt: ReturnType<typeof publicActor>): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const now = this.clock.now();
      const lockUntil = new Date(now.getTime() + this.config.auth.lockMinutes * 60_000);
      const [row] = await sql<{ locked_until: Date | null }>(
        tx,
        `UPDATE users SET
           failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
         WHERE id = $1 RETURNING failed_login_count, locked_until`,
        [user.id, this.config.auth.maxFailedLogins, lockUntil],
      );
      const locked = row?.locked_until ? new Date(row.locked_until).getTime() === lockUntil.getTime() : false;
      await this.audit.record(tx, {
        subjectType: 'user',
        subjectId: user.id,
        action: 'auth.login_failed',
        actor: attempt,
        jurisdictionId: user.jurisdictionId,
        data: { reason: 'wrong_password', ...(locked ? { lockedUntil: lockUntil.toISOString() } : {}) },
      });
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
