import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, forbidden, roleHasPermission } from '@scrutineer/domain';
import type { RequestContext } from '../graphql/request-context.js';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator.js';
import { ActorResolver } from './actor-resolver.service.js';

/**
 * Every GraphQL operation declares its access rule (@Allow or @Public); this guard enforces it.
 * Authentication is by bearer token, checked against the user's current state on every request.
 * Wrong role → FORBIDDEN. Jurisdiction scoping is the AccessService's job, inside each service.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      throw new Error(`${context.getClass().name}.${context.getHandler().name} declares no access rule (@Allow or @Public)`);
    }
    const { req } = GqlExecutionContext.create(context).getContext<RequestContext>();
    if ('public' in rule) {
      // A stale token must not stop anyone from signing in again: public operations ignore it.
      await this.actors.fromRequest(req).catch(() => undefined);
      return true;
    }
    const actor = await this.actors.fromRequest(req);
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to do this');
    if (!roleHasPermission(actor.role, rule.permission)) throw forbidden(`The role ${actor.role} may not do this`);
    return true;
  }
}
