import { DomainError } from '@scrutineer/domain';
import type { Actor } from '../auth/actor.js';
import type { RequestContext } from './request-context.js';

/** The signed-in actor in a field resolver (root resolvers have the guard; fields do not). */
export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.req.actor) throw new DomainError('UNAUTHENTICATED', 'Sign in to see this');
  return ctx.req.actor;
}
