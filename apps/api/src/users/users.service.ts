import { CLOCK } from '@scrutineer/platform';
import { Inject, Injectable } from '@nestjs/common';
import { badInput, notFound, ruleViolation, type Clock } from '@scrutineer/domain';
import { UserEntity, isUniqueViolation } from '@scrutineer/db';
import { conflict } from '@scrutineer/workflow';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service.js';
import { ScopedReader } from '../access/scoped-reader.js';
import { PlatformAudit } from '../audit/platform-audit.service.js';
import { toWorkflowActor, type Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/passwords.js';

import { keysetPage, type Page, type PageArgs } from '../graphql/pagination.js';
import type { CreateUserInput } from './dto/create-user.input.js';
import { insertUser } from './insert-user.js';
import type { ResetUserPasswordInput } from './dto/passwords.input.js';
import type { UpdateUserInput } from './dto/update-user.input.js';
import type { UsersArgs } from './dto/users.args.js';
import { SessionCache } from '../auth/session-cache.js';

export type UserFilter = Pick<UsersArgs, 'role' | 'withinJurisdictionId' | 'active' | 'search'>;

@Injectable()
export class UsersService {
  private readonly reader: ScopedReader<UserEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: PlatformAudit,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {
    this.reader = new ScopedReader(dataSource, UserEntity, 'User', access);
  }

  /** The account, if its home lies in the actor's subtree; otherwise NOT_FOUND. */
  async get(actor: Actor, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<UserEntity> {
    if (!lock) return this.reader.get(actor, id, manager);
    const qb = manager.createQueryBuilder(UserEntity, 'u').where('u.id = :id', { id });
    this.access.scope(qb, 'u.jurisdiction_id', actor);
    qb.setLock('pessimistic_write');
    const user = await qb.getOne();
    if (!user) throw notFound('User');
    return user;
  }

  async list(actor: Actor, filter: UserFilter, page: PageArgs): Promise<Page<UserEntity>> {
    const qb = this.dataSource.manager.createQueryBuilder(UserEntity, 'u');
    this.access.scope(qb, 'u.jurisdiction_id', actor);
    if (filter.withinJurisdictionId) {
      const within = await this.access.visibleJurisdiction(actor, filter.withinJurisdictionId);
      qb.andWhere('EXISTS (SELECT 1 FROM jurisdictions wj WHERE wj.id = u.jurisdiction_id AND wj.path LIKE :withinPrefix)', {
        withinPrefix: `${within.path}%`,
      });
    }
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) qb.andWhere('u.active = :active', { active: filter.active });
    if (filter.search) {
      qb.andWhere('(strpos(lower(u.username), lower(:search)) > 0 OR strpos(lower(u.display_name), lower(:search)) > 0)', {
        search: filter.search,
      });
    }
    return keysetPage(qb, page, [
      { expr: 'lower(u.username)', kind: 'text', of: (u) => u.username.toLowerCase() },
      { expr: 'u.id', kind: 'uuid', of: (u) => u.id },
    ]);
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (tx) => {
        await this.access.visibleJurisdiction(actor, input.jurisdictionId, tx);
        await this.assertUsernameFree(tx, input.username);
        const { username, displayName, role, jurisdictionId } = input;
        return insertUser(tx, (t, e) => this.audit.record(t, e), toWorkflowActor(actor), this.clock.now(), {
          username,
          passwordHash,
          displayName,
          role,
          jurisdictionId,
        });
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_username_key')) throw this.usernameTaken(input.username);
      throw err;
    }
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    const updated = await this.dataSource.transaction(async (tx) => {
      const user = await this.get(actor, input.id, tx, true);
      if (input.expectedVersion !== undefined && input.expectedVersion !== user.version) {
        throw conflict('user', user.id, input.expectedVersion, user.version);
      }
      const self = user.id === actor.userId;
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      const change = <K extends keyof UserEntity>(key: K, value: UserEntity[K] | undefined) => {
        if (value === undefined || value === user[key]) return;
        changes[key] = { from: user[key], to: value };
        user[key] = value;
      };
      if (
        self &&
        ((input.role !== undefined && input.role !== user.role) ||
          (input.jurisdictionId !== undefined && input.jurisdictionId !== user.jurisdictionId) ||
          input.active === false)
      ) {
        throw ruleViolation('You cannot change the role, jurisdiction or activity of your own account: ask another administrator', {
          field: 'id',
          rule: 'own-account',
        });
      }
      if (input.jurisdictionId !== undefined && input.jurisdictionId !== user.jurisdictionId) {
        await this.access.visibleJurisdiction(actor, input.jurisdictionId, tx);
      }
      change('displayName', input.displayName);
      change('role', input.role);
      change('jurisdictionId', input.jurisdictionId);
      change('active', input.active);
      if (input.active === true && user.lockedUntil) {
        changes.lockedUntil = { from: user.lockedUntil.toISOString(), to: null };
        user.lockedUntil = null;
        user.failedLoginCount = 0;
      }
      if (Object.keys(changes).length === 0) return user;
      // A role, jurisdiction or activity change ends the account's sessions: its tokens describe the old account.
      if (changes.role || changes.jurisdictionId || changes.active) user.tokenVersion += 1;
      user.updatedAt = this.clock.now();
      user.version += 1;
      await tx.update(
        UserEntity,
        { id: user.id },
        {
          displayName: user.displayName,
          role: user.role,
          jurisdictionId: user.jurisdictionId,
          active: user.active,
          lockedUntil: user.lockedUntil,
          failedLoginCount: user.failedLoginCount,
          tokenVersion: user.tokenVersion,
          updatedAt: user.updatedAt,
          version: user.version,
        },
      );
      await this.audit.record(tx, {
        subjectType: 'user',
        subjectId: user.id,
        action: 'user.update',
        actor: toWorkflowActor(actor),
        jurisdictionId: user.jurisdictionId,
        data: { changes },
      });
      return user;
    });
    this.sessions.forget(updated.id);
    return updated;
  }

  async resetPassword(actor: Actor, input: ResetUserPasswordInput): Promise<UserEntity> {
    const passwordHash = await hashPassword(input.newPassword);
    const reset = await this.dataSource.transaction(async (tx) => {
      const user = await this.get(actor, input.id, tx, true);
      user.tokenVersion += 1;
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      user.updatedAt = this.clock.now();
      user.version += 1;
      await tx.update(
        UserEntity,
        { id: user.id },
        {
          passwordHash,
          tokenVersion: user.tokenVersion,
          failedLoginCount: 0,
          lockedUntil: null,
          updatedAt: user.updatedAt,
          version: user.version,
        },
      );
      await this.audit.record(tx, {
        subjectType: 'user',
        subjectId: user.id,
        action: 'user.password_reset',
        actor: toWorkflowActor(actor),
        jurisdictionId: user.jurisdictionId,
      });
      return user;
    });
    this.sessions.forget(reset.id);
    return reset;
  }

  private async assertUsernameFree(tx: EntityManager, username: string): Promise<void> {
    const taken = await tx.createQueryBuilder(UserEntity, 'u').where('lower(u.username) = lower(:username)', { username }).getExists();
    if (taken) throw this.usernameTaken(username);
  }

  private usernameTaken(username: string) {
    return badInput(`The username "${username}" is already taken`, { field: 'username' });
  }
}
