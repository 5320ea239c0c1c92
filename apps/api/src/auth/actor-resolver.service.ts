import { Injectable } from '@nestjs/common';
import { DomainError } from '@scrutineer/domain';
import { JurisdictionEntity, UserEntity } from '@scrutineer/db';
import { DataSource } from 'typeorm';
import type { ScrutineerRequest } from '../graphql/request-context.js';
import type { Actor } from './actor.js';
import { SessionCache, type SessionAccount } from './session-cache.js';
import { TokenService } from './token.service.js';

/** Turns a request's bearer token into an Actor, once per request. */
@Injectable()
export class ActorResolver {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
    private readonly sessions: SessionCache,
  ) {}

  async fromRequest(req: ScrutineerRequest): Promise<Actor | null> {
    if (req.actor !== undefined) return req.actor;
    const header = req.headers.authorization;
    if (!header) return (req.actor = null);
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>"');
    const claims = await this.tokens.verify(match[1]!);
    const account = this.sessions.get(claims.sub, claims.tv) ?? (await this.read(claims.sub));
    if (!account || !account.active || account.tokenVersion !== claims.tv) {
      throw new DomainError('UNAUTHENTICATED', 'Your session has ended (account changed or deactivated); sign in again');
    }
    req.actor = {
      userId: account.userId,
      username: account.username,
      role: account.role,
      jurisdictionId: account.jurisdictionId,
      scopePath: account.scopePath,
      ip: req.ip ?? null,
    };
    return req.actor;
  }

  private async read(userId: string): Promise<SessionAccount | undefined> {
    const row = await this.dataSource
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(JurisdictionEntity, 'j', 'j.id = u.jurisdiction_id')
      .select(['u.id AS id', 'u.username AS username', 'u.role AS role', 'u.jurisdiction_id AS jurisdiction_id', 'u.active AS active'])
      .addSelect('u.token_version', 'token_version')
      .addSelect('j.path', 'path')
      .where('u.id = :id', { id: userId })
      .getRawOne<{
        id: string;
        username: string;
        role: Actor['role'];
        jurisdiction_id: string;
        active: boolean;
        token_version: number;
        path: string;
      }>();
    if (!row) return undefined;
    const account: SessionAccount = {
      userId: row.id,
      username: row.username,
      role: row.role,
      jurisdictionId: row.jurisdiction_id,
      scopePath: row.path,
      active: row.active,
      tokenVersion: Number(row.token_version),
    };
    this.sessions.remember(account);
    return account;
  }
}
