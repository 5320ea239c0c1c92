import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { Actor } from './actor.js';

/** The signed-in actor; the access guard has already refused anonymous callers where one is needed. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(ctx).getContext<RequestContext>().req.actor;
  if (!actor) throw new Error('CurrentActor used on a resolver without a signed-in caller');
  return actor;
});

/** The caller's IP address (for audit entries of anonymous requests). */
export const ClientIp = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | null => GqlExecutionContext.create(ctx).getContext<RequestContext>().req.ip ?? null,
);
